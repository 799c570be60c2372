import type { ApolloServerPlugin } from "@apollo/server";
import type { NextFunction, Request, Response } from "express";
import type { PreparedRunner } from "../db/prepared";
import { ErrorCode } from "../errors";
import type { Metrics } from "./metrics";
import { rootFieldsLabel } from "./operation-labels";

/** What one request ended as: set by the GraphQL plugin, by the context (401, 429 …) or by the size guard. */
export interface RequestOutcome {
  operation?: string | null;
  code: string;
}

const CODES = new Set<string>(Object.values(ErrorCode));
/** A symbol property: Apollo runs the operation on a shallow copy of the context, which copies it along. */
const OUTCOME = Symbol("requestOutcome");

/** The request's outcome record (res.locals), created by requestMetrics. */
export function outcomeOf(res: Response): RequestOutcome {
  return ((res.locals.outcome as RequestOutcome | undefined) ??= { code: "OK" });
}

/** Lets the GraphQL plugin, which sees only the context, find the request's outcome record. */
export function bindOutcome(context: object, outcome: RequestOutcome): void {
  (context as { [OUTCOME]?: RequestOutcome })[OUTCOME] = outcome;
}

/** Counts every /graphql request by operation and outcome code and observes its latency, once the answer is sent. */
export function requestMetrics(metrics: Metrics) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    const outcome = outcomeOf(res);
    res.on("finish", () => {
      // A request whose operation was never resolved (refused before or while its document was read) is `unresolved`: its client-chosen names are never looked at.
      const operation = metrics.operations.label(outcome.operation);
      const code = CODES.has(outcome.code) || outcome.code === "OK" ? outcome.code : "OTHER";
      metrics.requests.inc({ operation, code });
      metrics.latency.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
    });
    next();
  };
}

/** Records the operation's root fields (rootFieldsLabel) and the first error's code (OK when none) of what Apollo answers. */
export function outcomePlugin(): ApolloServerPlugin<object> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, operation, schema, document }) {
          const outcome = (contextValue as { [OUTCOME]?: RequestOutcome } | undefined)?.[OUTCOME];
          if (!outcome) return;
          outcome.operation = operation ? rootFieldsLabel(schema, operation, document) : null;
          const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
          outcome.code = (errors?.[0]?.extensions?.code as string | undefined) ?? "OK";
        },
      };
    },
  };
}

/**
 * The access log's group commit, timed: each INSERT's duration and its number of lines. The INSERT takes
 * its values as arrays (audit/writer.ts), from the eighth on one element per line.
 */
export function observedRunner(runner: PreparedRunner, metrics: Metrics): PreparedRunner {
  return {
    async query(sql, parameters) {
      const stop = metrics.groupCommitLatency.startTimer();
      try {
        return await runner.query(sql, parameters);
      } finally {
        stop();
        const lines = Array.isArray(parameters?.[7]) ? parameters[7].length : 1;
        metrics.groupCommitLines.observe(lines);
      }
    },
  };
}
