import { deny, shield } from "graphql-shield";
import { ForbiddenError } from "../errors";
import { policy } from "./policy";

/**
 * The policy as graphql-shield middleware. The library's defaults are unsafe, so each is set:
 * default deny for anything the table does not name, our own coded errors pass through
 * (NOT_FOUND from row-level checks), and a coded FORBIDDEN for every other denial.
 */
export function createShield() {
  return shield(policy, {
    fallbackRule: deny,
    allowExternalErrors: true,
    fallbackError: () => new ForbiddenError(),
    debug: false,
  });
}
