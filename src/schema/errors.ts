/**
 * Errors as data (ARCHITECTURE.md §7, Pothos errors plugin): every mutation returns a union of
 * its success type and these, and every member implements `Error { message }` (contract).
 * Only domain errors become members; anything else stays a masked GraphQL error.
 */
import {
  ConflictError,
  DomainError,
  NotFoundError,
  UnsupportedOperationError,
  UpstreamError,
  ValidationError,
  type FieldIssue,
} from '../domain/errors.js';
import { builder } from './builder.js';

export const ErrorInterface = builder.interfaceRef<DomainError>('Error').implement({
  description: 'Every error a mutation can return implements this.',
  fields: (t) => ({
    message: t.exposeString('message'),
    code: t.exposeString('code', { description: 'Stable machine-readable code, e.g. BAD_USER_INPUT.' }),
  }),
});

// DomainError is abstract; Pothos only needs the class as a key, never constructs it.
builder.objectType(DomainError as unknown as new () => DomainError, {
  name: 'BaseError',
  description: 'A domain error without a more specific type.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof DomainError,
});

const FieldIssueRef = builder.objectRef<FieldIssue>('FieldIssue').implement({
  description: 'One invalid input field.',
  fields: (t) => ({
    path: t.exposeStringList('path', { description: 'Path of the field, e.g. ["input", "end"].' }),
    message: t.exposeString('message'),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ValidationError,
  fields: (t) => ({ fields: t.field({ type: [FieldIssueRef], resolve: (e) => e.issues }) }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof NotFoundError,
  fields: (t) => ({ entity: t.exposeString('entity'), id: t.exposeString('id') }),
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  description: 'The change would leave data dangling (e.g. deleting a user who has time entries).',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ConflictError,
});

builder.objectType(UnsupportedOperationError, {
  name: 'UnsupportedOperationError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof UnsupportedOperationError,
  fields: (t) => ({ vendor: t.exposeString('vendor'), source: t.exposeString('source'), operation: t.exposeString('operation') }),
});

builder.objectType(UpstreamError, {
  name: 'UpstreamError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof UpstreamError,
  fields: (t) => ({ source: t.exposeString('source'), status: t.exposeInt('status', { nullable: true }) }),
});

/** The error members of every mutation union. */
export const MUTATION_ERRORS = [ValidationError, NotFoundError, ConflictError, UnsupportedOperationError, UpstreamError, DomainError as unknown as new () => DomainError];
