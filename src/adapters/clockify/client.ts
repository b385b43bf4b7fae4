/**
 * Raw Clockify calls: one method per endpoint, paths built with `pathSegment()`, paging by
 * `page` (1-based) and `page-size`, every response validated against `types.ts`. No mapping
 * happens here; the handlers turn raw records into the unified model through `mappers/`.
 */
import { z } from 'zod';
import { pathSegment } from '../../domain/ids.js';
import { UpstreamError } from '../../domain/errors.js';
import type { QueryValue, VendorHttp } from '../http.js';
import {
  ClockifyClient as ClockifyClientSchema,
  ClockifyDetailedReport,
  ClockifyProject,
  ClockifyTag,
  ClockifyTask,
  ClockifyTimeEntry,
  ClockifyUser,
  ClockifyUserGroup,
  ClockifyWorkspace,
  type ClockifyClientBody,
  type ClockifyProjectBody,
  type ClockifyTaskBody,
  type ClockifyTimeEntryBody,
} from './types.js';

export type Query = Record<string, QueryValue>;

/** Page size for walks that read a whole collection (directory, catalogue, id lookups). */
export const BULK_PAGE_SIZE = 200;
/** A walk longer than this is a runaway (or a vendor ignoring `page`), not a workspace. */
const MAX_WALK_PAGES = 500;

/** A deleted record or an empty 204: read, not used. */
const Ignored = z.unknown();

export class ClockifyApi {
  constructor(
    private readonly http: VendorHttp,
    private readonly workspaceId: string,
    private readonly source: string,
    private readonly reportsBaseUrl: string,
  ) {}

  private ws(path = ''): string {
    return `/workspaces/${pathSegment(this.workspaceId)}${path}`;
  }

  private paged(query: Query, page: number, size: number): Query {
    return { ...query, page, 'page-size': size };
  }

  /**
   * Reads every page of a collection. Clockify sends no totals, so a short page is the end
   * (the cli's rule); a collection whose size is a multiple of `size` costs one empty page.
   */
  async walk<T>(fetchPage: (page: number, size: number) => Promise<T[]>, size = BULK_PAGE_SIZE): Promise<T[]> {
    const all: T[] = [];
    for (let page = 1; page <= MAX_WALK_PAGES; page++) {
      const items = await fetchPage(page, size);
      all.push(...items);
      if (items.length < size) return all;
    }
    throw new UpstreamError('RESPONSE_VALIDATION_FAILED', this.source, `clockify source "${this.source}": a listing did not end after ${MAX_WALK_PAGES} pages`);
  }

  // ---- workspace and users ----

  workspace() {
    return this.http.request('GET', this.ws(), ClockifyWorkspace);
  }

  /** The API key's owner. */
  currentUser() {
    return this.http.request('GET', '/user', ClockifyUser);
  }

  users(query: Query, page: number, size: number) {
    // `include-roles` is marked required by the docs although it has a default: send it.
    const q = { memberships: 'WORKSPACE', 'include-roles': true, ...query };
    // Records are read one by one (mappers/to-user.ts `readUser`): one odd record must not fail the page.
    return this.http.request('GET', this.ws('/users'), z.array(z.unknown()), { query: this.paged(q, page, size) });
  }

  /** Answers with the workspace, not the user. */
  async updateUserStatus(userId: string, status: 'ACTIVE' | 'INACTIVE'): Promise<void> {
    await this.http.request('PUT', this.ws(`/users/${pathSegment(userId)}`), Ignored, { body: { status }, idempotent: true });
  }

  // ---- user groups (teams) ----

  userGroups(query: Query, page: number, size: number) {
    return this.http.request('GET', this.ws('/user-groups'), z.array(ClockifyUserGroup), { query: this.paged(query, page, size) });
  }

  createUserGroup(name: string) {
    return this.http.request('POST', this.ws('/user-groups'), ClockifyUserGroup, { body: { name } });
  }

