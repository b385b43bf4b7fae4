/**
 * Deterministic seed data (no clock, no randomness) for the three weeks 2026-11-02 … 2026-11-20.
 * Ada Lovelace (`ada@example.com`) is shared with the other vendors' simulators and owns the
 * API token. Id ranges differ per entity kind (users 1–3, teams 11+, clients 21+, projects
 * 101+, tasks 641+, tags 31+) so an adapter that mixes up ids fails visibly.
 */
import type { DesklogAttendanceDay, DesklogData, DesklogUser } from './state.js';
import { workingDays, zonedToUtc } from './time.js';

export const DATASET_FIRST_DAY = '2026-11-02';
export const DATASET_LAST_DAY = '2026-11-20';

const ADA: DesklogUser = {
  id: 1,
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  active: true,
  phone: '447700900001',
  team_id: 11,
  user_type: 'admin',
  role: 'System Admin',
  time_zone: 'Europe/London',
  app_and_os: 'desklog_2.21_Windows_11',
  tracking_type: 'app',
  employee_id: 1001,
  punching_id: null,
  jira_account_id: null,
  clickup_id: null,
  minimum_working_minutes: 480,
  isWorkWithIdle: 1,
};

function users(): DesklogUser[] {
  return [
    { ...ADA },
    {
      id: 2,
      name: 'Alan Turing',
      email: 'alan@example.com',
      active: true,
      phone: '447700900002',
      team_id: 11,
      user_type: 'team_leader',
      role: 'Team Lead',
      time_zone: 'Asia/Kolkata',
      app_and_os: 'desklog_2.21_macOS_15',
      tracking_type: 'app',
      employee_id: 1002,
      punching_id: 52,
      jira_account_id: '5b10ac8d82e05b22cc7d4ef5',
      clickup_id: null,
      minimum_working_minutes: 480,
      isWorkWithIdle: 0,
    },
    {
      id: 3,
      name: 'Barbara Liskov',
      email: 'barbara@example.com',
      active: true,
      phone: null,
      team_id: 12,
      user_type: 'user',
      role: 'Developer',
      time_zone: 'America/New_York',
      app_and_os: 'desklog_web_Chrome_131',
      tracking_type: 'web',
      employee_id: 1003,
      punching_id: null,
      jira_account_id: null,
      clickup_id: 81234567,
      minimum_working_minutes: 420,
      isWorkWithIdle: 1,
    },
  ];
}

/** Local clock-in (minutes after midnight) per user: 09:05, 09:35, 08:50 give or take. */
const CLOCK_IN_BASE = [545, 575, 530];

/** One tracked working day; the numbers vary by user and day but are fixed. */
function day(user: DesklogUser, u: number, d: number, date: string): DesklogAttendanceDay {
  const productive = 300 + ((d * 13 + u * 17) % 90);
  const neutral = 30 + ((d * 11 + u * 3) % 45);
  const nonProductive = (d + u) % 3 === 0 ? 0 : 10 + ((d * 7) % 20);
  const idle = (d * 3 + u) % 4 === 0 ? 0 : 15 + ((d * 9 + u * 5) % 40);
  const priv = d % 5 === 2 ? 20 : 0;
  const clockIn = (CLOCK_IN_BASE[u] ?? 540) + ((d * 7 + u * 11) % 23) - 11;
  const clockOut = clockIn + productive + neutral + nonProductive + idle + priv;
  return {
    user_id: user.id,
    date,
    clock_in_utc: zonedToUtc(date, clockIn, user.time_zone),
    clock_out_utc: zonedToUtc(date, clockOut, user.time_zone),
    productive_min: productive,
    focus_min: productive - 45 - ((d * 5 + u) % 30),
    idle_min: idle,
    private_min: priv,
    neutral_min: neutral,
    non_productive_min: nonProductive,
    task_assigned_min: 480,
    task_spent_min: productive - ((d * 3 + u) % 40),
  };
}

function attendance(people: DesklogUser[]): DesklogAttendanceDay[] {
  const days = workingDays(DATASET_FIRST_DAY, DATASET_LAST_DAY);
  return people.flatMap((user, u) => days.map((date, d) => day(user, u, d, date)));
}

