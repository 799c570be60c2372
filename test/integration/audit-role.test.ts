import { apiRoleName } from "../../src/db/roles";
import { createTestApi, PERSONAS, type TestApi } from "../support/api";
import { verify } from "../support/audit";
import { insertCase } from "../support/fixture";

const FORGED = "f".repeat(64);

describe("access log: append-only for the API, and one chain under concurrent requests", () => {
  let api: TestApi;
  let caseId: string;

  /** The error a statement sent through the API's own pool gets (null if it succeeds). */
  async function asApi(sql: string): Promise<string | null> {
    return api.appDs.query(sql).then(() => null, (error: Error) => error.message);
  }

  beforeAll(async () => {
    api = await createTestApi();
    caseId = (await insertCase(api.ds, api.world, { participants: ["police", "ggz"] })).id;
    await api.as(PERSONAS.ggz)(`query ($id: ID!) { case(id: $id) { health { content } } }`, { id: caseId });
  });
  afterAll(() => api.close());

  it("the server's pool runs as the restricted API role", async () => {
    expect(await api.appDs.query(`SELECT current_user AS role`)).toEqual([{ role: apiRoleName() }]);
  });

  it("the API role cannot update, delete or truncate log lines, not even with the purge switch on", async () => {
    expect(await asApi(`UPDATE audit_log SET reason = 'x'`)).toMatch(/permission denied for table audit_log/);
    expect(await asApi(`DELETE FROM audit_log`)).toMatch(/permission denied for table audit_log/);
    expect(await asApi(`TRUNCATE audit_log`)).toMatch(/permission denied for table audit_log/);
    const purge = await api.appDs.transaction(async (em) => {
      await em.query(`SELECT set_config('casusoverleg.audit_purge', 'on', true)`);
      return em.query(`DELETE FROM audit_log`).then(() => null, (error: Error) => error.message);
    });
    expect(purge).toMatch(/permission denied for table audit_log/);
    expect((await api.ds.query(`SELECT count(*)::int AS n FROM audit_log`))[0].n).toBe(2);
  });

  it("the API role cannot switch the log's protections off or forge a purge anchor", async () => {
    expect(await asApi(`ALTER TABLE audit_log DISABLE TRIGGER USER`)).toMatch(/must be owner/);
    expect(await asApi(`SET session_replication_role = replica`)).toMatch(/permission denied/);
    expect(await asApi(`INSERT INTO audit_anchor (through_id, through_hash, purged_rows, cutoff, purged_at, purged_by)
      VALUES (99, '${FORGED}', 1, now(), now(), 'x')`)).toMatch(/permission denied for table audit_anchor/);
  });

  it("even the owner is refused by the append-only trigger", async () => {
    const asOwner = (sql: string) => api.ds.query(sql).then(() => null, (error: Error) => error.message);
    expect(await asOwner(`UPDATE audit_log SET reason = 'x'`)).toMatch(/audit_log is append-only: UPDATE refused/);
    expect(await asOwner(`DELETE FROM audit_log`)).toMatch(/audit_log is append-only: DELETE refused/);
    expect(await asOwner(`TRUNCATE audit_log`)).toMatch(/audit_log is append-only: TRUNCATE refused/);
    expect(await asOwner(`TRUNCATE audit_anchor`)).toMatch(/audit_anchor is append-only: TRUNCATE refused/);
  });

  it("a line inserted with a forged number and hashes is numbered and chained by the database instead", async () => {
    await api.appDs.query(`INSERT INTO audit_log (id, occurred_at, request_id, user_id, issuer, organisation_id, roles, action, outcome, prev_hash, hash)
      VALUES (1, now(), gen_random_uuid(), 'u', 'i', $1, '{}', 'QUERY', 'DENIED', '${FORGED}', '${FORGED}')`, [api.world.org.police.id]);
    const [last] = await api.ds.query(`SELECT a.id::text AS id, a.prev_hash, a.hash FROM audit_log a ORDER BY a.id DESC LIMIT 1`);
    expect(last.id).toBe("3");
    expect([last.prev_hash, last.hash]).not.toContain(FORGED);
    expect(await verify(api.ds)).toMatchObject({ ok: true, lines: 3 });
  });

  it("lines are only chained under READ COMMITTED, where the chain's lock orders them", async () => {
    const error = await api.appDs.transaction("REPEATABLE READ", (em) =>
      em.query(`INSERT INTO audit_log (occurred_at, request_id, user_id, issuer, organisation_id, roles, action, outcome)
        VALUES (now(), gen_random_uuid(), 'u', 'i', $1, '{}', 'QUERY', 'DENIED')`, [api.world.org.police.id]),
    ).then(() => null, (e: Error) => e.message);
    expect(error).toMatch(/READ COMMITTED only/);
  });

  it("forty concurrent requests of different partners leave one unbroken chain", async () => {
    const before = (await verify(api.ds)).lines;
    const personas = [PERSONAS.police, PERSONAS.ggz, PERSONAS.processDirector, PERSONAS.outsiderPolice];
    const read = `query ($id: ID!) { case(id: $id) { health { content } } }`;
    const responses = await Promise.all(Array.from({ length: 40 }, (_, i) => api.as(personas[i % 4])(read, { id: caseId })));
    expect(responses.every((res) => res.status === 200)).toBe(true);
    // police: case + health; GGZ: case + health; process director: case + health; outsider: a denied case read.
    const report = await verify(api.ds);
    expect(report).toMatchObject({ ok: true, lines: before + 10 * (2 + 2 + 2 + 1) });
    const ids: Array<{ id: string }> = await api.ds.query(`SELECT a.id::text AS id FROM audit_log a ORDER BY a.id`);
    expect(ids.map((row) => Number(row.id))).toEqual(ids.map((_, i) => i + 1));
  });
});
