/**
 * The Gauzy simulator over real HTTP: auth and tenant rejections, paging, the time-log array
 * contract, CRUD round trips with Gauzy's status codes, timer, timesheet status, throttling and
 * the kit's fault injection.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS, SECOND_ORG_IDS, startGauzySimulator, type GauzySimulator } from './index.js';

type Json = Record<string, any>;

function client(sim: GauzySimulator, token = sim.token) {
  const headers = (extra: Record<string, string> = {}) => ({
    authorization: `Bearer ${token}`,
    'tenant-id': sim.tenantId,
    'content-type': 'application/json',
    ...extra,
  });
  const call = async (method: string, path: string, body?: unknown, extra?: Record<string, string>) => {
    const res = await fetch(`${sim.baseUrl}${path}`, {
      method,
      headers: headers(extra),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as any) : undefined };
  };
  return {
    get: (path: string, extra?: Record<string, string>) => call('GET', path, undefined, extra),
    post: (path: string, body?: unknown, extra?: Record<string, string>) => call('POST', path, body ?? {}, extra),
    put: (path: string, body?: unknown) => call('PUT', path, body ?? {}),
    del: (path: string) => call('DELETE', path),
  };
}

const RANGE = 'startDate=2026-11-02T00:00:00.000Z&endDate=2026-11-21T00:00:00.000Z';

describe('gauzy simulator', () => {
  let sim: GauzySimulator;
  let api: ReturnType<typeof client>;
  let org: string;

  beforeAll(async () => {
    sim = await startGauzySimulator();
    api = client(sim);
    org = sim.organizationId;
  });
  afterAll(() => sim.close());
  afterEach(() => sim.clearFaults());

  describe('auth', () => {
    it('logs in and returns user, token and snake_case refresh_token', async () => {
      const res = await fetch(`${sim.baseUrl}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: sim.email, password: sim.password }),
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as Json;
      expect(Object.keys(body).sort()).toEqual(['refresh_token', 'token', 'user']);
      expect(body.user).toMatchObject({ email: 'ada@example.com', tenantId: sim.tenantId, role: { name: 'SUPER_ADMIN' } });
      expect(body.user.employee.id).toBe(sim.employeeId);
      expect(body.token.split('.')).toHaveLength(3);

      // user.service.ts findMeUser: `relations[]=employee` is stripped; only includeEmployee loads it.
      const stripped = await client(sim, body.token).get('/user/me?relations[]=employee');
      expect(stripped.status).toBe(200);
      expect(stripped.body.employee).toBeUndefined();
      const me = await client(sim, body.token).get('/user/me?includeEmployee=true');
      expect(me.body.employee.id).toBe(sim.employeeId);

      const refreshed = await fetch(`${sim.baseUrl}/auth/refresh-token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ refresh_token: body.refresh_token }),
      });
      expect(refreshed.status).toBe(200);
      expect(Object.keys((await refreshed.json()) as Json).sort()).toEqual(['refresh_token', 'token']);
    });

    it('rejects bad credentials with 401 and a malformed body with 400', async () => {
      const login = (body: unknown) =>
        fetch(`${sim.baseUrl}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const bad = await login({ email: sim.email, password: 'nope' });
      expect(bad.status).toBe(401);
      expect(await bad.json()).toEqual({ statusCode: 401, message: 'Unauthorized' });
      const invalid = await login({ email: 'not-an-email' });
      expect(invalid.status).toBe(400);
      expect(await invalid.json()).toEqual({
        message: ['email must be an email', 'password should not be empty'],
        error: 'Bad Request',
        statusCode: 400,
      });
    });

    it('answers 401 without or with a wrong bearer token', async () => {
      const none = await fetch(`${sim.baseUrl}/employee?where[organizationId]=${org}`, { headers: { 'tenant-id': sim.tenantId } });
      expect(none.status).toBe(401);
      expect(await none.json()).toEqual({ statusCode: 401, message: 'Unauthorized' });
      const wrong = await client(sim, 'forged.token.value').get(`/employee?where[organizationId]=${org}`);
      expect(wrong.status).toBe(401);
    });

    it('answers 403 for a missing or foreign tenant, unless tenantId is in the query', async () => {
      const forbidden = { message: 'Forbidden resource', error: 'Forbidden', statusCode: 403 };
      const noHeader = await fetch(`${sim.baseUrl}/tags?where[organizationId]=${org}`, { headers: { authorization: `Bearer ${sim.token}` } });
      expect(noHeader.status).toBe(403);
      expect(await noHeader.json()).toEqual(forbidden);
      const foreign = await api.get(`/tags?where[organizationId]=${org}`, { 'tenant-id': DEMO_IDS.tasks.mill });
      expect(foreign.status).toBe(403);
      const viaQuery = await fetch(`${sim.baseUrl}/tags?where[organizationId]=${org}&tenantId=${sim.tenantId}`, {
        headers: { authorization: `Bearer ${sim.token}` },
      });
      expect(viaQuery.status).toBe(200);
    });

    it('requires an organization the user belongs to', async () => {
      const missing = await api.get('/timesheet/time-log');
      expect(missing.status).toBe(400);
      expect(missing.body.message).toEqual(['organization must be an object', 'organizationId must be a UUID']);
      const foreign = await api.get(`/timesheet/time-log?organizationId=${DEMO_IDS.tasks.mill}`);
      expect(foreign.status).toBe(400);
      expect(foreign.body.message).toEqual([`The user with ID ${sim.userId} is not associated with the specified organization.`]);
    });

    it('keeps unknown routes 404 with the NestJS text, even unauthenticated', async () => {
      const res = await fetch(`${sim.baseUrl}/timesheet/approve`, { method: 'PUT' });
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ message: 'Cannot PUT /api/timesheet/approve', error: 'Not Found', statusCode: 404 });
    });
  });

  describe('CRUD lists', () => {
    it('pages employees with take/skip to the end', async () => {
      // employee.service.ts pagination: skip is a 1-based page number (skip 0 is page 1 too).
      const first = await api.get(`/employee/pagination?where[organizationId]=${org}&take=1&skip=0&relations[]=user`);
      const again = await api.get(`/employee/pagination?where[organizationId]=${org}&take=1&skip=1&relations[]=user`);
      expect(again.body.items[0].id).toBe(first.body.items[0].id);
      const seen: string[] = [];
      for (let skip = 1; ; skip += 1) {
        const page = await api.get(`/employee/pagination?where[organizationId]=${org}&take=1&skip=${skip}&relations[]=user`);
        expect(page.status).toBe(200);
        expect(page.body.total).toBe(3);
        if (page.body.items.length === 0) break;
        seen.push(page.body.items[0].user.email);
      }
      expect(seen.sort()).toEqual(['ada@example.com', 'katherine@example.com', 'margaret@example.com']);
    });

    it('validates take (max 100) and requires where[organizationId]', async () => {
      const tooMany = await api.get(`/employee?where[organizationId]=${org}&take=101`);
      expect(tooMany.status).toBe(400);
      expect(tooMany.body.message).toEqual(['take must not be greater than 100']);
      const noWhere = await api.get('/employee');
      expect(noWhere.body.message).toEqual(['where.organization must be an object', 'where.organizationId must be a UUID']);
    });

    it('defaults to 10 per page; GET /tags itself is unpaged', async () => {
      for (let i = 0; i < 9; i++) {
        const res = await api.post('/tags', { name: `bulk-${i}`, color: '#000000', organizationId: org });
        expect(res.status).toBe(201);
      }
      const paged = await api.get(`/tags/pagination?where[organizationId]=${org}`);
      expect(paged.body.items).toHaveLength(10);
      expect(paged.body.total).toBe(12);
      const all = await api.get(`/tags?where[organizationId]=${org}&take=5`);
      expect(all.body.items).toHaveLength(12);
    });

    it('answers 406 for a malformed id and 404 for an unknown one', async () => {
      const malformed = await api.get('/organization-projects/not-a-uuid');
      expect(malformed.status).toBe(406);
      expect(malformed.body).toEqual({ message: 'Validation failed (valid uuid is expected)', error: 'Not Acceptable', statusCode: 406 });
      const unknown = await api.get(`/organization-projects/${DEMO_IDS.users.ada}`);
      expect(unknown.status).toBe(404);
    });

    it('round-trips a project: 201 create, 202 update, 200 delete', async () => {
      const created = await api.post('/organization-projects', {
        name: 'Analytical Engine',
        organizationId: org,
        billing: 'FLAT_FEE',
        budgetType: 'cost',
        memberIds: [DEMO_IDS.employees.ada],
        organizationContactId: DEMO_IDS.contacts.babbage,
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ name: 'Analytical Engine', billing: 'FLAT_FEE', membersCount: 1, tenantId: sim.tenantId });
      const badEnum = await api.post('/organization-projects', { name: 'X', organizationId: org, billing: 'FLAT', budgetType: 'HOURS' });
      expect(badEnum.body.message).toEqual([
        'billing must be one of the following values: RATE, FLAT_FEE, MILESTONES',
        'budgetType must be one of the following values: hours, cost',
      ]);
      const updated = await api.put(`/organization-projects/${created.body.id}`, { organizationId: org, status: 'completed' });
      expect(updated.status).toBe(202);
      expect(updated.body.status).toBe('completed');
      const deleted = await api.del(`/organization-projects/${created.body.id}`);
      expect(deleted.status).toBe(200);
      expect(deleted.body).toEqual({ raw: [], affected: 1 });
      expect((await api.get(`/organization-projects/${created.body.id}`)).status).toBe(404);
    });

    it('creates tasks with kebab-case enums and requires title and status', async () => {
      const bad = await api.post('/tasks', { organizationId: org, title: 'x', priority: 'HIGH' });
      expect(bad.status).toBe(400);
      expect(bad.body.message).toContain('status should not be empty');
      expect(bad.body.message[bad.body.message.length - 1]).toMatch(/^priority must be one of the following values: urgent, high/);
      const created = await api.post('/tasks', {
        organizationId: org,
        title: 'Tabulate logarithms',
        status: 'in-progress',
        priority: 'high',
        size: 'x-large',
        estimate: 5400,
        projectId: DEMO_IDS.projects.engine,
        members: [{ id: DEMO_IDS.employees.ada }],
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ number: 3, prefix: 'Dif', status: 'in-progress', estimate: 5400 });
      expect(created.body.members.map((m: Json) => m.id)).toEqual([DEMO_IDS.employees.ada]);
      const list = await api.get(`/tasks?where[organizationId]=${org}&where[projectId]=${DEMO_IDS.projects.engine}`);
      expect(list.body.total).toBe(3);
      expect((await api.del(`/tasks/${created.body.id}`)).body).toEqual({ raw: [], affected: 1 });
    });

    it('manages team members and enforces unique team names', async () => {
      const created = await api.post('/organization-team', {
        name: 'Bombe',
        organizationId: org,
        memberIds: [DEMO_IDS.employees.katherine],
        managerIds: [DEMO_IDS.employees.margaret],
      });
      expect(created.status).toBe(201);
      expect(created.body.members).toHaveLength(2);
      const dup = await api.post('/organization-team', { name: 'Bombe', organizationId: org });
      expect(dup.body.message).toEqual(["The team name 'Bombe' is already in use. Please choose a different name."]);
      const withMembers = await api.get(`/organization-team/${created.body.id}?relations[]=members.employee.user`);
      expect(withMembers.body.members.map((m: Json) => m.employee.user.firstName).sort()).toEqual(['Katherine', 'Margaret']);
      // DeleteQueryDTO: organizationId is required; deleteTeam answers 403 for what it cannot find.
      expect((await api.del(`/organization-team/${created.body.id}`)).status).toBe(400);
      expect((await api.del(`/organization-team/${created.body.id}?organizationId=${org}`)).status).toBe(200);
      expect((await api.del(`/organization-team/${created.body.id}?organizationId=${org}`)).status).toBe(403);
    });

    it('lists clients through the JSON `data` query param', async () => {
      const data = encodeURIComponent(
        JSON.stringify({ findInput: { organizationId: org, tenantId: sim.tenantId, contactType: 'CLIENT' }, relations: ['projects'] }),
      );
      const res = await fetch(`${sim.baseUrl}/organization-contact?data=${data}`, { headers: { authorization: `Bearer ${sim.token}` } });
      expect(res.status).toBe(200);
      const body = (await res.json()) as Json;
      expect(body.total).toBe(2);
      const babbage = body.items.find((c: Json) => c.name === 'Babbage & Co');
      expect(babbage.projects.map((p: Json) => p.name)).toEqual(['Difference Engine']);
    });
  });

  describe('time logs', () => {
    it('lists a date range as a plain array with relations and derived durations', async () => {
      const res = await api.get(`/timesheet/time-log?organizationId=${org}&${RANGE}`);
      expect(res.status).toBe(200);
      expect(Array.isArray(res.body)).toBe(true);
      expect(res.body).toHaveLength(62); // the soft-deleted demo log is excluded
      const starts = res.body.map((l: Json) => l.startedAt);
      expect([...starts].sort()).toEqual(starts);
      for (const log of res.body) {
        expect(log.startedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        expect(log.duration).toBe((Date.parse(log.stoppedAt) - Date.parse(log.startedAt)) / 1000);
        expect(log.employee.user.email).toMatch(/@example\.com$/);
        expect(log.timeSlots.length).toBeGreaterThan(0);
      }
      const night = res.body.find((l: Json) => l.startedAt === '2026-11-12T22:30:00.000Z');
      expect(night).toMatchObject({ stoppedAt: '2026-11-13T01:15:00.000Z', duration: 9900, isBillable: true });
      expect(res.body.filter((l: Json) => l.isRunning)).toHaveLength(1);
      expect(new Set(res.body.map((l: Json) => l.logType))).toEqual(new Set(['TRACKED', 'MANUAL', 'IDLE']));
    });

    it('filters by employeeIds[] and uses an exclusive endDate', async () => {
      const res = await api.get(
        `/timesheet/time-log?organizationId=${org}&employeeIds[]=${DEMO_IDS.employees.katherine}&startDate=2026-11-12T00:00:00.000Z&endDate=2026-11-13T00:00:00.000Z`,
      );
      expect(res.body.map((l: Json) => l.startedAt)).toEqual(['2026-11-12T10:00:00.000Z', '2026-11-12T22:30:00.000Z']);
      const bad = await api.get(`/timesheet/time-log?organizationId=${org}&source[]=WEB_TIMER`);
      expect(bad.body.message).toEqual([
        'each value in source must be one of the following values: MOBILE, BROWSER, DESKTOP, BROWSER_EXTENSION, HUBSTAFF, UPWORK, TEAMS, CLOC',
      ]);
    });

    it('round-trips manual time: create 201, full PUT 200, soft delete via logIds[]', async () => {
      const input = {
        organizationId: org,
        employeeId: DEMO_IDS.employees.margaret,
        startedAt: '2026-11-21T09:00:00.000Z',
        stoppedAt: '2026-11-21T10:30:00.000Z',
        projectId: DEMO_IDS.projects.apollo,
        description: 'Saturday fix',
        isBillable: true,
        logType: 'TRACKED',
        source: 'WEB_TIMER',
      };
      const created = await api.post('/timesheet/time-log', input);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ logType: 'MANUAL', source: 'BROWSER', duration: 5400, isRunning: false, isEdited: false });
      const id = created.body.id as string;
      expect((await api.get(`/timesheet/time-log/${id}`)).body.description).toBe('Saturday fix');

      const partial = await api.put(`/timesheet/time-log/${id}`, { stoppedAt: '2026-11-21T11:00:00.000Z', description: 'x' });
      expect(partial.status).toBe(400);
      expect(partial.body.message).toEqual([
        'organization must be an object',
        'organizationId must be a UUID',
        'Started date should not be empty',
        'employeeId should not be empty',
      ]);
      // Unlike create, update validates (and keeps) logType/source, so the seed's WEB_TIMER fails here.
      const webTimer = await api.put(`/timesheet/time-log/${id}`, input);
      expect(webTimer.body.message).toEqual([
        'source must be one of the following values: MOBILE, BROWSER, DESKTOP, BROWSER_EXTENSION, HUBSTAFF, UPWORK, TEAMS, CLOC',
      ]);
      const { logType: _l, source: _s, ...rest } = input;
      const updated = await api.put(`/timesheet/time-log/${id}`, { ...rest, stoppedAt: '2026-11-21T11:00:00.000Z', description: 'Longer fix' });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({ duration: 7200, isEdited: true, description: 'Longer fix', logType: 'MANUAL' });

      const deleted = await api.del(`/timesheet/time-log?logIds[]=${id}&organizationId=${org}`);
      expect(deleted.status).toBe(200);
      expect(deleted.body).toMatchObject({ raw: [], affected: 1 });
      expect(sim.state.timeLogs.get(id)?.deletedAt).not.toBeNull();
      expect((await api.get(`/timesheet/time-log/${id}`)).status).toBe(404);
      const again = await api.del(`/timesheet/time-log?logIds[]=${id}&organizationId=${org}`);
      expect(again.status).toBe(406);
      expect(again.body.message).toBe('No time logs found with the provided IDs');
      const noIds = await api.del(`/timesheet/time-log?organizationId=${org}`);
      expect(noIds.body).toEqual({ message: 'You cannot delete time logs without IDs', error: 'Not Acceptable', statusCode: 406 });
    });

    it('overwrites overlapping time and rejects future end times', async () => {
      const overlapping = await api.post('/timesheet/time-log', {
        organizationId: org,
        employeeId: DEMO_IDS.employees.ada,
        startedAt: '2026-11-03T11:00:00.000Z',
        stoppedAt: '2026-11-03T11:30:00.000Z',
      });
      expect(overlapping.status).toBe(201);
      const day = await api.get(
        `/timesheet/time-log?organizationId=${org}&employeeIds[]=${DEMO_IDS.employees.ada}&startDate=2026-11-03T00:00:00.000Z&endDate=2026-11-04T00:00:00.000Z`,
      );
      expect(day.body.map((l: Json) => [l.startedAt.slice(11, 16), l.stoppedAt.slice(11, 16)])).toEqual([
        ['09:00', '11:00'],
        ['11:00', '11:30'],
        ['11:30', '12:00'],
      ]);
      const future = await api.post('/timesheet/time-log', {
        organizationId: org,
        employeeId: DEMO_IDS.employees.ada,
        startedAt: '2099-01-01T09:00:00.000Z',
        stoppedAt: '2099-01-01T10:00:00.000Z',
      });
      expect(future.body).toEqual({ message: 'Please select valid Date, start time and end time', error: 'Bad Request', statusCode: 400 });
    });
  });

  describe('timesheets', () => {
    it('lists weekly sheets and changes status with the spaced IN REVIEW value', async () => {
      const list = await api.get(`/timesheet?organizationId=${org}&startDate=2026-11-01T00:00:00.000Z&endDate=2026-11-30T00:00:00.000Z`);
      expect(list.status).toBe(200);
      expect(list.body).toHaveLength(9);
      expect(new Set(list.body.map((t: Json) => t.status))).toEqual(new Set(['APPROVED', 'PENDING', 'IN REVIEW', 'DENIED', 'DRAFT']));
      const draft = list.body.find((t: Json) => t.status === 'DRAFT');

      const wrong = await api.put('/timesheet/status', { ids: [draft.id], status: 'IN_REVIEW', organizationId: org });
      expect(wrong.body.message).toEqual(['status must be one of the following values: DRAFT, PENDING, IN REVIEW, DENIED, APPROVED']);
      const review = await api.put('/timesheet/status', { ids: [draft.id], status: 'IN REVIEW', organizationId: org });
      expect(review.status).toBe(200);
      expect(review.body[0]).toMatchObject({ id: draft.id, status: 'IN REVIEW' });
      const approved = await api.put('/timesheet/status', { ids: [draft.id], status: 'APPROVED', organizationId: org });
      expect(approved.body[0]).toMatchObject({ status: 'APPROVED', approvedById: sim.userId });
      expect(approved.body[0].approvedAt).not.toBeNull();

      const submitted = await api.put('/timesheet/submit', { ids: [draft.id], status: 'submit', organizationId: org });
      expect(submitted.body[0].submittedAt).not.toBeNull();
      const unsubmitted = await api.put('/timesheet/submit', { ids: [draft.id], status: 'unsubmit', organizationId: org });
      expect(unsubmitted.body).toEqual([]);
      const pending = await api.put('/timesheet/submit', { ids: [draft.id], status: 'PENDING', organizationId: org });
      expect(pending.body.message).toEqual(['Status must be either "submit" or "unsubmit"']);
    });
  });

  describe('limits and faults', () => {
    it('injects faults observable through the request log', async () => {
      sim.resetRequestLog();
      sim.injectFaults({ serverErrors: 1 });
      const failed = await api.get(`/tags?where[organizationId]=${org}`);
      expect(failed.status).toBe(503);
      const ok = await api.get(`/tags?where[organizationId]=${org}`);
      expect(ok.status).toBe(200);
      expect(sim.requests.map((r) => r.status)).toEqual([503, 200]);
    });
  });
});

describe('gauzy timer', () => {
  let sim: GauzySimulator;
  let api: ReturnType<typeof client>;
  let clock = new Date('2026-11-20T14:00:00.000Z');

  beforeAll(async () => {
    sim = await startGauzySimulator({ now: () => clock });
    api = client(sim);
  });
  afterAll(() => sim.close());

  it('reports the running demo timer, then start auto-stops it and stop closes the new one', async () => {
    const org = sim.organizationId;
    const status = await api.get(`/timesheet/timer/status?organizationId=${org}`);
    expect(status.status).toBe(200);
    // Today: 09:00–12:00 completed plus the timer running since 13:00.
    expect(status.body).toMatchObject({ running: true, duration: 3 * 3600 + 3600, reWeeklyLimit: 40 });
    expect(status.body.lastLog).toMatchObject({ isRunning: true, startedAt: '2026-11-20T13:00:00.000Z' });
    const previousId = status.body.lastLog.id as string;

    const missingEnums = await api.post('/timesheet/timer/start', { organizationId: org });
    expect(missingEnums.status).toBe(400);
    expect(missingEnums.body.message).toEqual([
      'source must be one of the following values: MOBILE, BROWSER, DESKTOP, BROWSER_EXTENSION, HUBSTAFF, UPWORK, TEAMS, CLOC',
      'logType must be one of the following values: TRACKED, MANUAL, IDLE, RESUMED',
    ]);

    const started = await api.post('/timesheet/timer/start', {
      organizationId: org,
      source: 'BROWSER',
      logType: 'TRACKED',
      projectId: DEMO_IDS.projects.research,
    });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ isRunning: true, startedAt: '2026-11-20T14:00:00.000Z', stoppedAt: '2026-11-20T14:00:00.000Z', duration: 0 });
    // The previous timer keeps its last saved stop time.
    expect(sim.state.timeLogs.get(previousId)).toMatchObject({ isRunning: false, stoppedAt: '2026-11-20T13:40:00.000Z' });

    clock = new Date('2026-11-20T14:25:00.000Z');
    const stopped = await api.post('/timesheet/timer/stop', { organizationId: org });
    expect(stopped.status).toBe(201);
    expect(stopped.body).toMatchObject({ id: started.body.id, isRunning: false, stoppedAt: '2026-11-20T14:25:00.000Z', duration: 1500 });

    const again = await api.post('/timesheet/timer/stop', { organizationId: org });
    expect(again.status).toBe(406);
    expect(again.body.message).toBe("No running log found. Can't stop timer because it was already stopped.");

    const toggled = await api.post('/timesheet/timer/toggle', { organizationId: org, source: 'DESKTOP', logType: 'TRACKED' });
    expect(toggled.status).toBe(201);
    expect(toggled.body.isRunning).toBe(true);
    const after = await api.get(`/timesheet/timer/status?organizationId=${org}`);
    expect(after.body).toMatchObject({ running: true, lastLog: { id: toggled.body.id } });
  });
});

describe('gauzy throttling and empty dataset', () => {
  it('answers 429 with Retry-After once the per-minute limit is used up', async () => {
    const sim = await startGauzySimulator({ rateLimitPerMinute: 3 });
    try {
      const api = client(sim);
      for (let i = 0; i < 3; i++) expect((await api.get(`/organization/${sim.organizationId}`)).status).toBe(200);
      const limited = await api.get(`/organization/${sim.organizationId}`);
      expect(limited.status).toBe(429);
      expect(limited.body).toEqual({ statusCode: 429, message: 'ThrottlerException: Too Many Requests' });
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await sim.close();
    }
  });

  it('serves only the organization and the login user in the empty dataset', async () => {
    const sim = await startGauzySimulator({ dataset: 'empty', email: 'grace@example.com', password: 'cobol' });
    try {
      const api = client(sim);
      const employees = await api.get(`/employee?where[organizationId]=${sim.organizationId}&relations[]=user`);
      expect(employees.body.total).toBe(1);
      expect(employees.body.items[0].user.email).toBe('grace@example.com');
      const logs = await api.get(`/timesheet/time-log?organizationId=${sim.organizationId}`);
      expect(logs.body).toEqual([]);
      const login = await fetch(`${sim.baseUrl}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'grace@example.com', password: 'cobol' }),
      });
      expect(login.status).toBe(200);
    } finally {
      await sim.close();
    }
  });
});

/** The server rules of issues #10 and #15, straight against the simulator (see docs/vendors/gauzy.md). */
describe('gauzy simulator: server-code rules', () => {
  let sim: GauzySimulator;
  let api: ReturnType<typeof client>;
  let org: string;
  beforeAll(async () => {
    sim = await startGauzySimulator();
    api = client(sim);
    org = sim.organizationId;
  });
  afterAll(() => sim.close());

  it('throttles POST /auth/login to 5 a minute (auth.controller.ts login @Throttle)', async () => {
    const fresh = await startGauzySimulator({ dataset: 'empty' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        const res = await fetch(`${fresh.baseUrl}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: fresh.email, password: fresh.password }) });
        statuses.push(res.status);
      }
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    } finally {
      await fresh.close();
    }
  });

  it('turns more than 20 employeeIds[] into an object that @IsArray refuses (qs arrayLimit)', async () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `employeeIds[]=00000000-0000-4000-8000-${String(i).padStart(12, '0')}`).join('&');
    expect((await api.get(`/timesheet/time-log?organizationId=${org}&${RANGE}&${ids(20)}`)).status).toBe(200);
    const over = await api.get(`/timesheet/time-log?organizationId=${org}&${RANGE}&${ids(21)}`);
    expect(over.status).toBe(400);
    expect(over.body.message).toContain('employeeIds must be an array');
  });

  it('hides inactive users from GET /employee but not from /employee/pagination', async () => {
    sim.state.users.get(DEMO_IDS.users.katherine)!.isActive = false;
    try {
      const list = await api.get(`/employee?where[organizationId]=${org}`);
      expect(list.body.items.map((e: Json) => e.id)).not.toContain(DEMO_IDS.employees.katherine);
      const pages = await api.get(`/employee/pagination?where[organizationId]=${org}&take=100&skip=1&relations[]=user`);
      expect(pages.body.items.map((e: Json) => e.id)).toContain(DEMO_IDS.employees.katherine);
    } finally {
      sim.state.users.get(DEMO_IDS.users.katherine)!.isActive = true;
    }
  });

  it('narrows time-log employeeIds to the own employee without CHANGE_SELECTED_EMPLOYEE, and status/worked answers no one unasked', async () => {
    const employee = await startGauzySimulator({ loginRole: 'EMPLOYEE' });
    try {
      const e = client(employee);
      const logs = await e.get(`/timesheet/time-log?organizationId=${employee.organizationId}&${RANGE}&employeeIds[]=${DEMO_IDS.employees.margaret}`);
      expect(new Set(logs.body.map((l: Json) => l.employeeId))).toEqual(new Set([DEMO_IDS.employees.ada]));
      const permitted = await e.get('/auth/permissions?permissions[]=CHANGE_SELECTED_EMPLOYEE');
      expect(permitted.body).toBe(false);
      const worked = await api.get(`/timesheet/timer/status/worked?organizationId=${org}`);
      expect(worked.body).toEqual([]);
      const others = await e.get(`/timesheet/timer/status/worked?organizationId=${employee.organizationId}&employeeIds[]=${DEMO_IDS.employees.margaret}`);
      expect(others.body.map((s: Json) => s.lastLog.employeeId)).toEqual([DEMO_IDS.employees.margaret]);
    } finally {
      await employee.close();
    }
  });

  it('answers 404 from timer/status for a user without an employee', async () => {
    const admin = await startGauzySimulator({ loginEmployee: false, dataset: 'empty' });
    try {
      const res = await client(admin).get(`/timesheet/timer/status?organizationId=${admin.organizationId}`);
      expect(res.status).toBe(404);
    } finally {
      await admin.close();
    }
  });

  it('needs id on team PUT, strips user on employee PUT, answers an UpdateResult on tag PUT and needs name on contact PUT', async () => {
    const team = await api.put(`/organization-team/${DEMO_IDS.teams.engine}`, { organizationId: org, name: 'Analytical Engine' });
    expect(team.status).toBe(400);
    expect(team.body.message).toEqual(expect.arrayContaining(['id should not be empty', "The team name 'Analytical Engine' is already in use. Please choose a different name."]));
    const withId = await api.put(`/organization-team/${DEMO_IDS.teams.engine}`, { id: DEMO_IDS.teams.engine, organizationId: org, name: 'Analytical Engine' });
    expect(withId.status).toBe(202);
    const employee = await api.put(`/employee/${DEMO_IDS.employees.margaret}`, { organizationId: org, user: { firstName: 'Peggy' } });
    expect(employee.status).toBe(202);
    expect(sim.state.users.get(DEMO_IDS.users.margaret)!.firstName).toBe('Margaret');
    const tag = await api.put(`/tags/${DEMO_IDS.tags.research}`, { organizationId: org, name: 'research' });
    expect(tag.body).toEqual({ generatedMaps: [], raw: [], affected: 1 });
    const contact = await api.put(`/organization-contact/${DEMO_IDS.contacts.nasa}`, { organizationId: org, primaryEmail: 'x@example.com' });
    expect(contact.status).toBe(400);
    expect(contact.body.message).toContain('name should not be empty');
  });

  it('keeps a second organization apart in lists but serves its records by id (tenant-scoped reads)', async () => {
    const two = await startGauzySimulator({ secondOrganization: true });
    try {
      const c = client(two);
      const teams = await c.get(`/organization-team?where[organizationId]=${two.organizationId}`);
      expect(teams.body.items.map((t: Json) => t.name)).not.toContain('Mark I Crew');
      const other = await c.get(`/organization-team?where[organizationId]=${SECOND_ORG_IDS.organization}`);
      expect(other.body.items.map((t: Json) => t.name)).toEqual(['Mark I Crew']);
      expect((await c.get(`/employee/${SECOND_ORG_IDS.employee}`)).status).toBe(200);
    } finally {
      await two.close();
    }
  });
});
