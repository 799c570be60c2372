import type { Counter } from "prom-client";
import { logger } from "../logging/logger";
import { moreLikeIt, throttle } from "../ops/log-throttle";

/** Why a request or connection was refused before GraphQL: a bounded set, so it can be a metric label. */
export type EdgeRefusalReason = "CONNECTION_LIMIT" | "REQUEST_TIMEOUT" | "MALFORMED_HTTP" | "HEADERS_TOO_LARGE" | "URI_TOO_LONG" | "BAD_BODY";

export type RecordEdgeRefusal = (reason: EdgeRefusalReason, status: number) => void;

/**
 * Every refusal at the edge is counted, and logged at most once a second per reason with the number left
 * out: a flood of 25,000 slow or broken connections wrote 25,000 log lines before, and none was counted.
 */
export function edgeRefusals(counter: Counter<"reason">, write: (line: Record<string, unknown>, text: string) => void = (line, text) => logger.info(line, text)): RecordEdgeRefusal {
  const limit = throttle(1000);
  return (reason, status) => {
    counter.inc({ reason });
    limit(reason, (more) => write({ event: "REQUEST_REFUSED", reason, status, more }, `request refused at the edge${moreLikeIt(more)}`));
  };
}
