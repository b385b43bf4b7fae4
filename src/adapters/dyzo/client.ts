/**
 * Raw Dyzo calls over the shared vendor HTTP client (src/adapters/http.ts).
 *
 * What this layer adds for Dyzo (vendor-docs/dyzo.md §1):
 * - `X-API-Key` auth (the "server-to-server" scheme; the JWT scheme is not used);
 * - the numeric envelope: `status: 0` is a refusal and `status: 3` an auth failure even when
 *   the HTTP status is 200, so a 2xx alone is never taken as success;
 * - every path exactly as documented: case (`/taskLogs/task/`), prefixes (`/api/…`) and the
 *   trailing slash Django insists on; ids always go through `pathSegment()`;
 * - `page`/`page_size` paging read to the end, for whichever list shape answers.
 */
import type { z } from 'zod';
import { UpstreamError } from '../../domain/errors.js';
import { pathSegment } from '../../domain/ids.js';
import { DYZO_OWN_KEYS, pickId } from './mappers/ids.js';
import { createVendorHttp, type RequestInfo, type RequestOptions, type VendorHttp, type VendorHttpDeps } from '../http.js';
import {
  DyzoAck,
  DyzoBulkResult,
  DyzoEmployee,
  DyzoEnvelope,
  DyzoProject,
  DyzoTask,
  DyzoTaskLog,
  dyzoListPage,
  dyzoOne,
  dyzoWritten,
  type DyzoEmployeeAddBody,
  type DyzoEmployeePatchBody,
  type DyzoProjectCreateBody,
  type DyzoTaskLogCamelBody,
  type DyzoTaskLogCreateBody,
  type DyzoTaskPatchBody,
} from './types.js';

export interface DyzoClientConfig {
  /** Request counting, response cache, shared limiter and circuit breaker (see http.ts). */
  http?: VendorHttpDeps;
  source: string;
  baseUrl: string;
  apiKey: string;
  companyId: number;
  employeeId: number;
  timeoutMs: number;
  rateLimitPerSecond?: number;
  /** Test hook: shorter backoff (the shared client's default is 200 ms). */
  retryBaseDelayMs?: number;
}

/** Asked for on every list; the simulator caps page_size at 100 too. */
export const PAGE_SIZE = 100;
/**
 * A server that ignores `page_size` answers its own default page (20 is the simulator's and
 * the frontend's `page_size=20`; 50 is another common one), so a page of exactly that length
 * is followed by one more read to be sure. Any other short page is the last one.
 */
const USUAL_DEFAULT_PAGE_SIZES = new Set([20, 50]);
/** Guard against a server that keeps answering new pages forever. */
const MAX_PAGES = 1_000;

const seg = pathSegment;

/** Every Dyzo path the adapter uses, in one place, spelt as the docs spell it. */
export const dyzoPaths = {
  employees: (companyId: number) => `/employee/list/${seg(companyId)}/`,
  employee: (employeeId: string | number) => `/employee/me/${seg(employeeId)}/`,
  addEmployee: () => '/employee/add/',
  patchEmployee: (employeeId: string | number) => `/api/employees/${seg(employeeId)}/`,
  projects: (companyId: number) => `/project/company/${seg(companyId)}/`,
  createProject: (userId: number) => `/project-v2/${seg(userId)}/`,
  tasks: (companyId: number, employeeId: number) => `/company-tasks/${seg(companyId)}/${seg(employeeId)}/`,
  task: (taskId: string | number) => `/api/tasks/${seg(taskId)}/`,
  createTask: (assignById: number) => `/create-task/${seg(assignById)}/`,
  updateTask: (taskId: string | number, userId: number) => `/task/${seg(taskId)}/${seg(userId)}/`,
  /** The docs list it without the trailing slash (the frontend's call); see deleteTask. */
  deleteTask: (taskId: string | number) => `/api/tasks/${seg(taskId)}`,
  taskLogs: (taskId: string | number) => `/taskLogs/task/${seg(taskId)}/`,
  createTaskLog: () => '/tasklog/create/',
  bulkCreateTaskLogs: (userId: string | number) => `/tasklogs/bulk/create/${seg(userId)}/`,
  updateTaskLog: (taskLogId: string | number) => `/tasklogs/${seg(taskLogId)}/`,
  deleteTaskLog: (taskLogId: string | number) => `/api/tasklogs/delete/${seg(taskLogId)}/`,
} as const;

function envelopeMessage(body: unknown): string | undefined {
  const parsed = DyzoEnvelope.safeParse(body);
  if (!parsed.success) return undefined;
  const { message, detail, error_code: code } = parsed.data;
  const text = message || detail || undefined;
  if (text && code) return `${text} (${code})`;
  return text ?? code ?? undefined;
}

