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
  /**
   * The operation asks for too much: too deep, too many aliases, directives or tokens, or a list-weighted
   * cost over the limit. HTTP 400; `extensions.measure`, `extensions.cost` and `extensions.limit` say which and by how much.
   */
  QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX",
  /** The answer would be larger than the configured limit; ask for smaller pages. HTTP 400, no data. */
  RESPONSE_TOO_LARGE = "RESPONSE_TOO_LARGE",
  /** The operation ran past the execution time limit and was stopped (HTTP 503, no data), or the request itself did not arrive in time (HTTP 408). */
  TIMEOUT = "TIMEOUT",
  /** Too many requests for this user or organisation; HTTP 429 with `Retry-After` (seconds). */
  RATE_LIMITED = "RATE_LIMITED",
  /** The persisted document id or hash is not registered (for this organisation). HTTP 400. */
  UNKNOWN_DOCUMENT = "UNKNOWN_DOCUMENT",
  /** Trusted-documents mode: only registered documents run, send a documentId instead of a query. HTTP 400. */
  DOCUMENT_REQUIRED = "DOCUMENT_REQUIRED",
  /** A registered document's hash sent with a `query` that is not its text, or with two different hashes. */
  DOCUMENT_MISMATCH = "DOCUMENT_MISMATCH",
  /** Something failed on our side; details are in the server log under `extensions.requestId`. */
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
  /** HTTP 400: the body is not JSON, breaks off, or does not match its Content-Length (src/http/edge-errors.ts). */
  MALFORMED_REQUEST = "MALFORMED_REQUEST",
  /** HTTP 413: the body is larger than the server accepts. */
  PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE",
  /** HTTP 415: the body is not `application/json` in UTF-8 with a Content-Encoding the server reads. */
  UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE",
  /** HTTP 404: there is nothing at this address (the API is POST /graphql). */
  ROUTE_NOT_FOUND = "ROUTE_NOT_FOUND",
  /** HTTP 405: the address exists but not for this method; the `Allow` header lists the methods. */
  METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED",
  /** HTTP 403: a browser preflight (OPTIONS) from an origin that is not in `CORS_ORIGINS`. */
  CORS_ORIGIN_NOT_ALLOWED = "CORS_ORIGIN_NOT_ALLOWED",
}
