import { codedError } from "../support/edge";
import { bundleVersion } from "../../src/http/explorer-assets";
import { createTestApi, PERSONAS, type TestApi } from "../support/api";

const INTROSPECTION = "{ __schema { queryType { name } } }";

describe.each([
  { introspection: true, explorer: true },
  { introspection: false, explorer: false },
])("introspection and explorer switched %o", (edge) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ edge });
  });
  afterAll(() => api.close());

  it(`a browser opening /graphql ${edge.explorer ? "gets the explorer page" : "gets no page, a coded error"}`, async () => {
    const response = await fetch(api.url, { headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8" } });
    if (edge.explorer) {
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^text\/html/);
      const html = await response.text();
      expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
      expect(html).toMatch(/"\/graphql\/explorer\/\d+\.\d+\.\d+[^/"]*\/ruru\.js"/);
      expect(response.headers.get("cache-control")).toBe("no-store");
    } else {
      expect(response.headers.get("content-type")).not.toMatch(/html/);
      await codedError(response, 400, "INVALID_QUERY");
    }
  });

  it(`the explorer's script ${edge.explorer ? "is served by the server itself" : "is not there"}`, async () => {
    const response = await fetch(new URL(`/graphql/explorer/${bundleVersion()}/ruru.js`, api.url));
    if (edge.explorer) {
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(response.headers.get("content-type")).toMatch(/^text\/javascript/);
      expect((await response.text()).length).toBeGreaterThan(10_000);
    } else {
      await codedError(response, 404, "ROUTE_NOT_FOUND");
    }
  });

  it(`signed-in partner ${edge.introspection ? "may" : "may not"} introspect the schema`, async () => {
    const res = await api.as(PERSONAS.police)(INTROSPECTION);
    if (edge.introspection) expect(res.data.__schema.queryType.name).toBe("Query");
    else expect(res.errors?.[0]?.extensions?.code).toBe("INVALID_QUERY");
  });
});
