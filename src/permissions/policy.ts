import type { ShieldRule } from "./define-rule";
import { ACCESS } from "./access";

export type PolicyTable = Record<string, Record<string, ShieldRule>>;

/**
 * THE policy: the only place access is decided, composed of the per-type access declarations in
 * permissions/access/ (each type's row filter, field rules and what the rules need loaded). Every field of
 * the schema has an entry (a test enforces it; anything missing is denied by the shield's fallback), and a
 * snapshot test shows every change of who-sees-what in review. Row level (which rows) is applied by the
 * reader of visible objects (permissions/visible/reader.ts) with each type's filter; the rules here decide
 * per field and per mutation.
 */
export const policy: PolicyTable = Object.fromEntries(ACCESS.map((access) => [access.type, access.fields]));
