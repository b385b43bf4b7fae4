/**
 * The HTTP surface: Yoga at /graphql (GraphiQL with a ready example), /healthz (process up)
 * and /readyz (every native store reachable). Domain errors keep their code; anything else
 * is masked, so a user never sees a stack trace or a credential.
 */
import { createServer, type Server } from 'node:http';
import { GraphQLError } from 'graphql';
import { createYoga, maskError as defaultMaskError, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { DomainError, UnsupportedOperationError, UpstreamError, ValidationError } from './domain/errors.js';
import type { SourceFailure } from './gateway/fanout.js';
import type { Context, GatewayParts } from './schema/context.js';
import { schema } from './schema/index.js';
import { EXAMPLE_OPERATION } from './example-operation.js';

/** Extensions for a domain error: its code, plus the source and field paths where known. */
export function errorExtensions(error: DomainError): Record<string, unknown> {
  const extensions: Record<string, unknown> = { code: error.code };
  if (error instanceof UpstreamError) Object.assign(extensions, { source: error.source, status: error.status ?? undefined });
  if (error instanceof UnsupportedOperationError) Object.assign(extensions, { source: error.source, vendor: error.vendor, operation: error.operation });
  if (error instanceof ValidationError) extensions.fields = error.issues;
  return extensions;
}

function failureToError(failure: SourceFailure): GraphQLError {
  const error = failure.error;
  if (error instanceof DomainError) {
    return new GraphQLError(`Source "${failure.source}" failed: ${error.message}`, { extensions: { ...errorExtensions(error), source: failure.source } });
  }
  return new GraphQLError(`Source "${failure.source}" is unavailable`, { extensions: { code: 'UPSTREAM_UNAVAILABLE', source: failure.source } });
}

/** Appends the sources that failed during execution to `errors`, next to the others' data. */
const reportSourceFailures: Plugin<Context> = {
  onExecute: ({ args }) => ({
    onExecuteDone: ({ result, setResult }) => {
      const failures = (args.contextValue as Context).failures;
      if (!failures?.length || !result || Symbol.asyncIterator in result) return;
      const seen = new Set<string>();
      const errors = failures.filter((f) => !seen.has(f.source) && seen.add(f.source)).map(failureToError);
      setResult({ ...result, errors: [...(result.errors ?? []), ...errors] });
    },
  }),
};

export interface AppOptions extends GatewayParts {
  graphiql: boolean;
  /** Checked by /readyz. */
  ready: () => Promise<void>;
}

export function createApp(options: AppOptions): YogaServerInstance<Record<string, never>, Context> {
  const { graphiql, ready, ...parts } = options;
  return createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: graphiql ? { title: 'timegate', defaultQuery: EXAMPLE_OPERATION } : false,
    context: () => ({ ...parts, failures: [] }) as Context,
    plugins: [reportSourceFailures, healthRoutes(ready)],
    logging: quietAboutDomainErrors(),
    maskedErrors: {
      maskError: (error, message, isDev) => {
        const original = error instanceof GraphQLError ? error.originalError : error;
        if (original instanceof DomainError) {
          return new GraphQLError(original.message, { ...(error instanceof GraphQLError ? { nodes: error.nodes, path: error.path } : {}), extensions: errorExtensions(original) });
        }
        return defaultMaskError(error, message, isDev);
      },
    },
  });
}

/**
 * Yoga logs every error a resolver throws. Domain errors are answers (bad input, not found),
 * not faults, so they are not logged; everything else still is.
 */
function quietAboutDomainErrors() {
  const isDomain = (arg: unknown) => arg instanceof DomainError || (arg instanceof Error && (arg as { originalError?: unknown }).originalError instanceof DomainError);
  return {
    debug: () => undefined,
    info: (...args: unknown[]) => console.info(...args),
    warn: (...args: unknown[]) => console.warn(...args),
    error: (...args: unknown[]) => {
      if (!args.some(isDomain) && !args.some((a) => a instanceof GraphQLError && !a.originalError)) console.error(...args);
    },
  };
}

function healthRoutes(ready: () => Promise<void>): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname === '/healthz') {
        endResponse(fetchAPI.Response.json({ status: 'ok' }));
      } else if (url.pathname === '/readyz') {
        try {
          await ready();
          endResponse(fetchAPI.Response.json({ status: 'ready' }));
        } catch {
          endResponse(fetchAPI.Response.json({ status: 'unavailable' }, { status: 503 }));
        }
      }
    },
  };
}

export function listen(app: ReturnType<typeof createApp>, port: number, host: string): Promise<Server> {
  const server = createServer(app);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
