import type { ApolloServerPlugin, GraphQLRequestContext } from "@apollo/server";
import type { GraphQLError } from "graphql";
import { Kind, type FragmentDefinitionNode } from "graphql";
import type { Context } from "../context";
import { AuditAction, AuditOutcome } from "../domain/audit-enums";
import type { LimitsConfig } from "./config";
import { operationCost } from "./cost";
import { ExecutionTimeoutError, QueryTooComplexError, type Measure } from "./errors";
import { isTokenLimitError } from "./rules";
import { ErrorCode } from "../errors";

/** Told of every refusal by a query limit (metrics). */
export type OnRefusal = (measure: Measure) => void;

/** The refusal goes into the access log like any refused query: identifiers only (the measure, the numbers). */
function logRefusal(context: Context | undefined, operation: string, error: QueryTooComplexError): void {
  const { measure, cost, limit } = error.extensions as { measure: Measure; cost: number | null; limit: number };
  context?.audit?.record({ action: AuditAction.QUERY, outcome: AuditOutcome.FAILED, operation, reason: `QUERY_TOO_COMPLEX/${measure}`, detail: { cost, limit } });
}

/** A document that does not parse or validate, refused like any query: the code only, never the text or the message (it quotes the text). */
export function logInvalidQuery(context: Context | undefined, operation: string): void {
  context?.audit?.record({ action: AuditAction.QUERY, outcome: AuditOutcome.FAILED, operation, reason: ErrorCode.INVALID_QUERY });
}

function fragmentsOf(request: GraphQLRequestContext<Context>): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of request.document?.definitions ?? []) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  return fragments;
}

/** The answer is this one error alone, with the request id the logs know the request by (formatError is not run here). */
function replaceWith(request: GraphQLRequestContext<Context>, error: GraphQLError, status: number): void {
  const { http: _http, ...extensions } = error.extensions;
  const requestId = request.contextValue?.requestId;
  request.response.body = { kind: "single", singleResult: { errors: [{ message: error.message, extensions: { ...extensions, ...(requestId ? { requestId } : {}) } }] } };
  request.response.http.status = status;
}

/**
 * The limits of one operation before and while it runs: the token count (parser), depth, aliases and
 * directives (validation, rules.ts), the list-weighted cost with the request's variables (cost.ts), and
 * the execution deadline. Past the deadline every field that starts fails at once, so no new SQL is sent,
 * and the whole answer is replaced by TIMEOUT: nothing partial is served.
 */
export function limitsPlugin(limits: LimitsConfig, onRefusal: OnRefusal = () => undefined): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let refused: QueryTooComplexError | null = null;
      let timedOut = false;
      return {
        async parsingDidStart(request) {
          return async (error) => {
            if (!error) return;
            if (!isTokenLimitError(error.message)) return logInvalidQuery(request.contextValue, "document");
            refused = new QueryTooComplexError("tokens", null, limits.maxTokens);
            onRefusal("tokens");
            logRefusal(request.contextValue, "document", refused);
          };
        },
        async validationDidStart(request) {
          return async (errors) => {
            if (!errors?.length) return;
            const refusal = errors.map((e) => (e as GraphQLError).originalError ?? e).find((e): e is QueryTooComplexError => e instanceof QueryTooComplexError);
            if (!refusal) return logInvalidQuery(request.contextValue, request.operation?.operation ?? "document");
            // Alone in the answer: the other rules' errors (graphql-js's "Validation aborted.") say nothing more.
            refused = refusal;
            onRefusal(refusal.measure);
            logRefusal(request.contextValue, request.operation?.operation ?? "document", refusal);
          };
        },
        async didResolveOperation(request) {
          if (!request.operation) return;
          const cost = operationCost(request.schema, request.operation, fragmentsOf(request), request.request.variables, limits);
          if (cost <= limits.maxCost) return;
          const error = new QueryTooComplexError("cost", cost, limits.maxCost);
          onRefusal("cost");
          logRefusal(request.contextValue, request.operation.operation, error);
          throw error;
        },
        async executionDidStart() {
          const deadline = Date.now() + limits.executionTimeoutMs;
          return {
            willResolveField() {
              if (timedOut || Date.now() > deadline) {
                timedOut = true;
                throw new ExecutionTimeoutError(limits.executionTimeoutMs);
              }
            },
          };
        },
        async willSendResponse(request) {
          if (timedOut) replaceWith(request, new ExecutionTimeoutError(limits.executionTimeoutMs), 503);
          else if (refused) replaceWith(request, refused, 400);
        },
      };
    },
  };
}
