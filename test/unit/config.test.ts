import { ConfigError, devIssuerEnabled, loadConfig } from "../../src/config";
import { databaseUrlProblem } from "../../src/config-values";

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("configuration from the environment (src/config.ts)", () => {
  it("starts from defaults when nothing is set, and treats an empty value as unset", () => {
    const settings = loadConfig({ PORT: "", DATABASE_URL: "" });
    expect(settings).toMatchObject({ NODE_ENV: "development", PORT: 4000, HOST: "127.0.0.1", EMBEDDED_PG_PORT: 15432, DATABASE_API_ROLE: "casusoverleg_api", AUDIT_RETENTION_YEARS: 5 });
    expect(settings.DATABASE_URL).toBeUndefined();
    expect(devIssuerEnabled(settings)).toBe(true);
  });

  it("reads good values as their types", () => {
    const settings = loadConfig({ PORT: "4100", EMBEDDED_PG_PORT: "21108", DATABASE_URL: "postgresql://app:secret@db.internal:6432/casus?sslmode=require", DATABASE_API_ROLE: "casus_api_2", AUDIT_RETENTION_YEARS: "7.5", NODE_ENV: "production" });
    expect(settings).toMatchObject({ PORT: 4100, EMBEDDED_PG_PORT: 21108, DATABASE_API_ROLE: "casus_api_2", AUDIT_RETENTION_YEARS: 7.5, NODE_ENV: "production" });
    expect(devIssuerEnabled(settings)).toBe(false);
    expect(devIssuerEnabled(loadConfig({ DATABASE_URL: "postgres://db/x", CASUSOVERLEG_DEV_ISSUER: "1" }))).toBe(true);
  });

  it("says that DATABASE_URL=notaurl is malformed, without repeating the URL (it may hold a password)", () => {
    expect(problemsOf({ DATABASE_URL: "notaurl" })).toEqual(["DATABASE_URL: is not a valid URL; expected postgres://user:password@host:5432/database"]);
    const [problem] = problemsOf({ DATABASE_URL: "mysql://root:hunter2@db/x" });
    expect(problem).toMatch(/^DATABASE_URL: must start with postgres:\/\/ or postgresql:\/\//);
    expect(problem).not.toContain("hunter2");
  });

  it.each([
    ["notaurl", /not a valid URL/],
    ["postgres://", /names no host/],
    ["http://db:5432/x", /must start with postgres/],
    ["postgres://db:99999/x", /not a valid URL/],
    ["postgres://db/x/y", /more than one path segment/],
  ])("refuses DATABASE_URL %s", (url, message) => {
    expect(databaseUrlProblem(url)).toMatch(message);
  });

  it.each(["postgres://u:p@127.0.0.1:5432/casusoverleg", "postgresql://db.internal/casus", "postgres:///casus?host=/var/run/postgresql"])("accepts DATABASE_URL %s", (url) => {
    expect(databaseUrlProblem(url)).toBeUndefined();
  });

  it.each([
    ["PORT", "abc", /^PORT: expected a port number 0–65535 \(got "abc"\)$/],
    ["PORT", " ", /^PORT: expected a port number/],
    ["PORT", "0x50", /^PORT: expected a port number/],
    ["PORT", "65536", /^PORT: expected a port number/],
    ["EMBEDDED_PG_PORT", "0", /^EMBEDDED_PG_PORT: expected a port number 1–65535/],
    ["NODE_ENV", "prod", /^NODE_ENV: expected development, production or test/],
    ["CASUSOVERLEG_DEV_ISSUER", "yes", /^CASUSOVERLEG_DEV_ISSUER: expected 1 \(on\) or 0 \(off\)/],
    ["AUDIT_RETENTION_YEARS", "0", /^AUDIT_RETENTION_YEARS: expected a positive number of years/],
    ["AUDIT_RETENTION_YEARS", "vijf", /^AUDIT_RETENTION_YEARS: expected a positive number of years/],
    ["DATABASE_API_ROLE", "api; DROP TABLE audit_log", /^DATABASE_API_ROLE: expected a PostgreSQL role name/],
    ["DATABASE_API_ROLE", "Casus", /^DATABASE_API_ROLE: expected a PostgreSQL role name/],
    ["DB_STATEMENT_TIMEOUT_MS", "15s", /^DB_STATEMENT_TIMEOUT_MS: expected a whole number of milliseconds/],
    ["DB_RECONNECT_BASE_MS", "-1", /^DB_RECONNECT_BASE_MS: expected a whole number of milliseconds/],
    ["SHUTDOWN_DRAIN_MS", "1e3", /^SHUTDOWN_DRAIN_MS: expected a whole number of milliseconds/],
    ["QUERY_MAX_DEPTH", "ten", /^QUERY_MAX_DEPTH: expected a whole number, at least 1/],
    ["RATE_LIMIT_PER_USER", "-5", /^RATE_LIMIT_PER_USER: expected a whole number, at least 0/],
    ["TRUSTED_DOCUMENTS_ONLY", "yes", /^TRUSTED_DOCUMENTS_ONLY: expected 1 \(on\) or 0 \(off\)/],
  ])("refuses %s=%j with one line naming the variable", (name, value, message) => {
    const problems = problemsOf({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it("reads the operations, limits and metrics sections with their defaults, and never echoes METRICS_TOKEN", () => {
    expect(loadConfig({})).toMatchObject({ DB_STATEMENT_TIMEOUT_MS: 15_000, DB_RECONNECT_MAX_MS: 5_000, SHUTDOWN_DRAIN_MS: 20_000, EMBEDDED_PG_RUNTIME_DIR: "/var/lib/casusoverleg", QUERY_MAX_DEPTH: 12, RATE_LIMIT_PER_USER: 1200, TRUSTED_DOCUMENTS_ONLY: false });
    expect(loadConfig({ DB_QUERY_TIMEOUT_MS: "0", RATE_LIMIT_PER_ORGANISATION: "0", TRUSTED_DOCUMENTS_ONLY: "true" })).toMatchObject({ DB_QUERY_TIMEOUT_MS: 0, RATE_LIMIT_PER_ORGANISATION: 0, TRUSTED_DOCUMENTS_ONLY: true });
    expect(problemsOf({ METRICS_TOKEN: "short-secret" })).toEqual(["METRICS_TOKEN: expected at least 16 characters (it guards /metrics)"]);
  });

  it("lists every problem at once, one line each, and ignores variables it does not know", () => {
    const problems = problemsOf({ PORT: "x", EMBEDDED_PG_PORT: "y", DATABASE_URL: "z", SOMETHING_ELSE: "whatever" });
    expect(problems.map((line) => line.split(":")[0])).toEqual(["PORT", "DATABASE_URL", "EMBEDDED_PG_PORT"]);
  });

  it("escapes control characters and cuts long values in the echo", () => {
    const [problem] = problemsOf({ PORT: `1\n2${"9".repeat(100)}` });
    expect(problem).not.toContain("\n");
    expect(problem).toContain('"1\\n2');
    expect(problem.length).toBeLessThan(140);
  });
});
