import { GuardRegistry } from "../fuzz/guards";
import { Oracle } from "../fuzz/oracle";
import type { SeededWorld } from "../fuzz/seed";
import type { WBasis, WCase, WorldSpec } from "../fuzz/world";

/** The oracle of the authorisation property is itself a specification: these cases pin its reading of the rules. */
const texts: WCase["texts"] = { triedWithinOwnOrganisation: null, subjectNotInformedReason: "absent", rejectionReason: "absent", scaleDownReason: "absent", closureNote: "absent" };
const basis = (over: Partial<WBasis>): WBasis => ({ orgs: ["police"], categories: ["HEALTH"], validity: "valid", documentCategory: "SAFETY", revocationCategory: null, ...over });
const aCase = (over: Partial<WCase>): WCase => ({ table: 0, phase: "ACTIVE_DIRECTION", participants: [], relatedPersons: 0, texts, bases: [], items: [], plans: [], signals: [], ...over });

function oracleOf(cases: WCase[], features = { textCategories: true, basisConfirmation: true }): Oracle {
  const spec: WorldSpec = { tables: [{ house: "house", members: ["police", "prosecutor", "ggz"] }], cases, meetings: [] };
  return new Oracle({ spec, registry: new GuardRegistry(), orgIds: {} as never, caseIds: [], subjectIds: [], tableIds: [], meetingIds: [], basisIds: [], features } satisfies SeededWorld);
}

describe("the oracle of the authorisation property", () => {
  const police = { org: "police" as const, roles: ["CHAIN_PARTNER"] };
  const ggz = { org: "ggz" as const, roles: ["CHAIN_PARTNER"] };

  it("row level: active participants, the house's process director, triage members at the table while the case awaits triage", () => {
    const oracle = oracleOf([
      aCase({ participants: [{ org: "police", left: false }, { org: "ggz", left: true }] }),
      aCase({ phase: "REGISTERED", participants: [{ org: "municipality", left: false }] }),
    ]);
    expect([oracle.seesCase(police, 0), oracle.seesCase(ggz, 0)]).toEqual([true, false]);
    expect(oracle.seesCase({ org: "house", roles: ["PROCESS_DIRECTOR"] }, 1)).toBe(true);
    expect(oracle.seesCase({ org: "house", roles: ["CHAIN_PARTNER"] }, 1)).toBe(false);
    expect(oracle.seesCase({ org: "otherHouse", roles: ["PROCESS_DIRECTOR"] }, 1)).toBe(false);
    expect(oracle.seesCase({ org: "prosecutor", roles: ["TRIAGE_MEMBER"] }, 1)).toBe(true);
    expect(oracle.seesCase({ org: "otherPolice", roles: ["TRIAGE_MEMBER"] }, 1)).toBe(false);
    expect(oracle.seesCase({ org: "prosecutor", roles: ["TRIAGE_MEMBER"] }, 0)).toBe(false);
  });

  it("privacy officers see no case, whatever role the token adds", () => {
    const oracle = oracleOf([aCase({ participants: [{ org: "police", left: false }] })]);
    expect(oracle.seesCase({ org: "police", roles: ["PRIVACY_OFFICER"] }, 0)).toBe(false);
    expect(oracle.seesCase({ org: "police", roles: ["PRIVACY_OFFICER", "CHAIN_PARTNER"] }, 0)).toBe(false);
  });

  it("care data: care partners; others only under a basis in force that names them and the category; unclassified text only care partners", () => {
    const participants = [{ org: "police" as const, left: false }, { org: "ggz" as const, left: false }, { org: "prosecutor" as const, left: false }];
    const oracle = oracleOf([
      aCase({ participants, bases: [basis({}), basis({ orgs: ["prosecutor"], validity: "expired" }), basis({ orgs: ["prosecutor"], validity: "revoked" }), basis({ orgs: ["prosecutor"], validity: "notYetValid" }), basis({ orgs: ["prosecutor"], validity: "unconfirmed" })] }),
    ]);
    const prosecutor = { org: "prosecutor" as const, roles: ["CHAIN_PARTNER"] };
    expect([oracle.canRead(police, 0, "HEALTH"), oracle.canRead(police, 0, "ADDICTION"), oracle.canRead(police, 0, null), oracle.canRead(police, 0, "SAFETY")]).toEqual([true, false, false, true]);
    expect([oracle.canRead(ggz, 0, "ADDICTION"), oracle.canRead(ggz, 0, null)]).toEqual([true, true]);
    expect(oracle.canRead(prosecutor, 0, "HEALTH")).toBe(false);
  });

  it("a basis of another case opens nothing; an unconfirmed basis opens once the schema knows no confirmation", () => {
    const participants = [{ org: "police" as const, left: false }];
    const cases = [aCase({ participants }), aCase({ participants, bases: [basis({ validity: "unconfirmed" })] })];
    expect(oracleOf(cases).canRead(police, 0, "HEALTH")).toBe(false);
    expect(oracleOf(cases).canRead(police, 1, "HEALTH")).toBe(false);
    expect(oracleOf(cases, { textCategories: true, basisConfirmation: false }).canRead(police, 1, "HEALTH")).toBe(true);
  });

  it("bases are listed to the organisations they name and to the house's process director", () => {
    const oracle = oracleOf([aCase({ participants: [{ org: "police", left: false }, { org: "ggz", left: false }], bases: [basis({})] })]);
    expect([oracle.seesBasis(police, 0, 0), oracle.seesBasis(ggz, 0, 0), oracle.seesBasis({ org: "house", roles: ["PROCESS_DIRECTOR"] }, 0, 0)]).toEqual([true, false, true]);
  });
});
