import { deny, shield } from "graphql-shield";
import { ForbiddenError } from "../errors";
import { policy } from "./policy";

/**
 * The library's defaults are unsafe (allow what the table does not name, mask our coded errors, answer
 * "Not Authorised!" without a code), so each is set: default deny for anything the table does not name,
 * our own coded errors pass through (NOT_FOUND from row-level checks), a coded FORBIDDEN for every other
 * denial, and debug off (debug rethrows around these options). test/unit/policy-coverage.test.ts holds
 * these values.
 */
export const shieldOptions = {
  fallbackRule: deny,
  allowExternalErrors: true,
  fallbackError: () => new ForbiddenError(),
  debug: false,
} satisfies Parameters<typeof shield>[1];

/** The policy as graphql-shield middleware. */
export function createShield() {
  return shield(policy, shieldOptions);
}
