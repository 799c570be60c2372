import { OrganisationDirectory } from "../../src/identity/organisation-directory";
import { CASE_VISIBILITY } from "../../src/permissions/row-level/case-visibility";
import { MEETING_VISIBILITY } from "../../src/permissions/row-level/meeting-visibility";
import { auditVisibility } from "../../src/permissions/row-level/audit-visibility";
import { createContext, type Context } from "../../src/context";
import { OrganisationDomain, ViewerRole } from "../../src/domain/enums";
import { TokenVerifier } from "../../src/identity";
import { byDomain, byRole, conditionsIn, when, type RuleMatrix, type When } from "../../src/permissions/matrix/claims";
import { Condition } from "../../src/permissions/matrix/conditions";
import { AUDIT_VISIBILITY } from "../../src/permissions/matrix/row-level";
import { flatClaims, type FlatClaims } from "../../src/permissions/matrix/rule-claims";
import { createTestApi, PERSONAS, type Persona, type TestApi } from "../support/api";
import type { OrgKey } from "../support/fixture";
import { expectNone } from "../support/listing";
import { conditionName, distinctRules, MATRIX_PERSONAS, matrixSays, note, ruleAllows } from "../support/matrix-check";
import { buildSituation, factsFor, SCENARIOS } from "../support/matrix-scenarios";

/** Deliberately wrong claims, run through the same comparison: the check must catch them (the check itself). Mutations are checked as the policy runs them: chain(actsForPartner, rule). */
const LIARS: Array<[string, (flat: FlatClaims) => Pick<RuleMatrix, "domains" | "roles">]> = [
  ["canReadCare(HEALTH)", (flat) => ({ ...flat, domains: byDomain({}, "yes") })],
  ["chain(actsForPartner, isParticipantOfCase)", (flat) => ({ ...flat, roles: { ...flat.roles, CHAIN_PARTNER: when(Condition.DIRECTS_CASE) } })],
  ["chain(actsForPartner, isExecutorOfAction)", (flat) => ({ ...flat, roles: byRole({ PROCESS_DIRECTOR: when(Condition.HOUSE_OF_CASE), CHAIN_PARTNER: when(Condition.EXECUTES_ACTION) }) })],
];

describe("the permission matrix says what the rules do (every persona, every situation)", () => {
  let api: TestApi;
  const rules = distinctRules();
  const mismatches: string[] = [];
  const caughtLies = new Map<string, number>();
  const outcomes = new Map<string, Set<boolean>>();
  const conditionValues = new Map<string, Set<boolean>>();
  const usedConditions = rules.flatMap(({ rule }) => {
    const flat = flatClaims(rule);
    return [...Object.values(flat.domains), ...Object.values(flat.roles)].flatMap(conditionsIn);
  });

  function compare(what: string, says: boolean, does: boolean, who: string, scenario: string) {
    if (says !== does) mismatches.push(`${what} for ${who} when "${scenario}": the matrix says ${says ? "allowed" : "denied"}, the code ${does ? "allows" : "denies"}`);
  }

  async function checkSituation(who: string, persona: Persona, ctx: Context, scenario: string, knobs: (typeof SCENARIOS)[number][1]) {
    const situation = await buildSituation(api, persona.org, knobs);
    const fact = factsFor(persona.org, knobs);
    for (const c of usedConditions) note(conditionValues, conditionName(c), fact(c));
    const caseVisible = matrixSays(CASE_VISIBILITY.matrix, persona, fact);
    const meetingVisible = matrixSays(MEETING_VISIBILITY.matrix, persona, fact);
    compare("seeing the case (row level)", caseVisible, await ctx.loaders.caseVisible.load(situation.parent.id), who, scenario);
    compare("seeing the meeting (row level)", meetingVisible, await ctx.loaders.meetingVisible.load(situation.meetingId), who, scenario);
    for (const { name, rule, fields } of rules) {
      const flat = flatClaims(rule);
      const visible = flat.target === "case" ? caseVisible : flat.target === "table" && knobs.via === "meetingId" ? meetingVisible : true;
      const does = await ruleAllows(rule, situation.parent, situation.args, ctx, fields[0].split(".")[1]);
      note(outcomes, name, does);
      compare(`${name} (${fields.slice(0, 3).join(", ")}${fields.length > 3 ? ", …" : ""})`, visible && matrixSays(flat, persona, fact), does, who, scenario);
      for (const [liar, lie] of LIARS.filter(([liar]) => liar === name)) {
        if (visible && matrixSays(lie(flat), persona, fact) !== does) caughtLies.set(liar, (caughtLies.get(liar) ?? 0) + 1);
      }
    }
  }

  beforeAll(async () => {
    api = await createTestApi();
    const verifier = new TokenVerifier(Object.values(api.idps).map((idp) => idp.entry));
    for (const [who, persona] of MATRIX_PERSONAS) {
      for (const [scenario, knobs] of SCENARIOS) {
        // A fresh request context per situation, signed in with a real token, as the server builds it.
        const ctx = await createContext({ ds: api.appDs, verifier, organisations: new OrganisationDirectory(api.appDs) }, `Bearer ${await api.tokenFor(persona)}`, "matrix-check");
        await checkSituation(who, persona, ctx, scenario, knobs);
      }
    }
  }, 300_000);
  afterAll(() => api.close());

  it("agrees with every rule of the policy and both row-level rules", () => {
    expectNone(mismatches, "The permission matrix (docs/permissions.md) claims something the code does not do. Fix the rule's matrix in defineRule, or the rule:");
  });

  it("would notice a wrong claim (the check itself)", () => {
    expect(LIARS.map(([name]) => [name, (caughtLies.get(name) ?? 0) > 0])).toEqual(LIARS.map(([name]) => [name, true]));
  });

  it("saw every rule both allow and deny (except rules that allow everyone)", () => {
    const oneWay = [...outcomes].filter(([name, seen]) => seen.size < 2 && name !== "isSignedIn" && name !== "inherit").map(([name, seen]) => `${name}: only ${[...seen]}`);
    expectNone(oneWay, "These rules were never exercised both ways; add a situation to test/support/matrix-scenarios.ts:");
    expect(outcomes.get("isSignedIn")).toEqual(new Set([true]));
  });

  it("made every condition of the matrix both true and false", () => {
    const oneSided = [...conditionValues].filter(([, seen]) => seen.size < 2).map(([name]) => name);
    expectNone(oneSided, "These conditions held the same way in every situation; add a situation to test/support/matrix-scenarios.ts:");
    expect(conditionValues.size).toBeGreaterThan(10);
  });
});