/** Dyzo's verdict in the body: 1/true (or none) is success, 0/false a refusal, 3 "unauthorised". */
export function envelopeVerdict(body: unknown): 'ok' | 'rejected' | 'unauthorised' {
  const parsed = DyzoEnvelope.safeParse(body);
  if (!parsed.success || Array.isArray(body)) return 'ok';
  const status = parsed.data.status;
  if (status === 0 || status === false || status === '0') return 'rejected';
  if (status === 3 || status === '3') return 'unauthorised';
  return 'ok';
}

export interface DyzoClient {
  readonly companyId: number;
  readonly employeeId: number;
  listEmployees(): Promise<DyzoEmployee[]>;
  getEmployee(id: string): Promise<DyzoEmployee>;
  addEmployee(body: DyzoEmployeeAddBody): Promise<DyzoEmployee | null>;
  patchEmployee(id: string, body: DyzoEmployeePatchBody): Promise<DyzoEmployee | null>;
  listProjects(): Promise<DyzoProject[]>;
  createProject(body: DyzoProjectCreateBody): Promise<DyzoProject | null>;
  listTasks(): Promise<DyzoTask[]>;
  getTask(id: string): Promise<DyzoTask>;
  createTask(form: FormData): Promise<DyzoTask | null>;
  updateTask(id: string, body: DyzoTaskPatchBody): Promise<DyzoTask | null>;
  deleteTask(id: string): Promise<void>;
  listTaskLogs(taskId: string): Promise<DyzoTaskLog[]>;
  createTaskLog(body: DyzoTaskLogCreateBody): Promise<DyzoTaskLog | null>;
  bulkCreateTaskLogs(userId: string, items: DyzoTaskLogCamelBody[]): Promise<DyzoBulkResult>;
  updateTaskLog(id: string, body: DyzoTaskLogCamelBody): Promise<DyzoTaskLog | null>;
  deleteTaskLog(id: string): Promise<void>;
  readonly requestCount: number;
  close(): Promise<void>;
}

type OwnKeys = (typeof DYZO_OWN_KEYS)[keyof typeof DYZO_OWN_KEYS];

/** A row's key for de-duplication across pages; a row with none of its own keys is kept as it is. */
const ownKeyOf = (row: unknown, keys: OwnKeys, index: number): string => {
  const own = typeof row === 'object' && row !== null ? pickId(row as Record<string, unknown>, keys) : null;
  return own ?? `#${index}`;
};

/** An HTTP status that says the URL itself did not resolve (as opposed to a refused request). */
const URL_MISSES = new Set([301, 302, 307, 308, 404, 405]);

