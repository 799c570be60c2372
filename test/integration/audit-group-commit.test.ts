import { apiRoleName } from "../../src/db/roles";
import { createTestApi, PERSONAS, type GraphQLResponse, type TestApi } from "../support/api";
import { auditLines, verify } from "../support/audit";
import { insertCase } from "../support/fixture";

const READ_HEALTH = `query ($id: ID!) { case(id: $id) { id health { content } } }`;
const REQUESTS = 20;

describe("access log: requests finishing together share one INSERT (group commit), each still logged before its answer", () => {
  let api: TestApi;
  let statements: string[] = [];
  const caseIds: string[] = [];
  const inserts = () => statements.filter((sql) => sql.trim().startsWith("INSERT INTO audit_log")).length;
  const readAll = (): Promise<GraphQLResponse[]> => Promise.all(caseIds.map((id) => api.as(PERSONAS.ggz)(READ_HEALTH, { id })));

  beforeAll(async () => {
    api = await createTestApi({ logErrors: false, onStatement: (sql) => statements.push(sql) });
    for (let i = 0; i < REQUESTS; i += 1) caseIds.push((await insertCase(api.ds, api.world, { participants: ["police", "ggz"] })).id);
  });
  afterAll(() => api.close());

  describe("while the API's role may not insert log lines", () => {
    beforeAll(() => api.ds.query(`REVOKE INSERT ON audit_log FROM ${apiRoleName()}`));
    afterAll(() => api.ds.query(`GRANT INSERT ON audit_log TO ${apiRoleName()}`));

    it("care partner's concurrent reads all get a bare INTERNAL_SERVER_ERROR, and nothing is logged", async () => {
      const responses = await readAll();
      expect(responses.map((res) => [res.status, res.data, res.errors?.[0].extensions?.code])).toEqual(
        caseIds.map(() => [500, undefined, "INTERNAL_SERVER_ERROR"]),
      );
      expect(await auditLines(api.ds)).toEqual([]);
    });
  });

  describe("care partner reads 20 cases at once", () => {
    let responses: GraphQLResponse[];

    beforeAll(async () => {
      statements = [];
      responses = await readAll();
    });

    it("every read is served", () => {
      expect(responses.map((res) => [res.status, res.data?.case?.id])).toEqual(caseIds.map((id) => [200, id]));
    });

    it("fewer INSERTs than requests: requests that finished together shared one", () => {
      expect(inserts()).toBeGreaterThanOrEqual(1);
      expect(inserts()).toBeLessThan(REQUESTS);
    });

    it("each request's lines are all there, one after another in the chain, for its own case", async () => {
      const lines = await auditLines(api.ds);
      const requestIds = [...new Set(lines.map((line) => line.requestId))];
      expect(requestIds).toHaveLength(REQUESTS);
      const read = requestIds.map((requestId) => {
        const own = lines.filter((line) => line.requestId === requestId);
        const ids = own.map((line) => BigInt(line.id));
        expect(ids.every((id, i) => i === 0 || id === ids[i - 1] + 1n)).toBe(true);
        expect(own.map((line) => [line.action, line.outcome, line.reason, line.caseId])).toEqual([
          ["READ_CASE", "ALLOWED", null, own[0].caseId],
          ["READ_CARE_DATA", "ALLOWED", "CARE_PARTNER", own[0].caseId],
        ]);
        return own[0].caseId;
      });
      expect([...read].sort()).toEqual([...caseIds].sort());
    });

    it("the chain over the shared INSERTs verifies", async () => {
      expect(await verify(api.ds)).toMatchObject({ ok: true, lines: 2 * REQUESTS, broken: null });
    });
  });

  it("a single read when the server is idle goes out at once in its own INSERT", async () => {
    statements = [];
    const res = await api.as(PERSONAS.ggz)(READ_HEALTH, { id: caseIds[0] });
    expect([res.status, inserts()]).toEqual([200, 1]);
    expect(await verify(api.ds)).toMatchObject({ ok: true, lines: 2 * REQUESTS + 2 });
  });
});
