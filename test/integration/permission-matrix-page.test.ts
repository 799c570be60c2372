import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { buildPermissionMatrix } from "../../src/permissions/matrix/build";
import { buildBareSchema } from "../../src/schema";
import { createTestApi, PERSONAS, type TestApi } from "../support/api";
import { launchBrowser } from "../support/browser";

const SCREENSHOT = resolve(__dirname, "..", "..", "test-output", "permissions.png");

const MATRIX_QUERY = /* GraphQL */ `
  query { permissionMatrix { columns { key } rows { type field rule target cells { column access text } reasons } rowLevel { name } } }
`;

describe("the permission matrix as GraphQL and as a page", () => {
  let api: TestApi;
  let pageUrl: string;
  const expected = buildPermissionMatrix(buildBareSchema());

  beforeAll(async () => {
    api = await createTestApi();
    pageUrl = new URL("/privacy/permissions", api.url).toString();
  });
  afterAll(() => api.close());

  it("privacy officer reads the matrix through Query.permissionMatrix, the same rows as docs/permissions.md", async () => {
    const res = await api.as(PERSONAS.privacyOfficer)(MATRIX_QUERY);
    expect(res.errors).toBeUndefined();
    expect(res.data.permissionMatrix.rows).toEqual(expected.rows);
    const health = res.data.permissionMatrix.rows.find((r: { type: string; field: string }) => r.type === "Case" && r.field === "health");
    expect(health.cells.find((c: { column: string }) => c.column === "SAFETY")).toEqual({ column: "SAFETY", access: "IF", text: "if a legal basis opens HEALTH to them" });
  });

  it("anonymous caller cannot query the matrix through GraphQL", async () => {
    const res = await api.request(MATRIX_QUERY);
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(res.data ?? null).toBeNull();
  });

  it("the page needs no token, holds the matrix and may load nothing from elsewhere", async () => {
    const response = await fetch(pageUrl);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
    expect(html).toContain("Case.health");
  });

  describe("in a real headless browser (chromium)", () => {
    let chromium: Browser;
    let browser: BrowserContext;

    beforeAll(async () => {
      chromium = await launchBrowser();
      browser = await chromium.newContext({ viewport: { width: 1600, height: 1000 } });
    });
    afterAll(async () => {
      await browser?.close();
      await chromium?.close();
    });

    it("privacy officer opens the page: the table is rendered and Case.health names the legal basis for safety partners", async () => {
      const page = await browser.newPage();
      const requested: string[] = [];
      page.on("request", (request) => requested.push(request.url()));
      const response = await page.goto(pageUrl);
      expect(response?.status()).toBe(200);
      await expect(page.title()).resolves.toContain("Permission matrix");

      const health = page.locator('tr[data-field="Case.health"]');
      await expect(health.locator('td[data-column="SAFETY"]').innerText()).resolves.toBe("if a legal basis opens HEALTH to them");
      await expect(health.locator('td[data-column="CARE"]').innerText()).resolves.toBe("if takes part in the case or a legal basis opens HEALTH to them");
      await expect(page.locator('tr[data-field="Query.auditLog"] td[data-column="PRIVACY_OFFICER"]').innerText()).resolves.toBe("yes");
      await expect(page.locator("tr[data-field]").count()).resolves.toBe(expected.rows.length);
      await expect(page.locator("table.matrix thead th.col").first().isVisible()).resolves.toBe(true);
      const box = await health.boundingBox();
      expect(box?.height).toBeGreaterThan(0);
      expect(requested).toEqual([pageUrl]);

      mkdirSync(resolve(SCREENSHOT, ".."), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, fullPage: true });
      console.log(`Screenshot of the permission matrix page: ${SCREENSHOT}`);
    });
  });
});
