/** Imports every type file once and builds the schema. */
import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.js';
import './scalars.js';
import './enums.js';
import './errors.js';
import './source.js';
import './user.js';
import './person.js';
import './team.js';
import './client.js';
import './tag.js';
import './project.js';
import './task.js';
import './time-entry.js';
import './report.js';
import './migration.js';
import './attendance.js';
import './timesheet.js';

export const schema = builder.toSchema();

/** The SDL as checked in at schema/schema.graphql: sorted, so diffs show real changes only. */
export const printSortedSchema = () => `${printSchema(lexicographicSortSchema(schema))}\n`;
