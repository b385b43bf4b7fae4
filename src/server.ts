/**
 * The HTTP surface: Yoga at /graphql (GraphiQL with a ready example), /healthz (process up)
 * and /readyz (every native store reachable). Domain errors keep their code; anything else
 * is masked, so a user never sees a stack trace or a credential.
 */
import { createServer, type Server } from 'node:http';
import { GraphQLError, Kind, NoSchemaIntrospectionCustomRule, type DocumentNode } from 'graphql';
import { createYoga, maskError as defaultMaskError, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { DomainError, UnsupportedOperationError, UpstreamError, ValidationError } from './domain/errors.js';
import type { SourceFailure } from './gateway/fanout.js';
import type { Context, GatewayParts } from './schema/context.js';
import { schema } from './schema/index.js';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { EXAMPLE_OPERATION } from './example-operation.js';
import type { AuthConfig, LimitsConfig, MetricsConfig } from './config.js';
import { IdResolver } from './gateway/refs.js';
import type { Logger } from './log.js';
import { createAuthenticator, type Principal } from './security/auth.js';
import { bodySizeLimit } from './security/body-size.js';
import { csrfPrevention } from './security/csrf.js';
import { isEndpoint, onlyAtEndpoint } from './security/endpoint.js';
import { queryLimits } from './security/limits.js';
import { requireAuth } from './security/require-auth.js';
import { corsFor, effectiveCors, varyOnOrigin, type CorsConfig } from './security/cors.js';
import type { GatewayMetrics } from './observability/metrics.js';
import { metricsEndpoint } from './observability/metrics-endpoint.js';
import { logRequest, requestLog, type RequestSummary } from './observability/request-log.js';
import { compressedPages } from './http/page-delivery.js';

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

/**
 * Appends the sources that failed during execution to `errors`, next to the others' data,
 * and logs each failure once (the logger scrubs credentials).
 */
function reportSourceFailures(logger?: Logger): Plugin<Context> {
  return {
    onExecute: ({ args }) => ({
      onExecuteDone: ({ result, setResult }) => {
        const failures = (args.contextValue as Context).failures;
        if (!failures?.length || !result || Symbol.asyncIterator in result) return;
        const seen = new Set<string>();
        const errors = failures.filter((f) => !seen.has(f.source) && seen.add(f.source)).map(failureToError);
        for (const error of errors) logger?.warn({ source: error.extensions.source, code: error.extensions.code }, error.message);
        setResult({ ...result, errors: [...(result.errors ?? []), ...errors] });
      },
    }),
  };
}

export interface AppOptions extends Omit<GatewayParts, 'limits'> {
  graphiql: boolean;
  introspection?: boolean;
  hideSuggestions?: boolean;
  limits: Pick<LimitsConfig, 'maxPageSize' | 'defaultPageSize'> & Partial<LimitsConfig>;
  auth?: AuthConfig;
  /** The one path GraphQL is served on (default /graphql); every other path answers 404. */
  graphqlEndpoint?: string;
  logger?: Logger;
  /** Browser origins allowed (CORS); absent: local pages while auth is off, none under auth. */
  cors?: CorsConfig;
  /** Served at /metrics when given and enabled. */
  metrics?: { collector: GatewayMetrics; config: MetricsConfig };
  /** Checked by /readyz. */
  ready: () => Promise<void>;
}

const DEFAULT_LIMITS = { maxDepth: 12, maxIntrospectionDepth: 16, maxAliases: 30, maxTokens: 3000, maxCost: 20_000, maxDirectives: 20, maxBodyBytes: 100_000, maxEntrySeconds: 31 * 86_400 };

export function createApp(options: AppOptions): YogaServerInstance<Record<string, never>, Context> {
  const { graphiql, ready, auth, logger, cors, metrics, introspection = true, hideSuggestions = false, graphqlEndpoint = '/graphql', ...parts } = options;
  const limits = { ...DEFAULT_LIMITS, ...parts.limits };
  const principals = new WeakMap<Request, Principal>();
  const authenticate = auth ? createAuthenticator(auth) : undefined;
  const metricsOn = metrics?.config.enabled ? metrics : undefined;
  const summarise = (summary: RequestSummary) => {
    if (logger) logRequest(logger)(summary);
    metricsOn?.collector.graphqlErrors(summary.errorCodes);
  };
  return createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint,
    landingPage: false,
    batching: false,
    cors: corsFor(effectiveCors(cors, Boolean(auth))),
    // The body limit is counted as it streams by bodySizeLimit; one limit, one place.
    maxRequestBodySize: false,
    // Yoga renders GraphiQL on any path ending in the endpoint; only the endpoint itself shows it.
    graphiql: graphiql ? (request) => isEndpoint(request, graphqlEndpoint) && { title: 'timegate', defaultQuery: EXAMPLE_OPERATION } : false,
    // GraphiQL served from the package itself, not a CDN: it works on an offline or closed network.
    renderGraphiQL,
    context: ({ request }) => {
      const principal = principals.get(request) ?? null;
      // A scoped credential sees only its sources: the registry itself is narrowed, so lists,
      // IDs and mutations cannot reach the others by any path.
      const registry = principal?.sources ? parts.registry.restrict(principal.sources) : parts.registry;
      return { ...parts, limits, registry, ids: registry === parts.registry ? parts.ids : new IdResolver(registry), principal, failures: [] } as Context;
    },
    // Endpoint, body size, CSRF and auth act in onRequestParse, which every GraphQL request
    // passes whatever its path; healthRoutes answers /healthz and /readyz before that.
    plugins: [
      varyOnOrigin,
      ...(graphiql ? [compressedPages()] : []),
      requestLog(graphqlEndpoint, summarise),
      ...(metricsOn ? [metricsEndpoint(metricsOn.collector.registry, { authenticate, token: metricsOn.config.token }), metricsOn.collector.yogaPlugin()] : []),
      onlyAtEndpoint(graphqlEndpoint),
      bodySizeLimit(limits.maxBodyBytes),
      csrfPrevention,
      ...(authenticate ? [requireAuth(authenticate, principals)] : []),
      ...queryLimits(limits, hideSuggestions),
      ...(introspection ? [] : [noIntrospection]),
      readOnlyGuard,
      reportSourceFailures(logger),
      healthRoutes(ready),
    ],
    logging: quietAboutDomainErrors(logger),
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
function quietAboutDomainErrors(logger?: Logger) {
  const isDomain = (arg: unknown) => arg instanceof DomainError || (arg instanceof Error && (arg as { originalError?: unknown }).originalError instanceof DomainError);
  const toRecord = (args: unknown[]) => {
    const error = args.find((a) => a instanceof Error) as Error | undefined;
    return { msg: args.filter((a) => typeof a === 'string').join(' ') || error?.message || 'error', err: error ? { type: error.name, message: error.message, stack: error.stack } : undefined };
  };
  return {
    debug: () => undefined,
    info: (...args: unknown[]) => logger?.info(toRecord(args)),
    warn: (...args: unknown[]) => logger?.warn(toRecord(args)),
    error: (...args: unknown[]) => {
      if (args.some(isDomain) || args.some((a) => a instanceof GraphQLError && !a.originalError)) return;
      if (logger) logger.error(toRecord(args));
      else console.error(...args);
    },
  };
}

function isMutation(document: DocumentNode, operationName?: string | null): boolean {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const chosen = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  return chosen?.operation === 'mutation';
}

/** A read-only credential cannot run a mutation, whatever it asks. */
const readOnlyGuard: Plugin<Context> = {
  onExecute({ args, setResultAndStopExecution }) {
    const principal = (args.contextValue as Context).principal;
    if (principal?.access === 'read' && isMutation(args.document, args.operationName)) {
      setResultAndStopExecution({
        errors: [new GraphQLError(`Credential "${principal.name}" is read-only`, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } })],
      });
    }
  },
};

const noIntrospection: Plugin = {
  onValidate({ addValidationRule }) {
    addValidationRule(NoSchemaIntrospectionCustomRule);
  },
};

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
