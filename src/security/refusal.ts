/**
 * The one shape of every refusal the security layer gives: a GraphQL error with a code in
 * `extensions` (clients switch on it), an HTTP status, and a message that says what to change.
 */
import { GraphQLError } from 'graphql';

/**
 * `status` is left out for refusals at parse or validation: there GraphQL over HTTP decides
 * (200 for `application/json` clients, 400 for `application/graphql-response+json`).
 */
export function refusal(code: string, message: string, status: number | null, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra, ...(status ? { http: { status } } : {}) } });
}

/** The same refusal as a complete HTTP response, for hooks that answer before GraphQL runs. */
export function refusalResponse(
  fetchAPI: { Response: typeof Response },
  code: string,
  message: string,
  status: number,
  headers: Record<string, string> = {},
): Response {
  return fetchAPI.Response.json({ errors: [{ message, extensions: { code } }] }, { status, headers });
}
