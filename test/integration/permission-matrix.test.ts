import type { GraphQLResolveInfo } from "graphql";
import { CASE_VISIBILITY } from "../../src/access/case-visibility";
import { MEETING_VISIBILITY } from "../../src/access/meeting-visibility";
import { auditVisibility } from "../../src/access/audit-visibility";
import { createContext, type Context } from "../../src/context";
import { OrganisationDomain, ViewerRole } from "../../src/domain/enums";
import { TokenVerifier } from "../../src/identity";
import type { ShieldRule } from "../../src/permissions/define-rule";
import { ruleExpression } from "../../src/permissions/describe-policy";
import { conditionsIn, holds, type Claim, type RuleMatrix, type When } from "../../src/permissions/matrix/claims";
import { Condition } from "../../src/permissions/matrix/conditions";
import { AUDIT_VISIBILITY } from "../../src/permissions/matrix/row-level";
import { flatClaims } from "../../src/permissions/matrix/rule-claims";
import { policy } from "../../src/permissions/policy";
import { shieldOptions } from "../../src/permissions/shield";
import { createTestApi, PERSONAS, type Persona, type TestApi } from "../support/api";
import { ORGS, type OrgKey } from "../support/fixture";
import { expectNone } from "../support/listing";
import { buildSituation, factsFor, SCENARIOS } from "../support/matrix-scenarios";

/** One organisation per domain, all sitting at (or running) the Rijnmond table. */
const ORG_OF_DOMAIN: Record<OrganisationDomain, OrgKey> = { SAFETY: "police", CARE: "ggz", COORDINATION: "house" };

/** Every domain × every single role, and the multi-role users the tests know (the matrix claims they get the union). */
const MATRIX_PERSONAS: Array<[string, Persona]> = [
  ...Object.values(OrganisationDomain).flatMap((domain) =>
    Object.values(ViewerRole).map((role): [string, Persona] => [`${domain} ${role}`, { org: ORG_OF_DOMAIN[domain], roles: [role], sub: `${domain}-${role}`.toLowerCase() }]),
  ),
  ["policeCaseDirector (CASE_DIRECTOR + CHAIN_PARTNER)", PERSONAS.policeCaseDirector],
  ["ggzCaseDirector (CASE_DIRECTOR + CHAIN_PARTNER)", PERSONAS.ggzCaseDirector],
  ["house PROCESS_DIRECTOR + PRIVACY_OFFICER", { org: "house", roles: [ViewerRole.PROCESS_DIRECTOR, ViewerRole.PRIVACY_OFFICER], sub: "pd-fg" }],
];

/** What the matrix says for this persona: its domain's cell AND one of its roles' cells. */
function matrixSays(claims: Pick<RuleMatrix, "domains" | "roles">, persona: Persona, fact: (c: When) => boolean): boolean {
  const domain = ORGS[persona.org].domain;
  const cell = (claim: Claim | undefined) => holds(claim ?? "any", fact);
  return cell(claims.domains?.[domain]) && persona.roles.some((role) => cell(claims.roles?.[role]));
}

/** The distinct rules of the policy (by expression), with the fields that use each. */
function distinctRules(): Array<{ name: string; rule: ShieldRule; fields: string[] }> {
  const byName = new Map<string, { name: string; rule: ShieldRule; fields: string[] }>();
  for (const [type, fields] of Object.entries(policy)) {
    for (const [field, rule] of Object.entries(fields)) {
      const name = ruleExpression(rule);
      const entry = byName.get(name) ?? { name, rule, fields: [] };
      entry.fields.push(`${type}.${field}`);
      byName.set(name, entry);
    }
  }
  return [...byName.values()];
}

/** Unexpected exceptions must fail the test, not pass as a denial: debug makes graphql-shield rethrow them. */
const RULE_OPTIONS = { ...shieldOptions, debug: true } as never;

async function allows(rule: ShieldRule, parent: unknown, args: unknown, ctx: Context, fieldName: string): Promise<boolean> {
  const resolvable = rule as unknown as { resolve(...a: unknown[]): Promise<unknown> };
  return (await resolvable.resolve(parent, args, ctx, { fieldName } as GraphQLResolveInfo, RULE_OPTIONS)) === true;
}

