/**
 * A migration script written against timegate's public GraphQL API only: it copies projects
 * (with their clients and tasks) and their time entries from one source to another. It is a
 * working model for your own scripts; `timegate migrate` does the same and more (an ID map,
 * resume, bulk writes), so reach for that when it fits.
 *
 * What it shows:
 * - typed operations: the documents below are compiled by graphql-codegen (`npm run codegen`)
 *   into TypedDocumentNodes, so results and variables are checked by TypeScript;
 * - paging to the end with `first`/`after` and `pageInfo { hasNextPage endCursor }`;
 * - mutation results as unions: `__typename` tells the success member from the errors, and
 *   every error member carries `message` and `code` through the `Error` interface;
 * - re-runnable: what the target already holds (same name, or the same person, start and
 *   project) is reused, not created again.
 *
 * Run it against a running gateway:
 *   npx tsx examples/copy-projects.ts --url http://localhost:4000/graphql --from local --to acme-gauzy
 * (add `--header "authorization: Bearer …"` when the gateway asks for a key).
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { graphql } from '../test/gql/index.js';

const ExampleClients = graphql(`
  query ExampleClients($source: String!, $after: String) {
    clients(filter: { sources: [$source] }, first: 100, after: $after) {
      edges { node { id name } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const ExampleProjects = graphql(`
  query ExampleProjects($source: String!, $after: String) {
    projects(filter: { sources: [$source] }, first: 100, after: $after) {
      edges { node { id name billable color client { id name } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const ExampleTasks = graphql(`
  query ExampleTasks($source: String!, $after: String) {
    tasks(filter: { sources: [$source] }, first: 100, after: $after) {
      edges { node { id name description project { id } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const ExampleUsers = graphql(`
  query ExampleUsers($source: String!, $after: String) {
    users(filter: { sources: [$source] }, first: 100, after: $after) {
      edges { node { id name email } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const ExampleTimeEntries = graphql(`
  query ExampleTimeEntries($source: String!, $after: String) {
    timeEntries(filter: { sources: [$source], running: false }, first: 100, after: $after) {
      edges { node { id start end description billable user { id name email } project { id } task { id } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const ExampleCreateClient = graphql(`
  mutation ExampleCreateClient($input: CreateClientInput!) {
    createClient(input: $input) {
      __typename
      ... on CreateClientSuccess { client { id name } }
      ... on Error { message code }
    }
  }
`);

const ExampleCreateProject = graphql(`
  mutation ExampleCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      __typename
      ... on CreateProjectSuccess { project { id name } }
      ... on Error { message code }
    }
  }
`);

const ExampleCreateTask = graphql(`
  mutation ExampleCreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      __typename
      ... on CreateTaskSuccess { task { id name } }
      ... on Error { message code }
    }
  }
`);

const ExampleCreateUser = graphql(`
  mutation ExampleCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      __typename
      ... on CreateUserSuccess { user { id email } }
      ... on Error { message code }
    }
  }
`);

const ExampleCreateTimeEntry = graphql(`
  mutation ExampleCreateTimeEntry($input: CreateTimeEntryInput!) {
    createTimeEntry(input: $input) {
      __typename
      ... on CreateTimeEntrySuccess { timeEntry { id } }
      ... on Error { message code }
      ... on ValidationError { fields { path message } }
    }
  }
`);

export interface CopyOptions {
  /** The gateway's GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  from: string;
  to: string;
  headers?: Record<string, string>;
  /** A fetch to send requests with (tests pass the gateway's in-process one). */
  fetch?: typeof fetch;
  log?: (line: string) => void;
}

export interface Tally {
  created: number;
  existing: number;
  failed: number;
}

export interface CopyReport {
  clients: Tally;
  projects: Tally;
  tasks: Tally;
  users: Tally;
  timeEntries: Tally;
  /** Every record that could not be copied, and why. */
  failures: Array<{ kind: string; id: string; reason: string }>;
}

/** GraphQL errors of a request, with their `extensions.code`s. */
class GraphQLRequestError extends Error {
  constructor(readonly codes: Array<string | undefined>, message: string) {
    super(message);
  }
}

