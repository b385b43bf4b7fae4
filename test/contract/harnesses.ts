/**
 * Every source the contract suite runs against, with the written reason for each operation
 * its vendor lacks (the suite fails on a missing operation that has no reason here).
 */
import type { ContractHarness } from './harness.js';
import { nativeHarness } from './native.harness.js';
import { vendorHarness } from './vendor.harness.js';

const NO_TIME_ENTRY_API = 'Desklog has no time-entry API (only task status changes and attendance aggregates)';

export const HARNESSES: ContractHarness[] = [
  nativeHarness,
  vendorHarness('clockify', {
    missingId: 'ffffffffffffffffffffffff',
    unsupported: {
      'user.create': 'Clockify only invites users by e-mail (paid plans) and answers with the workspace, not a user',
      'user.delete': "Clockify's user delete endpoint is deprecated and has no effect",
    },
  }),
  vendorHarness('gauzy', { missingId: '00000000-0000-4000-8000-000000000000', unsupported: {} }),
  vendorHarness('desklog', {
    missingId: '999999',
    unsupported: {
      'user.delete': 'Desklog has no user delete endpoint',
      'project.update': 'Desklog has no project update endpoint',
      'timeEntry.list': NO_TIME_ENTRY_API,
      'timeEntry.get': NO_TIME_ENTRY_API,
      'timeEntry.create': NO_TIME_ENTRY_API,
      'timeEntry.update': NO_TIME_ENTRY_API,
      'timeEntry.delete': NO_TIME_ENTRY_API,
      timer: 'Desklog task start/stop changes a task status; it creates no time entry',
    },
  }),
  vendorHarness('dyzo', {
    missingId: '999999',
    unsupported: {
      'user.delete': 'only an outdated URL dump mentions deleting employees; the v2 API documents none',
      'project.update': 'the v2 API documents no project update',
      'project.delete': 'the v2 API documents no project delete',
      'team.list': 'teams appear only in an outdated URL dump, without methods or bodies',
      'team.get': 'teams appear only in an outdated URL dump, without methods or bodies',
      'team.create': 'teams appear only in an outdated URL dump, without methods or bodies',
      'team.update': 'teams appear only in an outdated URL dump, without methods or bodies',
      'team.delete': 'teams appear only in an outdated URL dump, without methods or bodies',
      'client.list': 'clients appear only in an outdated URL dump, without methods or bodies',
      'client.get': 'clients appear only in an outdated URL dump, without methods or bodies',
      'client.create': 'clients appear only in an outdated URL dump, without methods or bodies',
      'client.update': 'clients appear only in an outdated URL dump, without methods or bodies',
      'client.delete': 'clients appear only in an outdated URL dump, without methods or bodies',
      'tag.list': 'Dyzo has no tags',
      'tag.get': 'Dyzo has no tags',
      'tag.create': 'Dyzo has no tags',
      'tag.update': 'Dyzo has no tags',
      'tag.delete': 'Dyzo has no tags',
      timer: 'Dyzo documents no timer start/stop; clients post start and end pairs',
    },
  }),
  vendorHarness('timetrack', {
    missingId: '999999',
    unsupported: {
      'team.list': 'TimeTrack has no teams (only a teamLead flag on users)',
      'team.get': 'TimeTrack has no teams (only a teamLead flag on users)',
      'team.create': 'TimeTrack has no teams (only a teamLead flag on users)',
      'team.update': 'TimeTrack has no teams (only a teamLead flag on users)',
      'team.delete': 'TimeTrack has no teams (only a teamLead flag on users)',
      'tag.list': 'TimeTrack entries carry free-text hashtags, not tag records',
      'tag.get': 'TimeTrack entries carry free-text hashtags, not tag records',
      'tag.create': 'TimeTrack entries carry free-text hashtags, not tag records',
      'tag.update': 'TimeTrack entries carry free-text hashtags, not tag records',
      'tag.delete': 'TimeTrack entries carry free-text hashtags, not tag records',
    },
    // TimeTrack never renames clients or tasks and knows only TODO tasks: patch what it can change.
    patches: {
      client: () => ({ email: 'billing@contract.test', expect: { email: 'billing@contract.test' } }),
      task: () => ({ description: 'contract notes', expect: { description: 'contract notes' } }),
    },
  }),
];