describe("the permission matrix says what the rules do (every persona, every situation)", () => {
  let api: TestApi;
  let signIn: (persona: Persona) => Promise<Context>;
  const rules = distinctRules();
  const mismatches: string[] = [];
  const outcomes = new Map<string, Set<boolean>>();
  const conditionValues = new Map<string, Set<boolean>>();

  function compare(what: string, says: boolean, does: boolean, who: string, scenario: string) {
    if (says !== does) mismatches.push(`${what} for ${who} when "${scenario}": the matrix says ${says ? "allowed" : "denied"}, the code ${does ? "allows" : "denies"}`);
  }

  beforeAll(async () => {
    api = await createTestApi();
    const verifier = new TokenVerifier(Object.values(api.idps).map((idp) => idp.entry));
    signIn = async (persona) => createContext({ ds: api.appDs, verifier }, `Bearer ${await api.tokenFor(persona)}`);
    const usedConditions = rules.flatMap(({ rule }) => {
      const flat = flatClaims(rule);
      return [...Object.values(flat.domains), ...Object.values(flat.roles)].flatMap(conditionsIn);
    });
    for (const [who, persona] of MATRIX_PERSONAS) {
      for (const [scenario, knobs] of SCENARIOS) {
        const situation = await buildSituation(api, persona.org, knobs);
        const fact = factsFor(persona.org, knobs);
        for (const c of usedConditions) conditionValues.set(`${c.when}${c.category ? `(${c.category})` : ""}`, (conditionValues.get(`${c.when}${c.category ? `(${c.category})` : ""}`) ?? new Set()).add(fact(c)));
        const ctx = await signIn(persona);
        const caseVisible = matrixSays(CASE_VISIBILITY.matrix, persona, fact);
        const meetingVisible = matrixSays(MEETING_VISIBILITY.matrix, persona, fact);
        compare("seeing the case (row level)", caseVisible, await ctx.loaders.caseVisible.load(situation.parent.id), who, scenario);
        compare("seeing the meeting (row level)", meetingVisible, await ctx.loaders.meetingVisible.load(situation.meetingId), who, scenario);
        await Promise.all(
          rules.map(async ({ name, rule, fields }) => {
            const flat = flatClaims(rule);
            const visible = flat.target === "case" ? caseVisible : flat.target === "table" && knobs.via === "meetingId" ? meetingVisible : true;
            const says = visible && matrixSays(flat, persona, fact);
            const does = await allows(rule, situation.parent, situation.args, ctx, fields[0].split(".")[1]);
            outcomes.set(name, (outcomes.get(name) ?? new Set()).add(does));
            compare(`${name} (${fields.slice(0, 3).join(", ")}${fields.length > 3 ? ", …" : ""})`, says, does, who, scenario);
          }),
        );
      }
    }
  }, 300_000);
  afterAll(() => api.close());

  it("agrees with every rule of the policy and both row-level rules", () => {
    expectNone(mismatches, "The permission matrix (docs/permissions.md) claims something the code does not do. Fix the rule's matrix in defineRule, or the rule:");
  });

  it("saw every rule both allow and deny (except rules that allow everyone)", () => {
    const constant = [...outcomes].filter(([name, seen]) => seen.size < 2 && !(name === "isSignedIn" || name === "inherit")).map(([name, seen]) => `${name}: only ${[...seen]}`);
    expectNone(constant, "These rules were never exercised both ways; add a situation to test/support/matrix-scenarios.ts:");
    expect(outcomes.get("isSignedIn")).toEqual(new Set([true]));
  });

  it("made every condition of the matrix both true and false", () => {
    const oneSided = [...conditionValues].filter(([, seen]) => seen.size < 2).map(([name]) => name);
    expectNone(oneSided, "These conditions held the same way in every situation; add a situation to test/support/matrix-scenarios.ts:");
  });
});

describe("the access-log row rule says what the SQL does", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  it.each([
    ["privacy officer of the house", PERSONAS.privacyOfficer],
    ["privacy officer of a care partner", { org: "ggz", roles: [ViewerRole.PRIVACY_OFFICER], sub: "fg-ggz" } as Persona],
    ["chain partner of the police", PERSONAS.police],
  ])("%s sees exactly the lines the matrix names", async (_who, persona) => {
    const verifier = new TokenVerifier(Object.values(api.idps).map((idp) => idp.entry));
    const { viewer } = await createContext({ ds: api.appDs, verifier }, `Bearer ${await api.tokenFor(persona)}`);
    const filter = auditVisibility(viewer, "a", 1);
    const orgs: OrgKey[] = ["house", "otherHouse", "ggz", "police"];
    for (const houseOfLine of orgs) {
      for (const userOrg of orgs) {
        const [houseId, orgId] = [api.world.org[houseOfLine].id, api.world.org[userOrg].id];
        const rows = await api.appDs.query(
          `SELECT 1 FROM (VALUES ($2::uuid, $3::uuid)) AS a(house_id, organisation_id) WHERE ${filter.sql}`,
          [...filter.params, houseId, orgId],
        );
        const fact = (c: When) => (c.when === Condition.LOG_LINE_ABOUT_HOUSE_CASE ? houseId : orgId) === viewer.organisationId;
        expect([houseOfLine, userOrg, rows.length === 1]).toEqual([houseOfLine, userOrg, matrixSays(AUDIT_VISIBILITY.matrix, persona, fact)]);
      }
    }
  });
});
