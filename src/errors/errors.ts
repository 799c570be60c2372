import { GraphQLError } from "graphql";
import { ErrorCode } from "./codes";

/**
 * Base class: a GraphQLError that always carries a code from {@link ErrorCode}. These are answers to the
 * client (a refusal, a missing case, bad input), not faults, and the client never sees a stack, so none
 * is captured: a page where the care rule refuses a category on 50 cases makes 50 errors, and capturing
 * and formatting their stacks would be paid for each (test/unit/coded-errors.test.ts holds this).
 */
export class CodedError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      super(message, { extensions: { ...extensions, code } });
    } finally {
      Error.stackTraceLimit = limit;
    }
    // A plain string: graphql-js reads it when it places the error in the response, and a captured (even
    // empty) stack would be formatted again on every read.
    Object.defineProperty(this, "stack", { value: `${this.name}: ${message}`, writable: true, configurable: true });
  }
}

/** HTTP 401 with the `WWW-Authenticate` challenge RFC 6750 asks for; Apollo turns `extensions.http` into the response head. */
export class UnauthenticatedError extends CodedError {
  constructor(message: string) {
    super(ErrorCode.UNAUTHENTICATED, message, {
      http: { status: 401, headers: new Map([["www-authenticate", 'Bearer realm="casusoverleg"']]) },
    });
  }
}

export class ForbiddenError extends CodedError {
  constructor(message = "You are not allowed to see or do this.") {
    super(ErrorCode.FORBIDDEN, message);
  }
}

/** Every id this API hands out is a UUID; anything else a client sends is not echoed back. */
const WELL_FORMED_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The id is the client's own input: named in the answer only when it is a well-formed id, so that ten
 * kilobytes or a control character sent as an id do not come back (or reach a log) as the error's text.
 */
export class NotFoundError extends CodedError {
  constructor(kind: string, id: string) {
    const shown = WELL_FORMED_ID.test(id) ? id : "(invalid id)";
    super(ErrorCode.NOT_FOUND, `${kind} ${shown} not found.`, { kind, id: shown });
  }
}

export class BadInputError extends CodedError {
  constructor(message: string, fields: Record<string, string[]> = {}) {
    super(ErrorCode.BAD_USER_INPUT, message, { fields });
  }
}

/** A step the process does not allow now; `reason` is a stable machine-readable sub-code. */
export class IllegalTransitionError extends CodedError {
  constructor(reason: string, message: string) {
    super(ErrorCode.ILLEGAL_TRANSITION, message, { reason });
  }
}

export class ConflictError extends CodedError {
  constructor(reason: string, message: string) {
    super(ErrorCode.CONFLICT, message, { reason });
  }
}

/**
 * The database cannot answer now (down, paused, restarting, timed out): HTTP 503 with `Retry-After`, so
 * clients and load balancers back off instead of hammering a recovering database.
 */
export class ServiceUnavailableError extends CodedError {
  constructor(retryAfterSeconds: number) {
    super(ErrorCode.SERVICE_UNAVAILABLE, "The database is unavailable; try again shortly.", {
      retryAfter: retryAfterSeconds,
      http: { status: 503, headers: new Map([["retry-after", String(retryAfterSeconds)]]) },
    });
  }
}
