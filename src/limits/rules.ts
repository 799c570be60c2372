import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { Kind, visit, type GraphQLError, type ValidationContext, type ValidationRule } from "graphql";
import type { LimitsConfig } from "./config";
import { QueryTooComplexError, type Measure } from "./errors";

/** graphql-armor names what it found in its message ("… exceeded, found 31."); our error carries it as a number. */
function foundIn(error: GraphQLError): number | null {
  const match = /found (\d+)/.exec(error.message);
  return match ? Number(match[1]) : null;
}

/** Armor's own errors are uncoded; each refusal is reported instead as QUERY_TOO_COMPLEX with the measure. */
function coded(measure: Measure, limit: number) {
  return {
    n: limit,
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(new QueryTooComplexError(measure, foundIn(error), limit))],
  };
}

/**
 * Depth, aliases and directives, checked by graphql-armor's validation rules while the document is
 * validated: once per distinct document (Apollo keeps validated documents), before any resolver runs.
 * Depth counts fragments where they are spread and leaves out introspection's `__schema`, whose lists
 * the cost still weighs (cost.ts). Tokens are limited by the parser itself (server `parseOptions`).
 */
export function limitRules(limits: LimitsConfig): ValidationRule[] {
  return ([
    maxDepthRule({ ...coded("depth", limits.maxDepth), ignoreIntrospection: true, flattenFragments: true }),
    maxAliasesRule(coded("aliases", limits.maxAliases)),
    maxDirectivesRule(coded("directives", limits.maxDirectives)),
  ] as unknown as ValidationRule[]).concat(maxFieldsRule(limits.maxFields));
}

/** graphql-js's parser stops at `maxTokens` with this message; it becomes QUERY_TOO_COMPLEX (measure tokens). */
export function isTokenLimitError(message: string): boolean {
  return /^Syntax Error: Document contains more th(?:an|at) \d+ tokens/.test(message);
}

/**
 * Field selections in the whole document, counted when the document is entered: graphql-js compares
 * fields side by side pairwise (overlap rule) and gives up with an uncoded "Validation aborted." on
 * a thousand of them, so this must refuse first, with a measure and a limit.
 */
export function maxFieldsRule(limit: number): ValidationRule {
  return (context) => ({
    Document(document) {
      let fields = 0;
      visit(document, { [Kind.FIELD]: () => void (fields += 1) });
      if (fields > limit) context.reportError(new QueryTooComplexError("fields", fields, limit));
      return false;
    },
  });
}
