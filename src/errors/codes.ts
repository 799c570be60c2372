/** Every error code a client can receive. Stable: frontends switch on these, so never rename one. */
export enum ErrorCode {
  /** No, or an invalid, bearer token. HTTP 401. */
  UNAUTHENTICATED = "UNAUTHENTICATED",
  /** The viewer is known but the policy does not let them do or see this. */
  FORBIDDEN = "FORBIDDEN",
  /** The object does not exist, or the viewer may not know it exists (the two are indistinguishable). */
  NOT_FOUND = "NOT_FOUND",
  /** The input failed validation; `extensions.fields` says which fields and why. */
  BAD_USER_INPUT = "BAD_USER_INPUT",
  /** The GraphQL document itself is malformed or does not match the schema. */
  INVALID_QUERY = "INVALID_QUERY",
  /** The process does not allow this step in the case's current state; `extensions.reason` says why. */
  ILLEGAL_TRANSITION = "ILLEGAL_TRANSITION",
  /** The request conflicts with current data (for example a participant that already takes part). */
  CONFLICT = "CONFLICT",
  /**
   * The database is down, paused or too slow right now (HTTP 503 with `Retry-After`): nothing was
   * served or changed by the failing step; try again after the seconds the header names.
   */
  SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE",
  /** Something failed on our side; details are in the server log under `extensions.requestId`. */
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}
