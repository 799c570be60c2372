import { CasePhase } from "../../src/domain/enums";
import { createTestApi, PERSONAS, type TestApi } from "../support/api";
import { ok, expectRefused } from "../support/steps";
import { insertCase, type OrgKey } from "../support/fixture";

describe("case director (casusregisseur): assigning and handing over", () => {
  let api: TestApi;
  const newCase = async (caseDirector?: OrgKey, phase = CasePhase.ACTIVE_DIRECTION) =>
    (await insertCase(api.ds, api.world, { participants: ["police", "ggz", "wijkteam"], phase, caseDirector })).id;
  const roles = (result: any) => Object.fromEntries(result.participants.map((p: any) => [p.organisation.code, p.role]));

  beforeAll(async () => {
    api = await createTestApi({ logErrors: false });
  });
  afterAll(() => api.close());

  it("process director assigns GGZ as case director of a case without one", async () => {
    const caseId = await newCase();
    const result = await ok(api, PERSONAS.processDirector, "assignCaseDirector", { caseId, organisationId: api.world.org.ggz.id, professionalName: "Gijs Bakker" });
    expect(result.caseDirector).toEqual({ professionalName: "Gijs Bakker", organisation: { code: "ggz-rijnmond" } });
    expect(roles(result)).toMatchObject({ "ggz-rijnmond": "CASE_DIRECTOR", "politie-rotterdam": "REGISTRANT", "wijkteam-zuid": "CHAIN_PARTNER" });
  });

  it("a second assignment is ILLEGAL_TRANSITION: replacing a director is a hand-over", async () => {
    const caseId = await newCase("police");
    await expectRefused(api, PERSONAS.processDirector, "assignCaseDirector", { caseId, organisationId: api.world.org.ggz.id, professionalName: "Gijs" },
      { code: "ILLEGAL_TRANSITION", reason: "CASE_DIRECTOR_ALREADY_ASSIGNED" });
  });

  it("only an active participant can be assigned (BAD_USER_INPUT), only in an open case, only by the process director", async () => {
    const caseId = await newCase();
    const res = await expectRefused(api, PERSONAS.processDirector, "assignCaseDirector",
      { caseId, organisationId: api.world.org.municipality.id, professionalName: "Eva" }, { code: "BAD_USER_INPUT" });
    expect(res.errors?.[0].extensions?.fields).toHaveProperty("organisationId");
    const closed = await newCase(undefined, CasePhase.CLOSED);
    await expectRefused(api, PERSONAS.processDirector, "assignCaseDirector", { caseId: closed, organisationId: api.world.org.ggz.id, professionalName: "Gijs" },
      { code: "ILLEGAL_TRANSITION", reason: "ASSIGN_CASE_DIRECTOR_NOT_ALLOWED_IN_CLOSED" });
    const input = { caseId, organisationId: api.world.org.ggz.id, professionalName: "Gijs" };
    await expectRefused(api, PERSONAS.ggzCaseDirector, "assignCaseDirector", input, { code: "FORBIDDEN" });
    await expectRefused(api, PERSONAS.otherProcessDirector, "assignCaseDirector", input, { code: "NOT_FOUND" });
  });

  it("police case director hands over to GGZ and stays on as chain partner; then the GGZ director is in charge", async () => {
    const caseId = await newCase("police");
    const result = await ok(api, PERSONAS.policeCaseDirector, "handOverCaseDirector", { caseId, toOrganisationId: api.world.org.ggz.id, professionalName: "Gijs Bakker" });
    expect(result.caseDirector).toEqual({ professionalName: "Gijs Bakker", organisation: { code: "ggz-rijnmond" } });
    expect(roles(result)).toMatchObject({ "ggz-rijnmond": "CASE_DIRECTOR", "politie-rotterdam": "CHAIN_PARTNER" });
    const back = { caseId, toOrganisationId: api.world.org.police.id, professionalName: "Cor" };
    await expectRefused(api, PERSONAS.policeCaseDirector, "handOverCaseDirector", back, { code: "FORBIDDEN" });
    await ok(api, PERSONAS.ggzCaseDirector, "handOverCaseDirector", back);
  });

  it("after handing over, the former director may leave the case", async () => {
    const caseId = await newCase("police");
    await ok(api, PERSONAS.policeCaseDirector, "handOverCaseDirector", { caseId, toOrganisationId: api.world.org.wijkteam.id, professionalName: "Hanna" });
    expect(await ok(api, PERSONAS.police, "leaveCase", { caseId, organisationId: api.world.org.police.id })).toMatchObject({ role: "CHAIN_PARTNER" });
  });

  it("process director may hand over for an absent director", async () => {
    const caseId = await newCase("police");
    const result = await ok(api, PERSONAS.processDirector, "handOverCaseDirector", { caseId, toOrganisationId: api.world.org.wijkteam.id, professionalName: "Hanna" });
    expect(result.caseDirector.organisation.code).toBe("wijkteam-zuid");
  });

  it("handing over to itself or to a non-participant is BAD_USER_INPUT; without a director it is ILLEGAL_TRANSITION", async () => {
    const caseId = await newCase("police");
    await expectRefused(api, PERSONAS.policeCaseDirector, "handOverCaseDirector", { caseId, toOrganisationId: api.world.org.police.id, professionalName: "Cor" }, { code: "BAD_USER_INPUT" });
    await expectRefused(api, PERSONAS.policeCaseDirector, "handOverCaseDirector", { caseId, toOrganisationId: api.world.org.municipality.id, professionalName: "Eva" }, { code: "BAD_USER_INPUT" });
    const without = await newCase();
    await expectRefused(api, PERSONAS.processDirector, "handOverCaseDirector", { caseId: without, toOrganisationId: api.world.org.ggz.id, professionalName: "Gijs" },
      { code: "ILLEGAL_TRANSITION", reason: "NO_CASE_DIRECTOR" });
  });

  it("a chain partner of the director's organisation without the case-director role cannot hand over (FORBIDDEN); outsiders get NOT_FOUND", async () => {
    const caseId = await newCase("police");
    const input = { caseId, toOrganisationId: api.world.org.ggz.id, professionalName: "Gijs" };
    await expectRefused(api, PERSONAS.police, "handOverCaseDirector", input, { code: "FORBIDDEN" });
    await expectRefused(api, PERSONAS.municipality, "handOverCaseDirector", input, { code: "NOT_FOUND" });
    await expectRefused(api, PERSONAS.otherProcessDirector, "handOverCaseDirector", input, { code: "NOT_FOUND" });
  });

  it("no hand-over in a closed case", async () => {
    const caseId = await newCase("police", CasePhase.CLOSED);
    await expectRefused(api, PERSONAS.policeCaseDirector, "handOverCaseDirector", { caseId, toOrganisationId: api.world.org.ggz.id, professionalName: "Gijs" },
      { code: "ILLEGAL_TRANSITION", reason: "HAND_OVER_CASE_DIRECTOR_NOT_ALLOWED_IN_CLOSED" });
  });
});
