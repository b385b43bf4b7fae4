/**
 * One log line per GraphQL request, at `info`: operation name and type, duration, HTTP
 * status, the error codes of the answer, the vendor sources reached and how many vendor
 * requests it took. It never holds variables' values, the query text or any header, so no
 * credential or personal value can reach a log this way. The same summary feeds the
 * GraphQL error counter of the metrics.
 */
import { getOperationAST, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../log.js';
import { newTally, runWithTally, type RequestTally } from './request-tally.js';

interface Seen {
  startedAt: number;
  tally: RequestTally;
  operationName: string | null;
  operationType: string | null;
  errorCodes: string[] | null;
}

export interface RequestSummary {
  operationName: string | null;
  operationType: string | null;
  status: number;
  durationMs: number;
  errorCodes: string[];
  sources: string[];
  vendorRequests: number;
}

const codesOf = (errors: ReadonlyArray<{ extensions?: Record<string, unknown> | undefined }> | undefined) =>
  (errors ?? []).map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR'));

/** Codes of a refusal answered before GraphQL ran (auth, body size, CSRF): read from its JSON body. */
async function refusalCodes(response: Response): Promise<string[]> {
  if (!/json/.test(response.headers.get('content-type') ?? '')) return [];
  try {
    return codesOf(((await response.clone().json()) as ExecutionResult).errors as never);
  } catch {
    return [];
  }
}

export function requestLog(endpoint: string, report: (summary: RequestSummary) => void): Plugin {
  const requests = new WeakMap<Request, Seen>();
  return {
    instrumentation: {
      // Entered around the whole handling, so vendor calls made for this request count here.
      request({ request }, wrapped) {
        if (new URL(request.url).pathname !== endpoint || request.method === 'OPTIONS') return wrapped();
        const seen: Seen = { startedAt: performance.now(), tally: newTally(), operationName: null, operationType: null, errorCodes: null };
        requests.set(request, seen);
        return runWithTally(seen.tally, wrapped);
      },
    },
    onParams({ request, params }) {
      const seen = requests.get(request);
      if (seen && typeof params.operationName === 'string') seen.operationName = params.operationName;
    },
    onParse({ context }) {
      return ({ result }) => {
        const seen = requests.get((context as { request: Request }).request);
        if (!seen || result instanceof Error) return;
        const operation = getOperationAST(result, seen.operationName);
        seen.operationType = operation?.operation ?? null;
        seen.operationName = operation?.name?.value ?? seen.operationName;
      };
    },
    onResultProcess({ request, result }) {
      const seen = requests.get(request);
      if (!seen || Array.isArray(result) || Symbol.asyncIterator in result) return;
      seen.errorCodes = codesOf((result as ExecutionResult).errors);
    },
    async onResponse({ request, response }) {
      const seen = requests.get(request);
      // The GraphiQL page is served at the endpoint too, but is not a GraphQL request.
      if (!seen || (response.headers.get('content-type') ?? '').startsWith('text/html')) return;
      report({
        operationName: seen.operationName,
        operationType: seen.operationType,
        status: response.status,
        durationMs: Math.round((performance.now() - seen.startedAt) * 10) / 10,
        errorCodes: seen.errorCodes ?? (await refusalCodes(response)),
        sources: [...seen.tally.sources].sort(),
        vendorRequests: seen.tally.vendorRequests,
      });
    },
  };
}

/** The log line itself: fixed field names, so a log pipeline can index them. */
export function logRequest(logger: Logger) {
  return (s: RequestSummary) =>
    logger.info(
      {
        operation: s.operationName ?? '(anonymous)',
        operationType: s.operationType ?? 'unknown',
        status: s.status,
        durationMs: s.durationMs,
        errorCodes: s.errorCodes,
        sources: s.sources,
        vendorRequests: s.vendorRequests,
      },
      'graphql request',
    );
}
