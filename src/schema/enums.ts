/** The gateway's enums as GraphQL enums (values from domain/enums.ts). */
import {
  PRIORITIES,
  PROJECT_STATUSES,
  REPORT_DIMENSIONS,
  TASK_STATUSES,
  TIME_ENTRY_ORIGINS,
  TIME_ENTRY_TYPES,
  TIMESHEET_STATUSES,
  USER_ROLES,
  USER_STATUSES,
} from '../domain/enums.js';
import { OPERATIONS } from '../adapters/contract.js';
import { ENTITY_KINDS } from '../domain/entities.js';
import { VENDORS } from '../domain/ids.js';
import { builder } from './builder.js';

export const UserRoleEnum = builder.enumType('UserRole', { values: USER_ROLES });
export const UserStatusEnum = builder.enumType('UserStatus', { values: USER_STATUSES });
export const ProjectStatusEnum = builder.enumType('ProjectStatus', { values: PROJECT_STATUSES });
export const TaskStatusEnum = builder.enumType('TaskStatus', { values: TASK_STATUSES });
export const PriorityEnum = builder.enumType('Priority', { values: PRIORITIES });
export const TimeEntryTypeEnum = builder.enumType('TimeEntryType', { values: TIME_ENTRY_TYPES });
export const TimeEntryOriginEnum = builder.enumType('TimeEntryOrigin', { values: TIME_ENTRY_ORIGINS });
export const TimesheetStatusEnum = builder.enumType('TimesheetStatus', { values: TIMESHEET_STATUSES });
export const ReportDimensionEnum = builder.enumType('ReportDimension', { values: REPORT_DIMENSIONS });
export const VendorEnum = builder.enumType('Vendor', { values: VENDORS.map((v) => v.toUpperCase()) as Uppercase<(typeof VENDORS)[number]>[] });
export const EntityKindEnum = builder.enumType('EntityKind', {
  values: Object.fromEntries(ENTITY_KINDS.map((k) => [k.replace(/([A-Z])/g, '_$1').toUpperCase(), { value: k }])) as Record<string, { value: (typeof ENTITY_KINDS)[number] }>,
});
export const OperationEnum = builder.enumType('EntityOperation', {
  values: Object.fromEntries(OPERATIONS.map((o) => [o.toUpperCase(), { value: o }])) as Record<string, { value: (typeof OPERATIONS)[number] }>,
});