  updateUserGroup(groupId: string, name: string) {
    return this.http.request('PUT', this.ws(`/user-groups/${pathSegment(groupId)}`), ClockifyUserGroup, { body: { name }, idempotent: true });
  }

  async deleteUserGroup(groupId: string): Promise<void> {
    await this.http.request('DELETE', this.ws(`/user-groups/${pathSegment(groupId)}`), Ignored, { idempotent: true });
  }

  /** One user per call: the endpoint takes a single `userId`. Adding a member twice is a no-op. */
  addGroupMember(groupId: string, userId: string) {
    return this.http.request('POST', this.ws(`/user-groups/${pathSegment(groupId)}/users`), ClockifyUserGroup, {
      body: { userId },
      idempotent: true,
    });
  }

  removeGroupMember(groupId: string, userId: string) {
    return this.http.request('DELETE', this.ws(`/user-groups/${pathSegment(groupId)}/users/${pathSegment(userId)}`), ClockifyUserGroup, {
      idempotent: true,
    });
  }

  // ---- clients ----

  clients(query: Query, page: number, size: number) {
    return this.http.request('GET', this.ws('/clients'), z.array(ClockifyClientSchema), { query: this.paged(query, page, size) });
  }

  client(clientId: string) {
    return this.http.request('GET', this.ws(`/clients/${pathSegment(clientId)}`), ClockifyClientSchema);
  }

  createClient(body: ClockifyClientBody) {
    return this.http.request('POST', this.ws('/clients'), ClockifyClientSchema, { body });
  }

  updateClient(clientId: string, body: ClockifyClientBody) {
    return this.http.request('PUT', this.ws(`/clients/${pathSegment(clientId)}`), ClockifyClientSchema, { body, idempotent: true });
  }

  async deleteClient(clientId: string): Promise<void> {
    await this.http.request('DELETE', this.ws(`/clients/${pathSegment(clientId)}`), Ignored, { idempotent: true });
  }

  // ---- projects ----

  projects(query: Query, page: number, size: number) {
    return this.http.request('GET', this.ws('/projects'), z.array(ClockifyProject), { query: this.paged(query, page, size) });
  }

  /** `hydrated=true` embeds the project's tasks. */
  project(projectId: string, hydrated = false) {
    return this.http.request('GET', this.ws(`/projects/${pathSegment(projectId)}`), ClockifyProject, { query: { hydrated } });
  }

  createProject(body: ClockifyProjectBody) {
    return this.http.request('POST', this.ws('/projects'), ClockifyProject, { body });
  }

  updateProject(projectId: string, body: ClockifyProjectBody) {
    return this.http.request('PUT', this.ws(`/projects/${pathSegment(projectId)}`), ClockifyProject, { body, idempotent: true });
  }

  async updateProjectEstimate(projectId: string, estimate: string): Promise<void> {
    await this.http.request('PATCH', this.ws(`/projects/${pathSegment(projectId)}/estimate`), Ignored, {
      body: { timeEstimate: { active: true, estimate, type: 'MANUAL', includeNonBillable: true, resetOption: null } },
      idempotent: true,
    });
  }

  /** Adds or removes members, keeping the other members' rates (PATCH would replace them all). */
  projectMemberships(projectId: string, userIds: string[], remove: boolean) {
    return this.http.request('POST', this.ws(`/projects/${pathSegment(projectId)}/memberships`), ClockifyProject, {
      body: { userIds, remove },
      idempotent: true,
    });
  }

  async deleteProject(projectId: string): Promise<void> {
    await this.http.request('DELETE', this.ws(`/projects/${pathSegment(projectId)}`), Ignored, { idempotent: true });
  }

  // ---- tasks (nested under their project) ----

  createTask(projectId: string, body: ClockifyTaskBody) {
    return this.http.request('POST', this.ws(`/projects/${pathSegment(projectId)}/tasks`), ClockifyTask, { body });
  }