export function demoDataset(): DesklogData {
  const people = users();
  return {
    ownerId: ADA.id,
    users: people,
    teams: [
      { id: 11, team_name: 'Engineering', lead_by: 2, added_by: 1 },
      { id: 12, team_name: 'Research', lead_by: 3, added_by: 1 },
    ],
    clients: [
      {
        id: 21,
        name: 'Analytical Engines Ltd',
        email: 'billing@analytical.example.com',
        address: '12 Marylebone Road',
        city: 'London',
        state: 'Greater London',
        post_code: 'NW1 5LR',
        country: 'United Kingdom',
        phone: '442079460000',
      },
      {
        id: 22,
        name: 'Bletchley Park Trust',
        email: 'accounts@bletchley.example.com',
        address: 'The Mansion, Sherwood Drive',
        city: 'Milton Keynes',
        state: 'Buckinghamshire',
        post_code: 'MK3 6EB',
        country: 'United Kingdom',
        phone: null,
      },
    ],
    projects: [
      {
        id: 101,
        project_name: 'Analytical Engine Firmware',
        access: 1,
        integrated_from: 'desklog',
        project_status: 'Ongoing',
        priority: 1,
        client_id: 21,
        end_date: '2026-12-18',
        project_estimated_hours: 120,
        project_estimated_amount: 15000,
        board_members: [1, 2],
      },
      {
        id: 102,
        project_name: 'Enigma Dashboard',
        access: 0,
        integrated_from: 'desklog',
        project_status: 'Ongoing',
        priority: 2,
        client_id: 22,
        end_date: '2026-11-30',
        project_estimated_hours: 6,
        project_estimated_amount: 650,
        board_members: [2, 3],
      },
      {
        id: 103,
        project_name: 'Internal Tooling',
        access: null,
        integrated_from: 'desklog',
        project_status: 'Ongoing',
        priority: 3,
        client_id: null,
        end_date: null,
        project_estimated_hours: null,
        project_estimated_amount: null,
        board_members: [1],
      },
    ],
    tasks: [
      task(641, 'Design instruction set', '<p>Opcodes for the mill and the store.</p>', 101, 1, 1, 1, 4, 'Completed', 30600, 28800, 1, '2026-11-02', '2026-11-06'),
      task(642, 'Implement loop construct', '<p>Backing of the card chain.</p>', 101, 1, 1, 2, 2, 'In Progress', 12600, 36000, 1, '2026-11-09', '2026-11-27'),
      task(643, 'Bombe UI mockups', null, 102, 2, 1, 2, 3, 'Paused', 5400, 14400, 1, '2026-11-03', null),
      task(644, 'Fix crib decoder crash', '<p>Crash when the crib is longer than the menu.</p>', 102, 3, 4, 1, 2, 'In Progress', 7260, 3600, 1, '2026-11-10', '2026-11-12'),
      task(645, 'Write CLU migration notes', null, 103, 3, 1, 4, 1, 'Open', 0, 0, 0, null, null),
      task(646, 'Set up CI', '<p>Build and test on every push.</p>', 103, 2, 1, 3, 4, 'Fixed', 2700, 3600, 0, '2026-11-04', '2026-11-05'),
    ],
    tags: [
      { id: 31, tag: 'research' },
      { id: 32, tag: 'bug' },
      { id: 33, tag: 'billable' },
    ],
    attendance: attendance(people),
  };
}

function task(
  id: number,
  title: string,
  description: string | null,
  projectId: number,
  assignedTo: number,
  type: number,
  priority: 1 | 2 | 3 | 4,
  basicStatus: number,
  status: string,
  spent: number,
  allocated: number,
  billable: 0 | 1,
  start: string | null,
  end: string | null,
): DesklogData['tasks'][number] {
  return {
    id,
    task_title: title,
    description,
    project_id: projectId,
    assigned_to: assignedTo,
    reporter_id: 1,
    task_type_id: type,
    priority_id: priority,
    basic_status_id: basicStatus,
    current_status: status,
    time_spend_in_sec: spent,
    time_allocated_sec: allocated,
    is_billable: billable,
    start_date: start,
    end_date: end,
    timer_started_at_ms: null,
  };
}

/** Only the token owner, with no team and no tracked days. */
export function emptyDataset(): DesklogData {
  return {
    ownerId: ADA.id,
    users: [{ ...ADA, team_id: null }],
    teams: [],
    clients: [],
    projects: [],
    tasks: [],
    tags: [],
    attendance: [],
  };
}
