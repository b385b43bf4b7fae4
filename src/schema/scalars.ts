/** DateTime (UTC, ISO 8601 with Z), Date (YYYY-MM-DD), Duration (ISO 8601, in seconds inside), Seconds and JSON. */
import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { formatIsoDuration, parseIsoDuration } from '../domain/duration.js';
import { builder } from './builder.js';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

function parseInstant(value: unknown): Date {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) {
    throw new GraphQLError('DateTime must be an ISO 8601 instant with a zone, e.g. 2026-11-23T09:30:00Z', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  const date = new Date(value);
  // Date accepts 2026-02-30 by rolling over; compare the date part to refuse it.
  if (Number.isNaN(date.getTime()) || (value.endsWith('Z') && date.toISOString().slice(0, 10) !== value.slice(0, 10))) {
    throw new GraphQLError(`DateTime "${value}" is not a real instant`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return date;
}

builder.scalarType('DateTime', {
  description: 'An instant in time, ISO 8601 in UTC with Z, e.g. 2026-11-23T09:30:00.000Z.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString()),
  parseValue: parseInstant,
  parseLiteral: (ast: ValueNode) => parseInstant(ast.kind === Kind.STRING ? ast.value : null),
});

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new GraphQLError('Date must be a calendar date YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}

builder.scalarType('Date', {
  description: 'A calendar date without a time zone, YYYY-MM-DD.',
  serialize: (value) => String(value),
  parseValue: parseDate,
  parseLiteral: (ast: ValueNode) => parseDate(ast.kind === Kind.STRING ? ast.value : null),
});

function parseDuration(value: unknown): number {
  const seconds = typeof value === 'string' ? parseIsoDuration(value) : null;
  if (seconds === null) throw new GraphQLError('Duration must be ISO 8601, e.g. PT1H30M', { extensions: { code: 'BAD_USER_INPUT' } });
  if (seconds < 0) throw new GraphQLError('Duration must not be negative', { extensions: { code: 'BAD_USER_INPUT' } });
  return seconds;
}

builder.scalarType('Duration', {
  description: 'A length of time, ISO 8601 (PT1H30M, P1DT2H). Seconds are the unit inside.',
  serialize: (value) => formatIsoDuration(Number(value)),
  parseValue: parseDuration,
  parseLiteral: (ast: ValueNode) => parseDuration(ast.kind === Kind.STRING ? ast.value : null),
});

/**
 * Totals of seconds outgrow GraphQL's 32-bit Int (2^31 s is 68 years: one year of a 600-person
 * company). Seconds is a JSON number holding any whole count up to 2^53 − 1 exactly (285 million
 * years), which every JSON client reads without a big-number library; a value beyond that is an
 * error rather than a rounded figure.
 */
function asSeconds(value: unknown): number {
  const n = typeof value === 'number' ? value : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new GraphQLError(`Seconds must be a whole, non-negative number up to ${Number.MAX_SAFE_INTEGER}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return n;
}

builder.scalarType('Seconds', {
  description: `A whole number of seconds, serialized as a JSON number, exact up to 2^53 − 1 (${Number.MAX_SAFE_INTEGER}); used for totals that outgrow a 32-bit Int.`,
  serialize: (value) => {
    if (!Number.isSafeInteger(value)) throw new GraphQLError(`Seconds value ${String(value)} is not a whole number up to 2^53 − 1`);
    return value;
  },
  parseValue: asSeconds,
  parseLiteral: (ast: ValueNode) => asSeconds(ast.kind === Kind.INT ? Number(ast.value) : null),
});

function literalToJson(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map(literalToJson);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literalToJson(f.value)]));
    default:
      throw new GraphQLError('JSON literals cannot hold variables');
  }
}

builder.scalarType('JSON', {
  description: 'Any JSON value: the vendor record as the vendor sent it.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: literalToJson,
});