describe("the access-log row rule says what its SQL does", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  it.each([
    ["privacy officer of the house", PERSONAS.privacyOfficer],
    ["privacy officer of a care partner", { org: "ggz", roles: [ViewerRole.PRIVACY_OFFICER], sub: "fg-ggz" } as Persona],
    ["chain partner of the police", PERSONAS.police],
  ])("%s: a line is visible exactly when the matrix says so", async (_who, persona) => {
    const verifier = new TokenVerifier(Object.values(api.idps).map((idp) => idp.entry));
    const { viewer } = await createContext({ ds: api.appDs, verifier, organisations: new OrganisationDirectory(api.appDs) }, `Bearer ${await api.tokenFor(persona)}`, "matrix-check");
    const filter = auditVisibility(viewer, "a", 1);
    const orgs: OrgKey[] = ["house", "otherHouse", "ggz", "police"];
    const seen: Array<[string, string, boolean, boolean]> = [];
    for (const houseOfLine of orgs) {
      for (const userOrg of orgs) {
        const [houseId, orgId] = [api.world.org[houseOfLine].id, api.world.org[userOrg].id];
        // The rule's own SQL over a line with only the columns it reads: no log rows needed.
        const rows = await api.appDs.query(`SELECT 1 FROM (VALUES ($2::uuid, $3::uuid)) AS a(house_id, organisation_id) WHERE ${filter.sql}`, [...filter.params, houseId, orgId]);
        const fact = (c: When) => (c.when === Condition.LOG_LINE_ABOUT_HOUSE_CASE ? houseId : orgId) === viewer.organisationId;
        seen.push([houseOfLine, userOrg, rows.length === 1, matrixSays(AUDIT_VISIBILITY.matrix, persona, fact)]);
      }
    }
    expect(seen.filter(([, , sql, matrix]) => sql !== matrix)).toEqual([]);
    expect(new Set(seen.map(([, , sql]) => sql))).toEqual(new Set([true, false]));
  });
});

it("the domains of the matrix personas cover every organisation domain", () => {
  const domains = new Set(MATRIX_PERSONAS.map(([who]) => who.split(" ")[0]));
  expect(Object.values(OrganisationDomain).every((d) => domains.has(d))).toBe(true);
});
