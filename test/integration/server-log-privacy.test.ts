import { freshDatabase } from "../support/demo";
import { DEMO_CASES, DEMO_ORGANISATIONS, seedDemo } from "../../src/demo/seed";
import { logger } from "../../src/logging/logger";
import { startServer, type RunningServer } from "../../src/server";
import { TestIdentityProvider } from "../support/identity-providers";
import type { DataSource } from "typeorm";

/** Every personal text of the demo data set: subjects' and professionals' names, care and plan texts (src/demo). */
function demoPersonalTexts(): string[] {
  const keys = new Set(["fullName", "name", "content", "description", "feedback", "tried", "reason", "document"]);
  const found = new Set<string>();
  const walk = (value: unknown, key: string): void => {
    if (typeof value === "string" && keys.has(key) && value.length >= 8) found.add(value);
    else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
    else if (value && typeof value === "object") Object.entries(value).forEach(([k, v]) => walk(v, k));
  };
  walk(DEMO_CASES, "");
  return [...found];
}

/** Captures everything this process writes (stdout, stderr, console) while the server runs. */
function captureOutput(): { text(): string; restore(): void } {
  const chunks: string[] = [];
  const spies = [
    jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => (chunks.push(String(chunk)), true)),
    jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => (chunks.push(String(chunk)), true)),
    ...(["log", "info", "warn", "error", "debug"] as const).map((method) =>
      jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void chunks.push(args.map((a) => (a instanceof Error ? `${a.stack} ${JSON.stringify(a)}` : typeof a === "string" ? a : JSON.stringify(a))).join(" "))),
    ),
  ];
  return { text: () => chunks.join("\n"), restore: () => spies.forEach((spy) => spy.mockRestore()) };
}

describe("the server log holds identifiers only: no demo name or care text, whatever fails", () => {
  const personal = demoPersonalTexts();
  const subject = DEMO_CASES[0].subject.fullName;
  const careText = DEMO_CASES.flatMap((c) => c.information ?? []).find((i) => i.category !== "SAFETY")!.content;
  let ds: DataSource;
  let server: RunningServer;
  let idp: TestIdentityProvider;
  let output: ReturnType<typeof captureOutput>;
  const level = logger.level;

  const send = async (body: string, org?: string, roles: string[] = ["CHAIN_PARTNER"]) => {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (org) headers.authorization = `Bearer ${await idp.sign({ sub: `demo-${org}`, org, roles })}`;
    return (await fetch(server.url, { method: "POST", headers, body })).json() as Promise<any>;
  };
  const graphql = (org: string, query: string, variables: object = {}) => send(JSON.stringify({ query, variables }), org);

  beforeAll(async () => {
    logger.level = "trace";
    output = captureOutput();
    ds = await freshDatabase();
    await seedDemo(ds);
    idp = await TestIdentityProvider.create("https://idp.demo.test", Object.keys(DEMO_ORGANISATIONS));
    server = await startServer({ ds, registry: [idp.entry], port: 0, edge: { explorer: false } });
  });
  afterAll(async () => {
    await server?.stop();
    await ds?.destroy();
    output?.restore();
    logger.level = level;
  });

  it("the demo list is not empty and holds subjects and care texts (else this test proves nothing)", () => {
    expect(personal.length).toBeGreaterThan(50);
    expect(personal).toEqual(expect.arrayContaining([subject, careText]));
  });

  it("malformed bodies holding a care text and a name, with and without a token, are never echoed", async () => {
    await send(`{"query": "{ me { roles } }", "variables": {"x": "${careText}", "n": "${subject}"`);
    await send(`{"query": "${careText}"}`, "politie-rotterdam");
    await send(JSON.stringify({ query: `{ case(id: "x") { reference } } ${subject}` }), "politie-rotterdam");
  });

  it("failing SQL carrying names and care text is logged as its statement, without parameters or values", async () => {
    const [table] = await ds.query(`SELECT id FROM consultation_table WHERE name = 'Casus op Maat Rotterdam-Zuid'`);
    await ds.query(`ALTER TABLE subject ADD CONSTRAINT log_privacy_probe CHECK (false) NOT VALID`);
    const registered = await graphql("politie-rotterdam", `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id } }`, {
      // SAFETY: the only category the police may write at registration, so the request reaches the failing INSERT.
      input: {
        tableId: table.id, subject: { fullName: subject, dateOfBirth: "1968-05-09" }, triedWithinOwnOrganisation: careText,
        triedWithinOwnOrganisationCategory: "SAFETY", subjectInformed: true,
      },
    });
    await ds.query(`ALTER TABLE subject DROP CONSTRAINT log_privacy_probe`);
    expect(registered.errors[0].extensions.code).toBe("INTERNAL_SERVER_ERROR");
    await graphql("politie-rotterdam", `query ($id: ID!) { case(id: $id) { reference } }`, { id: subject });
    await graphql("politie-rotterdam", `query ($f: AuditLogFilter) { auditLog(filter: $f) { totalCount } }`, { f: { subjectId: careText } });
    const logged = output.text();
    expect(logged).toMatch(/"event":"UNEXPECTED_ERROR"/);
    expect(logged).toMatch(/INSERT INTO \\"subject\\"/);
  });

  it("failed mutations and refusals with personal text in their input", async () => {
    const id = (await ds.query(`SELECT id FROM "case" LIMIT 1`))[0].id;
    await graphql("politie-rotterdam", `mutation ($input: ShareInformationInput!) { shareInformation(input: $input) { id } }`, {
      input: { caseId: id, category: "HEALTH", content: careText, factDate: "2020-01-01" },
    });
    await send(JSON.stringify({ query: "{ me { roles } }" }), "an-organisation-that-is-not-there");
  });

  it("after all that, nothing in the process's output names a demo person or quotes a demo text", () => {
    const logged = output.text();
    expect(logged.length).toBeGreaterThan(0);
    expect(personal.filter((text) => logged.includes(text))).toEqual([]);
  });
});
