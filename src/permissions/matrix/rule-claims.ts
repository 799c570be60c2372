import { allow, deny } from "graphql-shield";
import { OrganisationDomain, ViewerRole } from "../../domain/enums";
import { ruleDoc, type ShieldRule } from "../define-rule";
import { combinatorOf, isLogicRule, ruleExpression } from "../describe-policy";
import { allOf, anyOf, type Claim, type RuleMatrix, type RuleTarget } from "./claims";

/** A rule (or combination) as the matrix shows it: one claim per domain and per role. */
export interface FlatClaims {
  domains: Record<OrganisationDomain, Claim>;
  roles: Record<ViewerRole, Claim>;
  target: RuleTarget;
  inherits: boolean;
  /** Rules in it that have no matrix description: the matrix cannot say what they do. */
  undescribed: string[];
}

const DOMAINS = Object.values(OrganisationDomain);
const ROLES = Object.values(ViewerRole);
const TARGET_ORDER: RuleTarget[] = ["none", "parent", "table", "case"];

function everywhere(claim: Claim, undescribed: string[] = []): FlatClaims {
  const domains = Object.fromEntries(DOMAINS.map((d) => [d, claim])) as FlatClaims["domains"];
  const roles = Object.fromEntries(ROLES.map((r) => [r, claim])) as FlatClaims["roles"];
  return { domains, roles, target: "none", inherits: false, undescribed };
}

function fromMatrix(matrix: RuleMatrix): FlatClaims {
  const flat = everywhere("any");
  return {
    domains: matrix.domains ?? flat.domains,
    roles: matrix.roles ?? flat.roles,
    target: matrix.target ?? "none",
    inherits: matrix.inherits ?? false,
    undescribed: [],
  };
}

/** Depends on one dimension only: then `or` of such rules is exact per column. */
function dimensionsUsed(flat: FlatClaims): Array<"domains" | "roles"> {
  const used = (claims: Claim[]) => claims.some((c) => c !== "any");
  return [...(used(Object.values(flat.domains)) ? ["domains" as const] : []), ...(used(Object.values(flat.roles)) ? ["roles" as const] : [])];
}

function combine(parts: FlatClaims[], join: (...claims: Claim[]) => Claim): FlatClaims {
  const pick = <K extends string>(keys: K[], of: (flat: FlatClaims) => Record<K, Claim>) =>
    Object.fromEntries(keys.map((key) => [key, join(...parts.map((part) => of(part)[key]))])) as Record<K, Claim>;
  return {
    domains: pick(DOMAINS, (p) => p.domains),
    roles: pick(ROLES, (p) => p.roles),
    target: TARGET_ORDER[Math.max(...parts.map((p) => TARGET_ORDER.indexOf(p.target)))],
    inherits: parts.every((p) => p.inherits),
    undescribed: parts.flatMap((p) => p.undescribed),
  };
}

/**
 * The claims of a rule per column. A combination is combined column by column: exact for `and`/`chain`
 * (domain and role claims multiply out), and for `or`/`race` only when every part looks at the same single
 * dimension; anything else is reported as undescribed rather than guessed.
 */
export function flatClaims(rule: ShieldRule): FlatClaims {
  if (rule === allow) return everywhere("yes");
  if (rule === deny) return everywhere("no");
  const doc = ruleDoc(rule);
  if (doc) return doc.matrix ? fromMatrix(doc.matrix) : everywhere("no", [doc.name]);
  if (!isLogicRule(rule)) return everywhere("no", [ruleExpression(rule)]);
  const parts = rule.getRules().map(flatClaims);
  const combinator = combinatorOf(rule);
  if (combinator === "and" || combinator === "chain") return combine(parts, allOf);
  const dimensions = new Set(parts.flatMap(dimensionsUsed));
  if ((combinator === "or" || combinator === "race") && dimensions.size <= 1) return combine(parts, anyOf);
  return everywhere("no", [ruleExpression(rule)]);
}
