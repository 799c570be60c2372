import { CasePhase } from "../../src/domain/enums";
import { createTestApi, PERSONAS, type TestApi } from "../support/api";
import { insertCase } from "../support/fixture";

const LIST = `{ cases(first: 100) { totalCount edges { node { id } } } }`;

describe("row level: which cases each persona sees", () => {
  let api: TestApi;
  let policeCase: string;
  let ggzCase: string;
  let registered: string;
  let utrechtCase: string;
  let policeLeft: string;

  const idsOf = (res: any): string[] => res.data.cases.edges.map((e: any) => e.node.id).sort();

  beforeAll(async () => {
    api = await createTestApi();
    policeCase = (await insertCase(api.ds, api.world, { participants: ["police", "municipality"] })).id;
    ggzCase = (await insertCase(api.ds, api.world, { participants: ["ggz"] })).id;
    registered = (await insertCase(api.ds, api.world, { participants: ["wijkteam"], phase: CasePhase.REGISTERED })).id;
    utrechtCase = (await insertCase(api.ds, api.world, { participants: ["otherPolice"], table: api.world.otherTable })).id;
    policeLeft = (await insertCase(api.ds, api.world, { participants: ["ggz", "police"] })).id;
    await api.ds.query(`UPDATE participant SET left_at = now() WHERE case_id = $1 AND organisation_id = $2`, [policeLeft, api.world.org.police.id]);
  });
  afterAll(() => api.close());

  it("a chain partner sees only the cases its organisation actively takes part in", async () => {
    expect(idsOf(await api.as(PERSONAS.police)(LIST))).toEqual([policeCase]);
    expect(idsOf(await api.as(PERSONAS.ggz)(LIST))).toEqual([ggzCase, policeLeft].sort());
  });

  it("totalCount is the number of cases each persona sees, with and without a filter (permissions/row-level/case-visibility.ts counts two ways)", async () => {
    const personas = [PERSONAS.police, PERSONAS.ggz, PERSONAS.municipality, PERSONAS.outsiderPolice, PERSONAS.processDirector, PERSONAS.otherProcessDirector, PERSONAS.prosecutorTriage];
    for (const persona of personas) {
      const all = (await api.as(persona)(LIST)).data.cases;
      expect([persona.sub, all.totalCount]).toEqual([persona.sub, all.edges.length]);
      const filtered = (await api.as(persona)(`{ cases(first: 100, filter: { phases: [ACTIVE_DIRECTION] }) { totalCount edges { node { id } } } }`)).data.cases;
      expect([persona.sub, filtered.totalCount]).toEqual([persona.sub, filtered.edges.length]);
    }
    expect((await api.as(PERSONAS.police)(LIST)).data.cases.totalCount).toBe(1);
  });

  it("an organisation that left a case no longer sees it", async () => {
    const res = await api.as(PERSONAS.police)(`query ($id: ID!) { case(id: $id) { id } }`, { id: policeLeft });
    expect(res.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });

  it("the house's process director sees every case of the house's tables, not another house's", async () => {
    expect(idsOf(await api.as(PERSONAS.processDirector)(LIST))).toEqual([policeCase, ggzCase, registered, policeLeft].sort());
    expect(idsOf(await api.as(PERSONAS.otherProcessDirector)(LIST))).toEqual([utrechtCase]);
  });

  it("a triage member of an organisation at the table sees cases awaiting triage, and only those", async () => {
    expect(idsOf(await api.as(PERSONAS.prosecutorTriage)(LIST))).toEqual([registered]);
  });

  it("a privacy officer sees no case content", async () => {
    const res = await api.as(PERSONAS.privacyOfficer)(LIST);
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const one = await api.as(PERSONAS.privacyOfficer)(`query ($id: ID!) { case(id: $id) { id } }`, { id: policeCase });
    expect(one.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("a partner of another region gets NOT_FOUND for a case id it learned somehow", async () => {
    const res = await api.as(PERSONAS.outsiderPolice)(`query ($id: ID!) { case(id: $id) { id reference } }`, { id: policeCase });
    expect(res.data).toBeNull();
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["NOT_FOUND"]);
  });

  it("an anonymous request is refused with 401", async () => {
    const res = await api.request(LIST);
    expect(res.status).toBe(401);
    expect(res.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(res.data ?? null).toBeNull();
  });
});
