/**
 * Deterministic seed data: fixed dates (Mon 2026-11-02 … Fri 2026-11-20), fixed ids, no clock.
 * `demo` is a small agency: 3 users (Ada is shared with the other vendor simulators), 2 clients,
 * 3 projects, 6 tasks and 40 project time entries, some with breaks, some non-billable, one
 * without a task and one running past midnight. Times are the users' wall clock (see `at`). `empty` is a fresh account: one admin user.
 */
import {
  FIRST_IDS,
  type ClientRecord,
  type EntryRecord,
  type ProjectRecord,
  type TaskRecord,
  type TimeTrackState,
  type UserRecord,
} from './state.js';

export type DatasetName = 'demo' | 'empty';

function user(id: number, username: string, firstName: string, lastName: string, extra: Partial<UserRecord> = {}): UserRecord {
  return {
    id,
    username,
    firstName,
    lastName,
    email: `${username}@example.com`,
    password: `${username}-demo-password`,
    admin: false,
    teamLead: false,
    language: 'en',
    personalNumber: null,
    enabled: true,
    ...extra,
  };
}

function client(id: number, name: string, extra: Partial<ClientRecord>): ClientRecord {
  return {
    id,
    name,
    enabled: true,
    color: null,
    notes: null,
    email: null,
    phone: null,
    address: null,
    address2: null,
    addressZipCode: null,
    addressCity: null,
    addressCountry: null,
    contactPerson: null,
    field1: null,
    field2: null,
    field3: null,
    ...extra,
  };
}

const DEMO_USERS: UserRecord[] = [
  user(1, 'ada', 'Ada', 'Lovelace', { admin: true, teamLead: true, personalNumber: 1001 }),
  user(2, 'donald', 'Donald', 'Knuth', { personalNumber: 1002 }),
  user(3, 'frances', 'Frances', 'Allen', { teamLead: true, language: 'de', personalNumber: 1003 }),
];

const DEMO_CLIENTS: ClientRecord[] = [
  client(101, 'Analytical Engines Ltd', {
    color: '#1F77B4',
    email: 'office@analytical-engines.example.com',
    address: '12 Dorset Street',
    addressZipCode: 'W1U 6QS',
    addressCity: 'London',
    addressCountry: 'GB',
    contactPerson: 'Charles Babbage',
    field1: 'VAT ID: GB123456789',
  }),
  client(102, 'Compiler Works GmbH', {
    color: '#FF7F0E',
    email: 'hello@compiler-works.example.com',
    address: 'Hauptstrasse 5',
    addressZipCode: '10115',
    addressCity: 'Berlin',
    addressCountry: 'DE',
    contactPerson: 'Grace Hopper',
    field1: 'VAT ID: DE987654321',
    notes: 'Invoices monthly',
  }),
];

const DEMO_PROJECTS: ProjectRecord[] = [
  { id: 201, projectName: 'Difference Engine', clientId: 101, projectEnabled: true, notes: 'Prototype of the calculating engine', hourRate: 90, timeEstimated: 6000, budgetEstimated: 9000 },
  { id: 202, projectName: 'Notes on the Engine', clientId: 101, projectEnabled: true, notes: null, hourRate: 75, timeEstimated: 2400, budgetEstimated: 3000 },
  { id: 203, projectName: 'Optimizing Compiler', clientId: 102, projectEnabled: true, notes: 'Fixed budget phase 1', hourRate: 110, timeEstimated: 9600, budgetEstimated: 17600 },
];

const DEMO_TASKS: TaskRecord[] = [
  { id: 301, name: 'Development', notes: null, hourRate: 60 },
  { id: 302, name: 'Design', notes: null, hourRate: 55 },
  { id: 303, name: 'Meeting', notes: 'Internal and client meetings', hourRate: 40 },
  { id: 304, name: 'Documentation', notes: null, hourRate: 45 },
  { id: 305, name: 'Testing', notes: null, hourRate: 50 },
  { id: 306, name: 'Support', notes: null, hourRate: null },
];

type Row = [day: number, user: number, project: number, task: number | null, start: string, end: string, breakMinutes: number, billable: boolean, details: string | null, tags: string | null];

