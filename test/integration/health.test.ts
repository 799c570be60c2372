import { apiRoleName } from "../../src/db/roles";
import { createTestApi, type TestApi } from "../support/api";

/** Probes without a token or personal data; ready only when the API's role can append to the access log. */
describe("health probes", () => {
  let api: TestApi;
  const get = (path: string) => fetch(api.url.replace("/graphql", path));

  beforeAll(async () => {
    api = await createTestApi({ logErrors: false });
  });
  afterAll(() => api.close());

  it("live and ready answer ok, not cached, with nothing but the checks", async () => {
    for (const path of ["/health/live", "/health/ready", "/health"]) {
      const res = await get(path);
      expect([path, res.status, res.headers.get("cache-control")]).toEqual([path, 200, "no-store"]);
    }
    expect(await (await get("/health/ready")).json()).toEqual({ status: "ok", checks: { database: true, accessLogWritable: true } });
  });

  describe("while the API's role may not append to the access log", () => {
    beforeAll(() => api.ds.query(`REVOKE INSERT ON audit_log FROM ${apiRoleName()}`));
    afterAll(() => api.ds.query(`GRANT INSERT ON audit_log TO ${apiRoleName()}`));

    it("ready (and /health) answer 503: the database answers but the log is not writable; live stays ok", async () => {
      const ready = await get("/health/ready");
      expect([ready.status, await ready.json()]).toEqual([503, { status: "unavailable", checks: { database: true, accessLogWritable: false } }]);
      expect((await get("/health")).status).toBe(503);
      expect((await get("/health/live")).status).toBe(200);
    });
  });
});
