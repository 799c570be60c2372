import { request as rawRequest } from "node:http";
import { gzipSync } from "node:zlib";
import { auditLines } from "../support/audit";
import { codedError } from "../support/edge";
import { createTestApi, PERSONAS, type TestApi } from "../support/api";

/** A care text as a careless client would send it: it must never come back in an error. */
const CARE_TEXT = "Behandeling bij GGZ wegens psychose";

describe("the HTTP edge: every refusal is a coded GraphQL JSON error, no token needed to meet one", () => {
  let api: TestApi;
  let base: string;
  const post = (body: string | Buffer, headers: Record<string, string> = {}) => fetch(api.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

  beforeAll(async () => {
    api = await createTestApi();
    base = new URL(api.url).origin;
  });
  afterAll(() => api.close());

  it("anonymous client sends malformed JSON holding a care text: 400 MALFORMED_REQUEST, the body not echoed", async () => {
    const error = await codedError(await post(`{"query": "{ me { roles } }", "x": "${CARE_TEXT}`), 400, "MALFORMED_REQUEST");
    expect(JSON.stringify(error)).not.toContain(CARE_TEXT);
  });

  it("anonymous client sends a body in latin1: 415 UNSUPPORTED_MEDIA_TYPE", async () => {
    await codedError(await post('{"query":"{ me { roles } }"}', { "content-type": "application/json; charset=latin1" }), 415, "UNSUPPORTED_MEDIA_TYPE");
  });

  it("anonymous client sends an unknown Content-Encoding: 415; a gzip header over bytes that are no gzip: 400", async () => {
    await codedError(await post('{"query":"{ me { roles } }"}', { "content-encoding": "compress" }), 415, "UNSUPPORTED_MEDIA_TYPE");
    await codedError(await post("not gzip at all", { "content-encoding": "gzip" }), 400, "MALFORMED_REQUEST");
  });

  it("anonymous client sends a body over the limit, plain or as a small gzip bomb: 413 PAYLOAD_TOO_LARGE", async () => {
    const big = JSON.stringify({ query: "{ me { roles } }", variables: { x: "a".repeat(1_100_000) } });
    await codedError(await post(big), 413, "PAYLOAD_TOO_LARGE");
    await codedError(await post(gzipSync(big), { "content-encoding": "gzip" }), 413, "PAYLOAD_TOO_LARGE");
  });

  it("anonymous client posts text/plain, a form, or no content type: 415 UNSUPPORTED_MEDIA_TYPE", async () => {
    await codedError(await post('{"query":"{ me { roles } }"}', { "content-type": "text/plain" }), 415, "UNSUPPORTED_MEDIA_TYPE");
    await codedError(await post("query=x", { "content-type": "application/x-www-form-urlencoded" }), 415, "UNSUPPORTED_MEDIA_TYPE");
    await codedError(await fetch(api.url, { method: "POST" }), 415, "UNSUPPORTED_MEDIA_TYPE");
  });

  it("unknown address: 404 ROUTE_NOT_FOUND; a known one with the wrong method: 405 METHOD_NOT_ALLOWED with Allow", async () => {
    await codedError(await fetch(`${base}/nothing/here`), 404, "ROUTE_NOT_FOUND");
    await codedError(await fetch(`${base}/graphql/../../etc/passwd`), 404, "ROUTE_NOT_FOUND");
    const put = await fetch(api.url, { method: "PUT", headers: { "content-type": "application/json" }, body: "{}" });
    expect(put.headers.get("allow")).toBe("GET, POST");
    await codedError(put, 405, "METHOD_NOT_ALLOWED");
    const deleteHealth = await fetch(`${base}/health`, { method: "DELETE" });
    expect(deleteHealth.headers.get("allow")).toBe("GET");
    await codedError(deleteHealth, 405, "METHOD_NOT_ALLOWED");
  });

  it("signed-in client sends JSON that is no GraphQL request, or a GET without the CSRF header: coded JSON from GraphQL itself", async () => {
    const authorization = `Bearer ${await api.tokenFor(PERSONAS.police)}`;
    await codedError(await post('{"query": 5}', { authorization }), 400, "INVALID_QUERY");
    await codedError(await post("[]", { authorization }), 400, "INVALID_QUERY");
    await codedError(await fetch(`${api.url}?query=${encodeURIComponent("{ me { roles } }")}`, { headers: { authorization } }), 400, "INVALID_QUERY");
  });

  it("a client that accepts application/graphql-response+json gets its errors in that media type", async () => {
    const response = await post("{", { accept: "application/graphql-response+json" });
    expect(response.headers.get("content-type")).toMatch(/^application\/graphql-response\+json/);
    await codedError(response, 400, "MALFORMED_REQUEST");
  });

  it("headers too large for the HTTP parser: 431, still coded JSON", async () => {
    const answer = await new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
      const req = rawRequest(api.url, { method: "POST", headers: { "x-filler": "a".repeat(20_000) } }, (res) => {
        let body = "";
        res.on("data", (chunk) => (body += chunk)).on("end", () => resolve({ status: res.statusCode!, type: String(res.headers["content-type"]), body }));
      });
      req.on("error", reject).end();
    });
    expect(answer.status).toBe(431);
    expect(answer.type).toMatch(/^application\/json/);
    expect(JSON.parse(answer.body).errors[0].extensions.code).toBe("MALFORMED_REQUEST");
  });

  it("every answer carries security headers and no X-Powered-By; GraphQL answers are never cached", async () => {
    const response = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${await api.tokenFor(PERSONAS.police)}` }, body: JSON.stringify({ query: "{ me { roles } }" }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-powered-by")).toBeNull();
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect((await fetch(`${base}/health`)).headers.get("x-powered-by")).toBeNull();
  });
});

describe("the request id: accepted when it is a UUID, echoed, in every error and in the access log", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());
  const ask = (headers: Record<string, string>, query = "{ me { roles } }") =>
    fetch(api.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query }) });

  it("anonymous client with its own X-Request-Id: the 401 echoes it, in the header and in the error", async () => {
    const id = "0b8e2a52-6f0e-4c39-9d4c-6d3f1f7d2a10";
    const response = await ask({ "x-request-id": id.toUpperCase() });
    expect(response.headers.get("x-request-id")).toBe(id);
    expect((await codedError(response, 401, "UNAUTHENTICATED")).extensions.requestId).toBe(id);
  });

  it("an X-Request-Id that is no UUID (text, control characters, too long) is replaced by a fresh one", async () => {
    for (const sent of ["Jan Jansen", "abc\tdef", "a".repeat(300), "1234"]) {
      const response = await ask({ "x-request-id": sent });
      const echoed = response.headers.get("x-request-id");
      expect(echoed).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(echoed).not.toBe(sent);
      await codedError(response, 401, "UNAUTHENTICATED");
    }
  });

  it("police reads a case that is not there: the NOT_FOUND error and the access-log line carry the caller's id", async () => {
    const id = "5d1c7a3e-2b7f-4e0a-8d5b-1f2e3d4c5b6a";
    const token = `Bearer ${await api.tokenFor(PERSONAS.police)}`;
    const response = await ask({ "x-request-id": id, authorization: token }, `{ case(id: "00000000-0000-4000-8000-000000000000") { reference } }`);
    const body = (await response.json()) as any;
    expect(response.headers.get("x-request-id")).toBe(id);
    expect(body.errors[0].extensions).toMatchObject({ code: "NOT_FOUND", requestId: id });
    expect((await auditLines(api.ds)).filter((line) => line.requestId === id).length).toBeGreaterThan(0);
  });

  it("without an X-Request-Id every answer gets a fresh one, different per request", async () => {
    const [a, b] = await Promise.all([fetch(`${new URL(api.url).origin}/health`), fetch(`${new URL(api.url).origin}/health`)]);
    expect(a.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.headers.get("x-request-id")).not.toBe(b.headers.get("x-request-id"));
  });
});
