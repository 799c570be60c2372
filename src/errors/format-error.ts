import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import { isDatabaseUnavailable, retryAfterOf } from "../db/unavailable";
import { ErrorCode } from "./codes";
import { clipClientEcho } from "./echo";
import { CodedError, ServiceUnavailableError } from "./errors";
import { currentRequestId } from "../http/request-id";
import { describeError } from "../logging/error-summary";
import { logger } from "../logging/logger";

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));
/** Codes Apollo and graphql-js raise themselves for malformed requests; safe to pass through. */
const INVALID_QUERY_CODES = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_REQUEST", "PERSISTED_QUERY_NOT_FOUND", "OPERATION_RESOLUTION_FAILURE"]);

function validationFields(error: ArgumentValidationError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  const walk = (errors: ArgumentValidationError["extensions"]["validationErrors"], prefix: string): void => {
    for (const e of errors ?? []) {
      const path = prefix ? `${prefix}.${e.property}` : e.property;
      if (e.constraints) fields[path] = Object.values(e.constraints);
      walk(e.children as typeof errors, path);
    }
  };
  walk(error.extensions.validationErrors, "");
  return fields;
}

/** The server log's line for an error no client may see: its kind and place, never its values (logging/error-summary.ts). */
export function logUnexpectedError(error: unknown): void {
  logger.error({ event: "UNEXPECTED_ERROR", ...describeError(error) }, "unexpected error");
}

/**
 * The only way an error reaches a client: known codes pass, class-validator failures become
 * BAD_USER_INPUT with the failing fields, a database that cannot answer becomes SERVICE_UNAVAILABLE (a
 * 503, ops/availability.ts), anything else (SQL, bugs) becomes a bare INTERNAL_SERVER_ERROR so internals
 * never leak. No message repeats more than a short prefix of what the client sent (echo.ts). Every error
 * carries the request id the server log and the access log know the request by.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, log: (e: unknown) => void = logUnexpectedError): GraphQLFormattedError {
  const coded = clientError(formatted, error, log);
  const answer = { ...coded, message: clipClientEcho(coded.message) };
  const requestId = currentRequestId();
  return requestId ? { ...answer, extensions: { ...answer.extensions, requestId } } : answer;
}

function clientError(formatted: GraphQLFormattedError, error: unknown, log: (e: unknown) => void): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof ArgumentValidationError) {
    return { message: "The input is not valid.", path: formatted.path, extensions: { code: ErrorCode.BAD_USER_INPUT, fields: validationFields(original) } };
  }
  if (isDatabaseUnavailable(original)) {
    // Logged by the caller's (rate-limited) log, without the statement: its parameters may be personal.
    log(original);
    const unavailable = new ServiceUnavailableError(retryAfterOf(original));
    return { message: unavailable.message, path: formatted.path, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryAfter: unavailable.extensions.retryAfter } };
  }
  // A coded error raised during validation (a query limit) keeps its own code: Apollo re-codes validation errors.
  const code = (original instanceof CodedError ? original.extensions.code : formatted.extensions?.code) as string | undefined;
  if (code && (KNOWN_CODES.has(code) || INVALID_QUERY_CODES.has(code)) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const { stacktrace: _stack, http: _http, validationErrors: _v, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: { ...extensions, code: INVALID_QUERY_CODES.has(code) ? ErrorCode.INVALID_QUERY : code } };
  }
  log(original);
  return { message: "Internal server error.", path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
