import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../context";
import { isDatabaseUnavailable, retryAfterOf } from "../db/unavailable";
import { ErrorCode } from "../errors";
import { unavailableBody } from "../ops/availability";
import type { AuditWriter } from "./group-commit";

/**
 * Writes what the request logged and no mutation's transaction already wrote, before the response
 * leaves: at most one INSERT, shared with the requests finishing at the same moment (group-commit.ts).
 * If that INSERT fails the response is replaced by a bare error without data (SERVICE_UNAVAILABLE, 503,
 * when the database cannot answer; else INTERNAL_SERVER_ERROR, 500), so care data is never served unlogged.
 */
export function auditPlugin(writer: AuditWriter, logError: (error: unknown) => void): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const trail = contextValue?.audit;
          if (!trail?.hasPending()) return;
          try {
            await writer.append(trail.actor, trail.take());
          } catch (error) {
            logError(error);
            if (isDatabaseUnavailable(error)) {
              const retryAfter = retryAfterOf(error);
              response.body = { kind: "single", singleResult: unavailableBody(retryAfter, contextValue.requestId) };
              response.http.status = 503;
              response.http.headers.set("retry-after", String(retryAfter));
              return;
            }
            response.body = {
              kind: "single",
              singleResult: { errors: [{ message: "Internal server error.", extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId: contextValue.requestId } }] },
            };
            response.http.status = 500;
          }
        },
      };
    },
  };
}
