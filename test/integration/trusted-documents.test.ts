import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { documentHash } from "../../src/limits/trusted-documents";
import { createTestApi, PERSONAS, type Persona, type TestApi } from "../support/api";
import { ORGS } from "../support/fixture";

const ME = "query Me { me { roles } }";

describe("trusted-documents mode: only operations registered for a partner's app run", () => {
  let api: TestApi;
  let open: TestApi;

  beforeAll(async () => {
    api = await createTestApi({ logErrors: false, limits: { trustedDocumentsOnly: true } });
    open = await createTestApi({ logErrors: false });
    // Registered with the command-line tool, as a partner's release pipeline would.
    const dir = mkdtempSync(join(tmpdir(), "documents-"));
    writeFileSync(join(dir, "me.graphql"), ME);
    const { stdout } = await promisify(execFile)("npx", ["ts-node", "scripts/documents-register.ts", "--org", ORGS.police.code, "--app", "politie-web", join(dir, "me.graphql")], {
      env: { ...process.env, DATABASE_URL: api.databaseUrl },
    });
    expect(stdout).toContain(documentHash(ME));
  }, 120_000);
  afterAll(async () => {
    await api.close();
    await open.close();
  });

  const post = async (target: TestApi, persona: Persona, body: Record<string, unknown>) => {
    const response = await fetch(target.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await target.tokenFor(persona)}` },
      body: JSON.stringify(body),
    });
    return { status: response.status, ...((await response.json()) as any) };
  };

  it("runs a registered document sent by its hash, as documentId or as a persisted query", async () => {
    const byId = await post(api, PERSONAS.police, { documentId: `sha256:${documentHash(ME)}` });
    expect(byId.status).toBe(200);
    expect(byId.data.me.roles).toEqual(["CHAIN_PARTNER"]);
    const persisted = await post(api, PERSONAS.police, { extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(ME) } } });
    expect(persisted.data.me.roles).toEqual(["CHAIN_PARTNER"]);
  });

  it("refuses free-form queries with DOCUMENT_REQUIRED", async () => {
    const res = await post(api, PERSONAS.police, { query: ME });
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors[0].extensions.code).toBe("DOCUMENT_REQUIRED");
  });

  it("refuses an unknown hash, another organisation's document and a malformed id alike with UNKNOWN_DOCUMENT", async () => {
    const answers = [
      await post(api, PERSONAS.police, { documentId: documentHash("query Other { me { roles } }") }),
      await post(api, PERSONAS.ggz, { documentId: documentHash(ME) }),
      await post(api, PERSONAS.police, { documentId: "../../etc/passwd" }),
    ];
    for (const res of answers) {
      expect(res.status).toBe(400);
      expect(res.errors).toEqual([{ message: answers[0].errors[0].message, extensions: { code: "UNKNOWN_DOCUMENT", requestId: expect.any(String) } }]);
    }
  });

  it("refuses a hash sent with any other text than its own, or with a second hash (DOCUMENT_MISMATCH); the exact text runs", async () => {
    for (const body of [
      { query: "{ cases(first: 1) { totalCount } }", documentId: documentHash(ME) },
      { query: `${ME} `, extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(ME) } } },
      { documentId: documentHash(ME), extensions: { persistedQuery: { version: 1, sha256Hash: documentHash("{ me { roles } }") } } },
    ]) {
      const res = await post(api, PERSONAS.police, body);
      expect(res.status).toBe(400);
      expect(res.data).toBeUndefined();
      expect(res.errors[0].extensions.code).toBe("DOCUMENT_MISMATCH");
    }
    expect((await post(api, PERSONAS.police, { query: ME, documentId: documentHash(ME) })).data).toEqual({ me: { roles: ["CHAIN_PARTNER"] } });
  });

  it("refuses a persisted-query version other than 1, and tells a GET naming a document to POST it", async () => {
    const version = await post(api, PERSONAS.police, { extensions: { persistedQuery: { version: 2, sha256Hash: documentHash(ME) } } });
    expect(version.status).toBe(400);
    expect(version.errors[0]).toMatchObject({ extensions: { code: "INVALID_QUERY" }, message: expect.stringContaining("version 1") });
    const url = `${api.url}?documentId=${documentHash(ME)}`;
    const get = await fetch(url, { headers: { authorization: `Bearer ${await api.tokenFor(PERSONAS.police)}`, "apollo-require-preflight": "1" } });
    expect(get.status).toBe(400);
    const answer = (await get.json()) as any;
    expect(answer.errors[0].message).toMatch(/POST/);
    expect(answer.errors[0].message).not.toMatch(/instead of a query/);
  });

  it("is off by default: free-form queries run, and a hash nobody registered is still refused", async () => {
    expect((await post(open, PERSONAS.police, { query: ME })).data.me.roles).toEqual(["CHAIN_PARTNER"]);
    expect((await post(open, PERSONAS.police, { extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(ME) } } })).errors[0].extensions.code).toBe("UNKNOWN_DOCUMENT");
  });
});
