import { apiRoleName } from "../../src/db/roles";
import { createTestApi, type TestApi } from "../support/api";

/**
 * The tables the limits added hold the API role to what a request needs (db/roles.ts): trusted documents
 * are read, never written (registering one is the owner's job, so no request can register a document);
 * the rate-limit counts are read and written. The test database gets its privileges as the server grants
 * them after migrating, for whatever DATABASE_API_ROLE names.
 */
describe("the API role's privileges on the limits' tables", () => {
  let api: TestApi;
  const asApi = (sql: string, params: unknown[] = []) => api.appDs.query(sql, params).then(() => null, (error: Error) => error.message);

  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  it("reads trusted documents but may not insert, change or delete one", async () => {
    const org = api.world.org.police.id;
    await api.ds.query(`INSERT INTO trusted_document (organisation_id, app, hash, document) VALUES ($1, 'web', $2, '{ me { userId } }')`, [org, "a".repeat(64)]);
    expect(await api.appDs.query(`SELECT app FROM trusted_document WHERE organisation_id = $1`, [org])).toEqual([{ app: "web" }]);
    expect(await asApi(`INSERT INTO trusted_document (organisation_id, app, hash, document) VALUES ($1, 'web', $2, '{ __typename }')`, [org, "b".repeat(64)])).toMatch(/permission denied for table trusted_document/);
    expect(await asApi(`UPDATE trusted_document SET document = '{ __typename }'`)).toMatch(/permission denied for table trusted_document/);
    expect(await asApi(`DELETE FROM trusted_document`)).toMatch(/permission denied for table trusted_document/);
    expect(await asApi(`TRUNCATE trusted_document`)).toMatch(/permission denied for table trusted_document/);
  });

  it("reads and writes the rate-limit counts, and may not truncate them", async () => {
    expect(await asApi(`INSERT INTO rate_limit (key, points, expire) VALUES ('user:probe', 1, 0)`)).toBeNull();
    expect(await asApi(`UPDATE rate_limit SET points = points + 1 WHERE key = 'user:probe'`)).toBeNull();
    expect(await api.appDs.query(`SELECT points FROM rate_limit WHERE key = 'user:probe'`)).toEqual([{ points: 2 }]);
    expect(await asApi(`DELETE FROM rate_limit WHERE expire < 1`)).toBeNull();
    expect(await asApi(`TRUNCATE rate_limit`)).toMatch(/permission denied for table rate_limit/);
  });

  it("is what has_table_privilege reports for the configured role", async () => {
    const [rights] = await api.ds.query(
      `SELECT has_table_privilege($1, 'trusted_document', 'SELECT') AS reads_documents, has_table_privilege($1, 'trusted_document', 'INSERT') AS writes_documents,
              has_table_privilege($1, 'rate_limit', 'UPDATE') AS writes_counts`,
      [apiRoleName()],
    );
    expect(rights).toEqual({ reads_documents: true, writes_documents: false, writes_counts: true });
  });
});