  updateTask(projectId: string, taskId: string, body: ClockifyTaskBody) {
    return this.http.request('PUT', this.ws(`/projects/${pathSegment(projectId)}/tasks/${pathSegment(taskId)}`), ClockifyTask, {
      body,
      idempotent: true,
    });
  }

  async deleteTask(projectId: string, taskId: string): Promise<void> {
    await this.http.request('DELETE', this.ws(`/projects/${pathSegment(projectId)}/tasks/${pathSegment(taskId)}`), Ignored, { idempotent: true });
  }

  // ---- tags ----

  tags(query: Query, page: number, size: number) {
    return this.http.request('GET', this.ws('/tags'), z.array(ClockifyTag), { query: this.paged(query, page, size) });
  }

  tag(tagId: string) {
    return this.http.request('GET', this.ws(`/tags/${pathSegment(tagId)}`), ClockifyTag);
  }

  createTag(name: string) {
    return this.http.request('POST', this.ws('/tags'), ClockifyTag, { body: { name } });
  }

  updateTag(tagId: string, name: string) {
    return this.http.request('PUT', this.ws(`/tags/${pathSegment(tagId)}`), ClockifyTag, { body: { name }, idempotent: true });
  }

  async deleteTag(tagId: string): Promise<void> {
    await this.http.request('DELETE', this.ws(`/tags/${pathSegment(tagId)}`), Ignored, { idempotent: true });
  }

  // ---- time entries ----

  /** One user's entries, newest first; `start`/`end` bound the entry's start instant. */
  userTimeEntries(userId: string, query: Query, page: number, size: number) {
    return this.http.request('GET', this.ws(`/user/${pathSegment(userId)}/time-entries`), z.array(ClockifyTimeEntry), {
      query: this.paged(query, page, size),
    });
  }

  /**
   * One page of the workspace's detailed report (Reports API, its own host): completed entries
   * whose start lies in [dateRangeStart, dateRangeEnd]. A POST that only reads, so cacheable.
   */
  detailedReport(body: Record<string, unknown>) {
    return this.http.request('POST', this.ws('/reports/detailed'), ClockifyDetailedReport, { body, baseUrl: this.reportsBaseUrl, read: true });
  }

  /** Every running entry of the workspace (page-size 1..1000). */
  inProgress(page: number, size: number) {
    return this.http.request('GET', this.ws('/time-entries/status/in-progress'), z.array(ClockifyTimeEntry), {
      query: this.paged({}, page, size),
    });
  }

  timeEntry(entryId: string) {
    return this.http.request('GET', this.ws(`/time-entries/${pathSegment(entryId)}`), ClockifyTimeEntry);
  }

  /** `forUser` books the entry for another user (needs the "add time for others" permission). */
  createTimeEntry(body: ClockifyTimeEntryBody, forUser: string | null) {
    const path = forUser ? this.ws(`/user/${pathSegment(forUser)}/time-entries`) : this.ws('/time-entries');
    return this.http.request('POST', path, ClockifyTimeEntry, { body });
  }

  /** Full replace: omitted optional fields are cleared by Clockify. */
  updateTimeEntry(entryId: string, body: ClockifyTimeEntryBody) {
    return this.http.request('PUT', this.ws(`/time-entries/${pathSegment(entryId)}`), ClockifyTimeEntry, { body, idempotent: true });
  }

  async deleteTimeEntry(entryId: string): Promise<void> {
    await this.http.request('DELETE', this.ws(`/time-entries/${pathSegment(entryId)}`), Ignored, { idempotent: true });
  }

  /**
   * Stops the user's running timer. Clockify answers 404 when nothing runs, which is an answer
   * here, not a failure. Not retried on 5xx: a repeat after a stop that did land would 404.
   */
  async stopTimer(userId: string, end: string) {
    try {
      return await this.http.request('PATCH', this.ws(`/user/${pathSegment(userId)}/time-entries`), ClockifyTimeEntry, { body: { end } });
    } catch (error) {
      if (error instanceof UpstreamError && error.code === 'UPSTREAM_NOT_FOUND') return null;
      throw error;
    }
  }
}
