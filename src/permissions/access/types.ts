import type { ShieldRule } from "../define-rule";
import type { Loaders } from "../../loaders";
import type { Viewer } from "../../identity/viewer";
import type { RowLevel } from "../row-level/rows";
import type { SqlFilter } from "../row-level/case-visibility";
import { inheritParent } from "../rules/basic";

/** What loading ahead may use of the request: its loaders, and the viewer (a rule's grounds depend on who asks). */
export interface Ahead {
  loaders: Loaders;
  viewer: Viewer;
}

/** Loads, for many rows of a type at once, what a field's rule will read (so the rule answers from memory). */
export type RuleNeeds = (ahead: Ahead, rows: ReadonlyArray<Record<string, unknown>>) => Promise<void>;

/**
 * Which rows of a type a viewer reaches:
 * - `RowLevel`: its own row filter (permissions/row-level/rows.ts), applied by the reader of visible objects
 *   (tables: by Query.tables and the mutation targets, permissions/visible/targets.ts);
 * - `{ rows: SqlFilter-producing fn }` for the access log, whose queries apply it (audit/);
 * - `{ through }`: no row filter of its own; reached only through a parent of that type that passed its filter;
 * - `"directory"`: not personal data, every partner reads it (organisations);
 * - `"root"`: Query and Mutation, where each field's rule decides and the reader applies row level inside.
 */
export type Rows =
  | RowLevel
  | { table: string; logFilter: (viewer: Viewer, alias: string, firstParam: number) => SqlFilter }
  | { through: string }
  | "directory"
  | "root";

/**
 * Access to one GraphQL type, in one place (as Hasura's per-role row filter + columns): which rows, the
 * rule of each field (the policy is the union of these, permissions/policy.ts), and what each rule needs
 * loaded, which the look-ahead (resolvers/look-ahead.ts) loads for a whole page before the rules run.
 */
export interface TypeAccess {
  type: string;
  rows: Rows;
  fields: Record<string, ShieldRule>;
  needs?: Record<string, RuleNeeds>;
}

/** Every field named inherits the parent's decision. Only for fields with no care data of their own. */
export function inheritAll(...fields: string[]): Record<string, ShieldRule> {
  return Object.fromEntries(fields.map((field) => [field, inheritParent]));
}

export { inheritParent as inherit };
