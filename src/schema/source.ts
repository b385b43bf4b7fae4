/** Source: one configured backend, with what it can do (read off its adapter). */
import { capabilitiesOf, type Adapter, type Capability } from '../adapters/contract.js';
import { splitNodeKey } from '../gateway/refs.js';
import { builder } from './builder.js';
import { EntityKindEnum, OperationEnum, VendorEnum } from './enums.js';

const CapabilityRef = builder.objectRef<Capability>('Capability').implement({
  fields: (t) => ({
    entity: t.field({ type: EntityKindEnum, resolve: (c) => c.entity }),
    operations: t.field({ type: [OperationEnum], resolve: (c) => c.operations }),
  }),
});

export const SourceRef = builder.node(builder.objectRef<Adapter>('Source'), {
  id: { resolve: (a) => `${a.key}:${a.key}` },
  loadOne: (key, ctx) => ctx.registry.all().find((a) => a.key === splitNodeKey(key).remoteId) ?? null,
  fields: (t) => ({
    key: t.exposeString('key'),
    vendor: t.field({ type: VendorEnum, resolve: (a) => a.vendor.toUpperCase() as never }),
    capabilities: t.field({ type: [CapabilityRef], resolve: (a) => capabilitiesOf(a).entities }),
    timers: t.boolean({ description: 'Whether startTimer/stopTimer work on this source.', resolve: (a) => Boolean(a.timer) }),
  }),
});

builder.queryField('sources', (t) =>
  t.field({
    type: [SourceRef],
    description: 'Every configured source.',
    resolve: (_, __, ctx) => ctx.registry.all(),
  }),
);
