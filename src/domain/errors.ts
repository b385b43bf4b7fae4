/**
 * Typed domain errors. Each becomes a member of the mutations' error unions (ARCHITECTURE.md §7)
 * or, on queries, a GraphQL error with `extensions.code`. None of them ever carries a credential.
 */
export interface FieldIssue {
  /** Path of the offending field, e.g. ["input", "end"]. */
  path: string[];
  message: string;
}

export abstract class DomainError extends Error {
  abstract readonly code: string;
}

export class ValidationError extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; '));
    this.name = 'ValidationError';
  }
  static field(path: string | string[], message: string): ValidationError {
    return new ValidationError([{ path: Array.isArray(path) ? path : path.split('.'), message }]);
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(
    readonly entity: string,
    readonly id: string,
    /** When "<entity> <id> was not found" would not say what is missing (e.g. no running timer). */
    message?: string,
  ) {
    super(message ?? `${entity} ${id} was not found`);
    this.name = 'NotFoundError';
  }
}

/** A delete or update that would leave data dangling; the message says what holds it. */
export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

export class UnsupportedOperationError extends DomainError {
  readonly code = 'UNSUPPORTED_OPERATION';
  constructor(
    readonly vendor: string,
    readonly source: string,
    readonly operation: string,
  ) {
    super(`Source "${source}" (${vendor}) does not support ${operation}`);
    this.name = 'UnsupportedOperationError';
  }
}

export type UpstreamErrorCode =
  | 'UPSTREAM_UNAVAILABLE'
  | 'UPSTREAM_TIMEOUT'
  | 'UPSTREAM_RATE_LIMITED'
  | 'UPSTREAM_AUTH_FAILED'
  | 'UPSTREAM_NOT_FOUND'
  | 'UPSTREAM_REJECTED'
  /** The vendor would answer for fewer people than asked (e.g. only the caller's own data). */
  | 'UPSTREAM_SCOPE_NARROWED'
  | 'RESPONSE_VALIDATION_FAILED';

/** A vendor (or the store behind a source) failed. `status` is the HTTP status when there was one. */
export class UpstreamError extends DomainError {
  constructor(
    readonly code: UpstreamErrorCode,
    readonly source: string,
    message: string,
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'UpstreamError';
  }
}
