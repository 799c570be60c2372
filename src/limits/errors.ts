import { CodedError, ErrorCode } from "../errors";

/** What a structural limit measures; `extensions.measure` of QUERY_TOO_COMPLEX. */
export type Measure = "depth" | "aliases" | "directives" | "tokens" | "fields" | "cost";

/** How each measure reads in a sentence: "The query's depth is 14", "The query has 6000 tokens". */
const COUNTED: Partial<Record<Measure, string>> = { aliases: "aliases", directives: "directives", tokens: "tokens", fields: "fields" };

function describeExcess(measure: Measure, found: number | null, limit: number): string {
  const counted = COUNTED[measure];
  if (counted) return `The query has ${found === null ? `more than ${limit}` : found} ${counted}, over the limit of ${limit}`;
  return `The query's ${measure} is ${found === null ? `more than ${limit}` : found}, over the limit of ${limit}`;
}

const status = (code: number, headers?: Map<string, string>) => ({ http: { status: code, ...(headers ? { headers } : {}) } });

/** The document asks for more than one request may; refused before anything runs (HTTP 400). */
export class QueryTooComplexError extends CodedError {
  constructor(readonly measure: Measure, cost: number | null, limit: number) {
    super(ErrorCode.QUERY_TOO_COMPLEX, `${describeExcess(measure, cost, limit)}: ask for less (smaller pages, fewer aliases, less nesting) or split it.`, {
      measure,
      cost,
      limit,
      ...status(400),
    });
  }
}

/** Ran past the execution time limit: stopped, nothing of it served (HTTP 503). */
export class ExecutionTimeoutError extends CodedError {
  constructor(limitMs: number) {
    super(ErrorCode.TIMEOUT, `The operation took longer than ${limitMs} ms and was stopped; ask for less or try again later.`, { limit: limitMs, ...status(503) });
  }
}

/** The answer is larger than one response may be (HTTP 400). */
export class ResponseTooLargeError extends CodedError {
  constructor(bytes: number, limit: number) {
    super(ErrorCode.RESPONSE_TOO_LARGE, `The answer would be ${bytes} bytes, over the limit of ${limit}: ask for smaller pages.`, { size: bytes, limit, ...status(400) });
  }
}

/** Over the rate limit of the user or the organisation (HTTP 429, Retry-After in seconds). */
export class RateLimitedError extends CodedError {
  constructor(scope: "user" | "organisation", limit: number, windowSeconds: number, retryAfterSeconds: number) {
    super(ErrorCode.RATE_LIMITED, `Too many requests for this ${scope}: at most ${limit} per ${windowSeconds} s; try again in ${retryAfterSeconds} s.`, {
      scope,
      limit,
      retryAfter: retryAfterSeconds,
      ...status(429, new Map([["retry-after", String(retryAfterSeconds)]])),
    });
  }
}

/** A documentId (or persisted-query hash) that is not registered, or not for the caller's organisation. */
export class UnknownDocumentError extends CodedError {
  constructor() {
    super(ErrorCode.UNKNOWN_DOCUMENT, "This document is not registered for your organisation's apps; register it with npm run documents:register.", status(400));
  }
}

/** A hash and a query text that is not the registered one: which was meant is unknown, so neither runs. */
export class DocumentMismatchError extends CodedError {
  constructor() {
    super(ErrorCode.DOCUMENT_MISMATCH, "The query sent along with the document's hash is not the registered text: send the hash alone, or the exact text.", status(400));
  }
}

/** Apollo's persisted-query protocol in a version this server does not speak. */
export class PersistedQueryVersionError extends CodedError {
  constructor() {
    super(ErrorCode.INVALID_QUERY, "Only version 1 of extensions.persistedQuery is supported.", status(400));
  }
}

/** A GET that names a document: the hash is read from a POSTed JSON body only. */
export class DocumentByPostError extends CodedError {
  constructor() {
    super(ErrorCode.DOCUMENT_REQUIRED, "Registered documents run by POST: send {\"documentId\": \"<sha256>\"} as the JSON body of a POST to /graphql.", status(400));
  }
}

/** Trusted-documents mode refuses free-form queries. */
export class DocumentRequiredError extends CodedError {
  constructor() {
    super(ErrorCode.DOCUMENT_REQUIRED, "Only registered documents run on this server: send extensions.persistedQuery.sha256Hash or documentId instead of a query.", status(400));
  }
}