/** One line per entry, in the order they were "booked" (ids follow this order, dates do not). */
const DEMO_ROWS: Row[] = [
  [2, 1, 201, 302, '08:00', '12:30', 30, true, 'Gear train layout', '#design'],
  [3, 1, 201, 301, '09:00', '17:00', 45, true, 'Mill and store prototype', '#engine #prototype'],
  [4, 1, 202, 304, '09:30', '12:00', 0, true, 'Note G draft', '#notes'],
  [5, 1, 202, 304, '13:00', '16:30', 15, true, 'Bernoulli numbers table', '#notes #algorithm'],
  [6, 1, 201, 303, '10:00', '11:00', 0, false, 'Weekly sync with Babbage', null],
  [9, 1, 201, 301, '08:30', '16:45', 60, true, 'Punched card reader', '#engine'],
  [10, 1, 202, 304, '09:00', '12:15', 0, true, 'Translator notes A to F', '#notes'],
  [11, 1, 201, 305, '14:00', '17:30', 0, true, 'Carry mechanism tests', '#engine #qa'],
  [12, 1, 202, 302, '09:00', '11:30', 0, true, 'Diagram of the engine', '#design'],
  [13, 1, 201, 303, '10:00', '11:00', 0, false, 'Weekly sync with Babbage', null],
  [16, 1, 201, 301, '08:00', '16:00', 30, true, 'Conditional branching', '#engine'],
  [17, 1, 202, 304, '09:00', '13:00', 0, true, 'Proofreading', '#notes'],
  [18, 1, 201, 306, '15:00', '16:00', 0, false, 'Answering letters', null],
  [19, 1, 202, 304, '09:00', '17:00', 60, true, 'Final notes', '#notes'],
  [20, 1, 201, 303, '09:00', '10:00', 0, false, 'Retrospective', null],
  [2, 2, 203, 301, '09:00', '17:30', 45, true, 'Lexer', '#backend'],
  [3, 2, 203, 301, '09:00', '13:00', 0, true, 'Parser', '#backend'],
  [4, 2, 203, 305, '13:30', '18:00', 15, true, 'Parser tests', '#qa'],
  [5, 2, 203, 304, '10:00', '12:00', 0, true, 'Grammar reference', '#docs'],
  [6, 2, 203, 303, '14:00', '15:00', 0, false, 'Kick-off with Grace', null],
  [9, 2, 203, 301, '08:45', '17:15', 30, true, 'Register allocation', '#backend'],
  [10, 2, 203, 301, '09:00', '12:00', 0, true, 'Peephole optimiser', '#backend'],
  // Crosses midnight UTC: booked on the 11th, ends on the 12th.
  [11, 2, 203, 305, '22:30', '01:15', 15, true, 'Nightly regression run', '#qa #release'],
  [12, 2, 203, 306, '13:00', '15:30', 0, true, 'Customer bug triage', '#support'],
  [13, 2, 203, 301, '09:00', '17:00', 60, true, 'Loop unrolling', '#backend'],
  [16, 2, 203, 302, '09:00', '12:00', 0, true, 'IR design review', '#design'],
  [17, 2, 203, 301, '09:30', '16:00', 30, true, 'Inlining heuristics', '#backend'],
  [18, 2, 202, 304, '10:00', '11:30', 0, true, 'Review of Note G', '#notes'],
  [19, 2, 203, 305, '09:00', '14:00', 20, true, 'Benchmark suite', '#qa'],
  [20, 2, 203, null, '08:00', '12:00', 0, true, 'Release preparation', null],
  [2, 3, 203, 302, '09:00', '12:00', 0, true, 'Optimisation passes outline', '#design'],
  [4, 3, 203, 301, '08:30', '17:00', 45, true, 'Control flow analysis', '#backend'],
  [5, 3, 201, 305, '13:00', '16:00', 0, true, 'Independent verification', '#qa'],
  [9, 3, 203, 301, '09:00', '17:00', 30, true, 'Interval analysis', '#backend'],
  [10, 3, 203, 303, '11:00', '12:00', 0, false, 'Planning', null],
  [12, 3, 203, 301, '07:45', '15:45', 30, true, 'Dead code elimination', '#backend'],
  [13, 3, 201, 306, '09:00', '10:30', 0, false, 'Hotline', null],
  [17, 3, 203, 305, '09:00', '12:30', 0, true, 'Regression triage', '#qa'],
  [18, 3, 203, 301, '13:00', '18:00', 15, true, 'Parallelisation', '#backend'],
  [19, 3, 203, 304, '09:00', '11:00', 0, true, 'Paper draft', '#docs'],
];

/**
 * `HH:MM` on a November 2026 day as TimeTrack stores it: the user's wall-clock time, kept as if
 * it were UTC because the wire writes it with a `Z` (vendor-docs/timetrack.md §1.4 "local
 * timestamp"; the demo users work in index.ts DEMO_TIME_ZONE). An end before its start belongs
 * to the next day.
 */
function at(day: number, hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return Date.UTC(2026, 10, day, h ?? 0, m ?? 0);
}

function demoEntries(): EntryRecord[] {
  return DEMO_ROWS.map(([day, userId, projectId, taskId, start, end, breakMinutes, billable, details, tags], index) => {
    const from = at(day, start);
    let to = at(day, end);
    if (to <= from) to = at(day + 1, end);
    // The rate falls back from task to project, the most specific rate known winning.
    const taskRate = DEMO_TASKS.find((t) => t.id === taskId)?.hourRate ?? null;
    const projectRate = DEMO_PROJECTS.find((p) => p.id === projectId)?.hourRate ?? null;
    return {
      id: FIRST_IDS.entry + index,
      userId,
      projectId,
      taskId,
      hourRate: taskRate ?? projectRate,
      latitude: null,
      longitude: null,
      latitude1: null,
      longitude1: null,
      billable,
      flatRate: false,
      details,
      tags,
      from,
      to,
      breakMinutes,
    };
  });
}

/** A fresh, independent copy every call, so simulators never share mutable records. */
export function buildDataset(name: DatasetName): TimeTrackState {
  if (name === 'empty') {
    return {
      users: [user(1, 'admin', 'Account', 'Admin', { admin: true })],
      clients: [],
      projects: [],
      tasks: [],
      entries: [],
      timers: new Map(),
      nextIds: { ...FIRST_IDS, user: 2 },
    };
  }
  const entries = demoEntries();
  return {
    users: DEMO_USERS.map((u) => ({ ...u })),
    clients: DEMO_CLIENTS.map((c) => ({ ...c })),
    projects: DEMO_PROJECTS.map((p) => ({ ...p })),
    tasks: DEMO_TASKS.map((t) => ({ ...t })),
    entries,
    timers: new Map(),
    nextIds: {
      user: FIRST_IDS.user + DEMO_USERS.length,
      client: FIRST_IDS.client + DEMO_CLIENTS.length,
      project: FIRST_IDS.project + DEMO_PROJECTS.length,
      task: FIRST_IDS.task + DEMO_TASKS.length,
      entry: FIRST_IDS.entry + entries.length,
    },
  };
}
