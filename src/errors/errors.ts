import { GraphQLError } from "graphql";
import { ErrorCode } from "./codes";

/** Base class: a GraphQLError that always carries a code from {@link ErrorCode}. */
export class CodedError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
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

export class NotFoundError extends CodedError {
  constructor(kind: string, id: string) {
    super(ErrorCode.NOT_FOUND, `${kind} ${id} not found.`, { kind, id });
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