export function createDyzoClient(config: DyzoClientConfig): DyzoClient {
  const describe = `dyzo source "${config.source}"`;
  const redact = (text: string) => (config.apiKey.length >= 4 ? text.split(config.apiKey).join('[redacted]') : text);

  const http: VendorHttp = createVendorHttp({
    ...config.http,
    source: config.source,
    vendor: 'dyzo',
    baseUrl: config.baseUrl,
    headers: { 'X-API-Key': config.apiKey },
    timeoutMs: config.timeoutMs,
    ...(config.rateLimitPerSecond ? { rateLimitPerSecond: config.rateLimitPerSecond } : {}),
    ...(config.retryBaseDelayMs !== undefined ? { retryBaseDelayMs: config.retryBaseDelayMs } : {}),
    errorMessage: (_status, body) => envelopeMessage(body),
    // Dyzo's views answer HTTP 200 and put the verdict in `status` (vendor-docs/dyzo.md §1.2).
    inspect: (status, body) => {
      const verdict = envelopeVerdict(body);
      if (verdict === 'ok') return undefined;
      const why = envelopeMessage(body) ?? 'no message';
      // The shared client scrubs the messages it builds; this one is built here, so scrub it here.
      if (verdict === 'unauthorised') return new UpstreamError('UPSTREAM_AUTH_FAILED', config.source, redact(`${describe}: not authorised (status 3): ${why}`), status);
      return new UpstreamError('UPSTREAM_REJECTED', config.source, redact(`${describe}: refused (status 0): ${why}`), status);
    },
  });

  const get = <T>(path: string, schema: z.ZodType<T>, query?: RequestOptions['query']) => http.request('GET', path, schema, query ? { query } : {});

  /** Every item of a list, page by page, de-duplicated by the record type's own key. */
  async function listAll<T>(path: string, item: z.ZodType<T>, keys: OwnKeys, payloadKeys: readonly string[]): Promise<T[]> {
    const schema = dyzoListPage(item, payloadKeys);
    const seen = new Map<string, T>();
    for (let page = 1; page <= MAX_PAGES; page++) {
      let body: z.output<typeof schema>;
      try {
        body = await get(path, schema, { page, page_size: PAGE_SIZE });
      } catch (error) {
        // DRF answers a page past the end with 404 "Invalid page."; Dyzo's own views with status 0.
        const pastEnd = error instanceof UpstreamError && (error.code === 'UPSTREAM_NOT_FOUND' || error.code === 'UPSTREAM_REJECTED');
        if (page > 1 && pastEnd) break;
        throw error;
      }
      const before = seen.size;
      for (const row of body.data as T[]) {
        const key = ownKeyOf(row, keys, seen.size);
        if (!seen.has(key)) seen.set(key, row);
      }
      const count = body.data.length;
      if (body.next !== undefined) {
        // DRF paging says itself whether more follows.
        if (!body.next || seen.size === before) break;
        continue;
      }
      const mayContinue = count === PAGE_SIZE || USUAL_DEFAULT_PAGE_SIZES.has(count);
      // More than asked for means the endpoint ignores paging: that was everything.
      if (!mayContinue || count > PAGE_SIZE || seen.size === before) break;
    }
    return [...seen.values()];
  }

  const write = <T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, schema: z.ZodType<T>, options: RequestOptions = {}) =>
    // PUT and DELETE name their target, so repeating them after a lost answer is harmless.
    http.request(method, path, schema, { idempotent: method === 'PUT' || method === 'DELETE', ...options });

  const isUrlMiss = (error: unknown) => error instanceof UpstreamError && error.status !== null && URL_MISSES.has(error.status);

  return {
    companyId: config.companyId,
    employeeId: config.employeeId,
    listEmployees: () => listAll(dyzoPaths.employees(config.companyId), DyzoEmployee, DYZO_OWN_KEYS.employee, ['employees']),
    getEmployee: (id) => get(dyzoPaths.employee(id), dyzoOne(DyzoEmployee, ['data', 'employee'])),
    addEmployee: (body) => write('POST', dyzoPaths.addEmployee(), dyzoWritten(DyzoEmployee, ['data', 'employee']), { body }),
    patchEmployee: (id, body) => write('PATCH', dyzoPaths.patchEmployee(id), dyzoWritten(DyzoEmployee, ['data', 'employee']), { body }),
    listProjects: () => listAll(dyzoPaths.projects(config.companyId), DyzoProject, DYZO_OWN_KEYS.project, ['projects']),
    createProject: (body) => write('POST', dyzoPaths.createProject(config.employeeId), dyzoWritten(DyzoProject, ['data', 'project']), { body }),
    listTasks: () => listAll(dyzoPaths.tasks(config.companyId, config.employeeId), DyzoTask, DYZO_OWN_KEYS.task, ['tasks']),
    getTask: (id) => get(dyzoPaths.task(id), dyzoOne(DyzoTask, ['data', 'task'])),
    // Task create is the one endpoint that must be multipart/form-data (docs: tasks).
    createTask: (form) => write('POST', dyzoPaths.createTask(config.employeeId), dyzoWritten(DyzoTask, ['data', 'task']), { form }),
    updateTask: async (id, body) => {
      const schema = dyzoWritten(DyzoTask, ['data', 'task']);
      const path = dyzoPaths.updateTask(id, config.employeeId);
      try {
        return await write('PUT', path, schema, { body });
      } catch (error) {
        // The method is not visible in the docs; PUT is olddocs' word, PATCH the fallback they advise.
        if (error instanceof UpstreamError && error.status === 405) return write('PATCH', path, schema, { body });
        throw error;
      }
    },
    deleteTask: async (id) => {
      try {
        await write('DELETE', dyzoPaths.deleteTask(id), DyzoAck);
      } catch (error) {
        // The slash-less form is documented (the frontend uses it), but Django's own rule is the
        // trailing slash: when the URL does not resolve, the slashed form is the other candidate.
        if (!isUrlMiss(error)) throw error;
        await write('DELETE', `${dyzoPaths.deleteTask(id)}/`, DyzoAck);
      }
    },
    listTaskLogs: (taskId) => listAll(dyzoPaths.taskLogs(taskId), DyzoTaskLog, DYZO_OWN_KEYS.taskLog, ['task_logs', 'taskLogs', 'logs']),
    createTaskLog: (body) => write('POST', dyzoPaths.createTaskLog(), dyzoWritten(DyzoTaskLog, ['data', 'task_log', 'taskLog']), { body }),
    // Bulk create skips items it already holds (taskId, userId, startTime), so a repeat is harmless.
    bulkCreateTaskLogs: (userId, items) => write('POST', dyzoPaths.bulkCreateTaskLogs(userId), DyzoBulkResult, { body: items, idempotent: true }),
    updateTaskLog: (id, body) => write('PUT', dyzoPaths.updateTaskLog(id), dyzoWritten(DyzoTaskLog, ['data', 'task_log', 'taskLog']), { body }),
    deleteTaskLog: async (id) => {
      await write('DELETE', dyzoPaths.deleteTaskLog(id), DyzoAck);
    },
    get requestCount() {
      return http.requestCount;
    },
    close: () => http.close(),
  };
}