/** A GraphQL request; a transport or GraphQL error stops the script (data errors do not). */
async function request<R, V>(options: CopyOptions, document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  const send = options.fetch ?? fetch;
  const response = await send(options.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(options.headers ?? {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: R; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  if (body.errors?.length) {
    throw new GraphQLRequestError(body.errors.map((e) => e.extensions?.code), `GraphQL error: ${body.errors.map((e) => `${e.message} (${e.extensions?.code ?? 'no code'})`).join('; ')}`);
  }
  if (!body.data) throw new Error(`HTTP ${response.status}: no data`);
  return body.data;
}

interface Connection<N> {
  // A node is null only with an error beside it (a record the gateway cannot represent), and
  // request() stops on errors, so the nodes that reach `all` are never null.
  edges: Array<{ node?: N | null }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** Every node of a list, page after page, until the gateway says there is no next page. */
async function all<R, N>(options: CopyOptions, document: TypedDocumentNode<R, { source: string; after?: string | null }>, source: string, pick: (data: R) => Connection<N>): Promise<N[]> {
  const nodes: N[] = [];
  let after: string | null = null;
  for (;;) {
    let data: R;
    try {
      data = await request(options, document, { source, after });
    } catch (error) {
      // A source that cannot list this kind says so (UNSUPPORTED_OPERATION): it holds none to reuse or copy.
      if (error instanceof GraphQLRequestError && error.codes.every((code) => code === 'UNSUPPORTED_OPERATION')) return nodes;
      throw error;
    }
    const page: Connection<N> = pick(data);
    nodes.push(...page.edges.flatMap((e) => (e.node ? [e.node] : [])));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return nodes;
    after = page.pageInfo.endCursor;
  }
}

/** One line for an error member of a mutation union (each implements Error { message code }). */
function describe(error: { __typename: string; message?: string; code?: string }): string {
  return `${error.__typename}${error.code ? ` ${error.code}` : ''}: ${error.message ?? 'no message'}`;
}

const tally = (): Tally => ({ created: 0, existing: 0, failed: 0 });
const nameKey = (name: string) => name.trim().toLowerCase();

export async function copyProjects(options: CopyOptions): Promise<CopyReport> {
  const { from, to } = options;
  const log = options.log ?? (() => undefined);
  const report: CopyReport = { clients: tally(), projects: tally(), tasks: tally(), users: tally(), timeEntries: tally(), failures: [] };
  const fail = (kind: keyof Omit<CopyReport, 'failures'>, id: string, reason: string) => {
    report[kind].failed += 1;
    report.failures.push({ kind, id, reason });
    log(`could not copy ${kind} ${id}: ${reason}`);
  };

  // Clients, by name: reuse the target's, create what is missing.
  const clientIds = new Map((await all(options, ExampleClients, to, (d) => d.clients)).map((c) => [nameKey(c.name), c.id]));
  const clientFor = async (client: { id: string; name: string }) => {
    const known = clientIds.get(nameKey(client.name));
    if (known) {
      report.clients.existing += 1;
      return known;
    }
    const result = (await request(options, ExampleCreateClient, { input: { source: to, name: client.name } })).createClient;
    if (result.__typename !== 'CreateClientSuccess') {
      fail('clients', client.id, describe(result));
      return null;
    }
    report.clients.created += 1;
    clientIds.set(nameKey(client.name), result.client.id);
    return result.client.id;
  };

  // Projects, by name and client.
  const targetProjects = new Map((await all(options, ExampleProjects, to, (d) => d.projects)).map((p) => [`${nameKey(p.name)}|${p.client ? nameKey(p.client.name) : ''}`, p.id]));
  const projectMap = new Map<string, string>();
  for (const project of await all(options, ExampleProjects, from, (d) => d.projects)) {
    const key = `${nameKey(project.name)}|${project.client ? nameKey(project.client.name) : ''}`;
    const existing = targetProjects.get(key);
    if (existing) {
      report.projects.existing += 1;
      projectMap.set(project.id, existing);
      continue;
    }
    const clientId = project.client ? await clientFor(project.client) : null;
    if (project.client && !clientId) {
      fail('projects', project.id, `its client "${project.client.name}" could not be copied`);
      continue;
    }
    const result = (await request(options, ExampleCreateProject, { input: { source: to, name: project.name, clientId, billable: project.billable } })).createProject;
    if (result.__typename !== 'CreateProjectSuccess') {
      fail('projects', project.id, describe(result));
      continue;
    }
    report.projects.created += 1;
    projectMap.set(project.id, result.project.id);
  }

  // Tasks of the copied projects, by name within their project.
  const targetTasks = new Map((await all(options, ExampleTasks, to, (d) => d.tasks)).map((t) => [`${t.project?.id ?? ''}|${nameKey(t.name)}`, t.id]));
  const taskMap = new Map<string, string>();
  for (const task of await all(options, ExampleTasks, from, (d) => d.tasks)) {
    const projectId = task.project ? projectMap.get(task.project.id) : undefined;
    if (!projectId) continue;
    const existing = targetTasks.get(`${projectId}|${nameKey(task.name)}`);
    if (existing) {
      report.tasks.existing += 1;
      taskMap.set(task.id, existing);
      continue;
    }
    const result = (await request(options, ExampleCreateTask, { input: { projectId, name: task.name, description: task.description } })).createTask;
    if (result.__typename !== 'CreateTaskSuccess') {
      fail('tasks', task.id, describe(result));
      continue;
    }
    report.tasks.created += 1;
    taskMap.set(task.id, result.task.id);
  }

  // People, by email: time belongs to someone, so a user is found or created before any entry.
  const userIds = new Map(
    (await all(options, ExampleUsers, to, (d) => d.users)).filter((u) => u.email).map((u) => [u.email!.toLowerCase(), u.id]),
  );
  const seenUsers = new Set<string>();
  const userFor = async (user: { id: string; name: string; email?: string | null }) => {
    if (!user.email) {
      fail('users', user.id, 'has no email to find or create the person by');
      return null;
    }
    const email = user.email.toLowerCase();
    const known = userIds.get(email);
    if (known) {
      if (!seenUsers.has(email) && seenUsers.add(email)) report.users.existing += 1;
      return known;
    }
    const result = (await request(options, ExampleCreateUser, { input: { source: to, name: user.name, email: user.email } })).createUser;
    if (result.__typename !== 'CreateUserSuccess') {
      fail('users', user.id, describe(result));
      return null;
    }
    report.users.created += 1;
    seenUsers.add(email);
    userIds.set(email, result.user.id);
    return result.user.id;
  };

  // Time entries of the copied projects; one already in the target has the same person, start and project.
  const entryKey = (userId: string | null, start: string, projectId: string | null) => `${userId ?? ''}|${Date.parse(start)}|${projectId ?? ''}`;
  const targetEntries = new Set((await all(options, ExampleTimeEntries, to, (d) => d.timeEntries)).map((e) => entryKey(e.user?.id ?? null, e.start, e.project?.id ?? null)));
  for (const entry of await all(options, ExampleTimeEntries, from, (d) => d.timeEntries)) {
    const projectId = entry.project ? projectMap.get(entry.project.id) : undefined;
    if (!projectId) continue;
    const userId = entry.user ? await userFor(entry.user) : null;
    if (entry.user && !userId) {
      fail('timeEntries', entry.id, `its user ${entry.user.email ?? entry.user.id} could not be found or created`);
      continue;
    }
    if (targetEntries.has(entryKey(userId, entry.start, projectId))) {
      report.timeEntries.existing += 1;
      continue;
    }
    const taskId = entry.task ? (taskMap.get(entry.task.id) ?? null) : null;
    const result = (
      await request(options, ExampleCreateTimeEntry, {
        input: { source: to, userId, projectId, taskId, description: entry.description, start: entry.start, end: entry.end, billable: entry.billable },
      })
    ).createTimeEntry;
    if (result.__typename !== 'CreateTimeEntrySuccess') {
      // A ValidationError names the fields at fault.
      const fields = result.__typename === 'ValidationError' ? ` (${result.fields.map((f) => f.path.join('.')).join(', ')})` : '';
      fail('timeEntries', entry.id, `${describe(result)}${fields}`);
      continue;
    }
    report.timeEntries.created += 1;
    targetEntries.add(entryKey(userId, entry.start, projectId));
  }
  return report;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { url: { type: 'string', default: 'http://localhost:4000/graphql' }, from: { type: 'string' }, to: { type: 'string' }, header: { type: 'string', multiple: true } },
  });
  if (!values.from || !values.to) {
    process.stderr.write('usage: npx tsx examples/copy-projects.ts --url URL --from SOURCE --to SOURCE [--header "name: value"]\n');
    return 2;
  }
  const headers = Object.fromEntries((values.header ?? []).map((h) => [h.slice(0, h.indexOf(':')).trim(), h.slice(h.indexOf(':') + 1).trim()]));
  const report = await copyProjects({ url: values.url!, from: values.from, to: values.to, headers, log: (line) => process.stderr.write(`${line}\n`) });
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  return report.failures.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
