import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import { createTestApi, PERSONAS, type TestApi } from "../support/api";
import { launchBrowser } from "../support/browser";

/** A partner's frontend: a page on another port (another origin) that calls the API. */
async function frontend(): Promise<{ origin: string; server: Server }> {
  const server = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>partner</title>"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe("in a real browser: CORS for partner frontends, and the offline explorer", () => {
  let api: TestApi;
  let browser: Browser;
  let allowed: Awaited<ReturnType<typeof frontend>>;
  let other: Awaited<ReturnType<typeof frontend>>;

  beforeAll(async () => {
    allowed = await frontend();
    other = await frontend();
    api = await createTestApi({ edge: { corsOrigins: [allowed.origin], explorer: true, introspection: true } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
    allowed?.server.close();
    other?.server.close();
  });

  /** What a page on `origin` gets when its script calls the API with fetch. */
  async function callFrom(origin: string): Promise<{ ok: boolean; status?: number; body?: any; requestId?: string | null; error?: string }> {
    const page = await browser.newPage();
    try {
      await page.goto(origin);
      const token = await api.tokenFor(PERSONAS.police);
      return await page.evaluate(async ({ url, token }) => {
        try {
          const response = await fetch(url, {
            method: "POST",
            headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "x-request-id": "7f0c2a1e-3b4d-4e5f-8a9b-0c1d2e3f4a5b" },
            body: JSON.stringify({ query: "{ me { roles organisation { code } } }" }),
          });
          return { ok: true, status: response.status, body: await response.json(), requestId: response.headers.get("x-request-id") };
        } catch (error) {
          return { ok: false, error: String(error) };
        }
      }, { url: api.url, token });
    } finally {
      await page.close();
    }
  }

  it("a partner frontend on the allow-list calls the API with its token and reads the answer and the request id", async () => {
    const answer = await callFrom(allowed.origin);
    expect(answer).toMatchObject({ ok: true, status: 200, requestId: "7f0c2a1e-3b4d-4e5f-8a9b-0c1d2e3f4a5b" });
    expect(answer.body.data.me).toEqual({ roles: ["CHAIN_PARTNER"], organisation: { code: "politie-rotterdam" } });
  });

  it("a page from any other origin is blocked by the browser, token or not", async () => {
    const answer = await callFrom(other.origin);
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(/Failed to fetch/);
  });

  it("GET /graphql in the browser opens the explorer from this server alone and runs a query with a token", async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    const problems: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
    page.on("pageerror", (error) => problems.push(String(error)));
    const response = await page.goto(api.url);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["content-security-policy"]).toContain("default-src 'none'");
    await page.locator(".graphiql-query-editor .monaco-editor").first().waitFor({ timeout: 30_000 });

    await page.getByText("Headers", { exact: true }).click();
    await page.locator(".graphiql-editor-tool .monaco-editor").last().click();
    await page.keyboard.insertText(JSON.stringify({ Authorization: `Bearer ${await api.tokenFor(PERSONAS.police)}` }));
    await page.locator(".graphiql-query-editor .monaco-editor").first().click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.insertText("{ me { organisation { code } roles } }");
    // The editor closes brackets as it goes: drop whatever it added after the cursor.
    await page.keyboard.press("Shift+ControlOrMeta+End");
    await page.keyboard.press("Delete");
    await page.keyboard.press("ControlOrMeta+Enter");
    await page.locator(".result-window").getByText("politie-rotterdam").first().waitFor({ timeout: 30_000 });

    const origin = new URL(api.url).origin;
    expect(requested.filter((url) => !url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:"))).toEqual([]);
    expect(problems.filter((text) => /Content Security Policy|Refused/.test(text))).toEqual([]);
    await page.close();
  });
});
