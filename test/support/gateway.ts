/**
 * Starts a real gateway (same wiring as `timegate serve`) and talks GraphQL over HTTP to it
 * through Yoga's fetch, with the typed documents graphql-codegen generates.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { parseConfig } from '../../src/config.js';
import { createGateway, type Gateway } from '../../src/main.js';

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>;
}

export interface TestGateway {
  gateway: Gateway;
  request<T, V>(document: TypedDocumentNode<T, V>, variables?: V): Promise<GraphQLResponse<T>>;
  /** Like request, but fails the test on any GraphQL error and returns the data. */
  data<T, V>(document: TypedDocumentNode<T, V>, variables?: V): Promise<T>;
  raw(body: string, init?: { method?: string; headers?: Record<string, string>; path?: string }): Promise<Response>;
  close(): Promise<void>;
}

export async function startTestGateway(store: string, extra: Record<string, unknown> = {}): Promise<TestGateway> {
  const gateway = await createGateway(parseConfig({ store, ...extra }));
  const raw: TestGateway['raw'] = async (body, init = {}) =>
    await gateway.app.fetch(`http://gateway.test${init.path ?? '/graphql'}`, {
      method: init.method ?? 'POST',
      headers: { 'content-type': 'application/json', ...(init.headers ?? {}) },
      body: init.method === 'GET' ? undefined : body,
    });
  const request: TestGateway['request'] = async (document, variables) => {
    const response = await raw(JSON.stringify({ query: print(document), variables }));
    return (await response.json()) as GraphQLResponse<any>;
  };
  return {
    gateway,
    raw,
    request,
    data: async (document, variables) => {
      const result = await request(document, variables);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data!;
    },
    close: () => gateway.close(),
  };
}
