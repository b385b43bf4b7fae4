/**
 * The Pothos builder and its plugins, and nothing else: each type lives in its own file.
 * Global IDs are encoded and validated by domain/ids.ts; the Pothos node key is
 * "<source>:<remoteId>".
 */
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import { encodeGlobalId, type NodeType } from '../domain/ids.js';
import { splitNodeKey } from '../gateway/refs.js';
import type { Context } from './context.js';

export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    Date: { Input: string; Output: string };
    Duration: { Input: number; Output: number };
    Seconds: { Input: number; Output: number };
    JSON: { Input: unknown; Output: unknown };
    ID: { Input: string; Output: string };
  };
}>({
  plugins: [RelayPlugin, ErrorsPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    brandLoadedObjects: true,
    encodeGlobalID: (typename, id) => {
      const { source, remoteId } = splitNodeKey(String(id));
      return encodeGlobalId(typename as NodeType, source, remoteId);
    },
    decodeGlobalID: (globalID, ctx) => {
      const parts = ctx.ids.decode(globalID, undefined, 'id');
      return { typename: parts.type, id: `${parts.source}:${parts.remoteId}` };
    },
  },
  errors: { defaultTypes: [] },
});

builder.queryType({});
builder.mutationType({});
