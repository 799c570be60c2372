import { connect } from "node:net";
import { codedError } from "../support/edge";
import { createTestApi, PERSONAS, type TestApi } from "../support/api";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PARTNER = "https://app.partner.example";
const METRICS_TOKEN = "metrics-token-of-the-edge-test";

/** Bytes no HTTP client library would send, straight to the socket; the whole answer as text. */
function rawExchange(url: string, bytes: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(port), hostname, () => socket.end(bytes));
    socket.on("data", (chunk) => chunks.push(chunk)).on("error", reject).on("close", () => resolve(Buffer.concat(chunks).toString("latin1")));
  });
}

function parsed(answer: string): { status: number; headers: Record<string, string>; body: any } {
  const [head, body] = answer.split("\r\n\r\n");
  const [statusLine, ...lines] = head.split("\r\n");
  const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(":")).toLowerCase(), line.slice(line.indexOf(":") + 1).trim()]));
  return { status: Number(statusLine.split(" ")[1]), headers, body: JSON.parse(body) };
}

describe("hostile requests at the HTTP edge: coded JSON with a request id and security headers, echoing nothing", () => {
  let api: TestApi;
  let base: string;
  const post = (body: string | Buffer, headers: Record<string, string> = {}) => fetch(api.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

  beforeAll(async () => {
    api = await createTestApi({ logErrors: false, metricsToken: METRICS_TOKEN, edge: { corsOrigins: [PARTNER] } });
    base = new URL(api.url).origin;
  });
  afterAll(() => api.close());

  it.each([
    ["a NUL in a header", "GET /health HTTP/1.1\r\nHost: x\r\nX-A: a\0b\r\n\r\n", 400],
    ["a garbage request line", "GARBAGE\r\n\r\n", 400],
    ["a duplicate Content-Length", "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}", 400],
    ["oversized headers", `GET /health HTTP/1.1\r\nHost: x\r\nX-Filler: ${"a".repeat(20_000)}\r\n\r\n`, 431],
    ["a 100 KB address", `GET /graphql?${"a".repeat(100_000)} HTTP/1.1\r\nHost: x\r\n\r\n`, 414],
  ])("anonymous client sends %s: the HTTP parser's refusal is a coded error with a fresh request id and the security headers", async (_label, bytes, status) => {
    const answer = parsed(await rawExchange(api.url, bytes));
    expect(answer.status).toBe(status);
    expect(answer.headers["content-type"]).toMatch(/^application\/json/);
    expect(answer.headers["x-request-id"]).toMatch(UUID);
    expect(answer.body.errors[0].extensions).toEqual({ code: "MALFORMED_REQUEST", requestId: answer.headers["x-request-id"] });
    expect(answer.headers).toMatchObject({ "cache-control": "no-store", "x-content-type-options": "nosniff", "x-frame-options": "SAMEORIGIN" });
    expect(answer.headers["content-security-policy"]).toContain("default-src 'none'");
    expect(JSON.stringify(answer.body)).not.toMatch(/aaaa|GARBAGE/);
  });

  it("GET /metrics without a token or with a wrong one: 401 UNAUTHENTICATED as coded JSON with the challenge; the right token reads it", async () => {
    const metrics = `${base}/metrics`;
    for (const headers of [{}, { authorization: "Bearer wrong" }] as Array<Record<string, string>>) {
      const response = await fetch(metrics, { headers });
      expect(response.headers.get("www-authenticate")).toBe('Bearer realm="metrics"');
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      await codedError(response, 401, "UNAUTHENTICATED");
    }
    expect((await fetch(metrics, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).status).toBe(200);
  });

  it.each(["utf-16", "UTF-16", '"utf-16le"', "iso-8859-1", "utf-8; charset=utf-16"])(
    "anonymous client sends JSON with charset=%s: 415 UNSUPPORTED_MEDIA_TYPE before the body is read",
    async (charset) => {
      const body = Buffer.from('\ufeff{"query":"{ me { roles } }"}', charset.includes("16") ? "utf16le" : "latin1");
      await codedError(await post(body, { "content-type": `application/json; charset=${charset}` }), 415, "UNSUPPORTED_MEDIA_TYPE");
    },
  );

  it("UTF-8, in any case and quoted or not, passes the edge (and meets the token check)", async () => {
    for (const charset of ["utf-8", "UTF-8", '"utf-8"']) {
      await codedError(await post('{"query":"{ me { roles } }"}', { "content-type": `application/json; charset=${charset}` }), 401, "UNAUTHENTICATED");
    }
  });

  it("signed-in client posts an empty body, or JSON that is no object: 400 MALFORMED_REQUEST saying what is wrong", async () => {
    const authorization = `Bearer ${await api.tokenFor(PERSONAS.police)}`;
    expect((await codedError(await post("", { authorization }), 400, "MALFORMED_REQUEST")).message).toMatch(/empty/);
    for (const body of ["null", '"str"', "12", "true"]) {
      expect((await codedError(await post(body, { authorization }), 400, "MALFORMED_REQUEST")).message).toBe("The request body must be a JSON object.");
    }
  });

  it("a partner origin on the list gets CORS headers without Allow-Credentials (bearer tokens need none)", async () => {
    const preflight = await fetch(api.url, { method: "OPTIONS", headers: { origin: PARTNER, "access-control-request-method": "POST" } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe(PARTNER);
    expect(preflight.headers.get("access-control-allow-credentials")).toBeNull();
    const call = await post('{"query":"{ me { roles } }"}', { origin: PARTNER });
    expect(call.headers.get("access-control-allow-origin")).toBe(PARTNER);
    expect(call.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("a preflight from an origin not on the list: 403 CORS_ORIGIN_NOT_ALLOWED, allowing nothing", async () => {
    for (const path of ["/graphql", "/health", "/nothing"]) {
      const response = await fetch(`${base}${path}`, { method: "OPTIONS", headers: { origin: "https://evil.example", "access-control-request-method": "POST", "access-control-request-headers": "authorization" } });
      expect([...response.headers.keys()].filter((name) => name.startsWith("access-control-"))).toEqual([]);
      expect(response.headers.get("allow")).toBeNull();
      await codedError(response, 403, "CORS_ORIGIN_NOT_ALLOWED");
    }
  });

  it("OPTIONS without an Origin is no preflight: 405 with the route's Allow, or 404 where there is nothing", async () => {
    const health = await fetch(`${base}/health`, { method: "OPTIONS" });
    expect(health.headers.get("allow")).toBe("GET");
    await codedError(health, 405, "METHOD_NOT_ALLOWED");
    const graphql = await fetch(api.url, { method: "OPTIONS" });
    expect(graphql.headers.get("allow")).toBe("GET, POST");
    await codedError(graphql, 405, "METHOD_NOT_ALLOWED");
    await codedError(await fetch(`${base}/nothing`, { method: "OPTIONS" }), 404, "ROUTE_NOT_FOUND");
  });

  it("dynamic answers are never stored: the permissions page and the health check are no-store", async () => {
    expect((await fetch(`${base}/privacy/permissions`)).headers.get("cache-control")).toBe("no-store");
    expect((await fetch(`${base}/health/live`)).headers.get("cache-control")).toBe("no-store");
  });

  it("police asks for a case by a 10 KB id or an unknown operation with a long name: the answer repeats neither", async () => {
    const authorization = `Bearer ${await api.tokenFor(PERSONAS.police)}`;
    const longId = "x".repeat(10_000);
    const byId = (await (await post(JSON.stringify({ query: "query($i: ID!) { case(id: $i) { id } }", variables: { i: longId } }), { authorization })).json()) as any;
    expect(byId.errors[0].extensions).toMatchObject({ code: "NOT_FOUND", id: "(invalid id)" });
    expect(JSON.stringify(byId)).not.toContain("x".repeat(50));
    const name = `Z${"y".repeat(5_000)}\u202e`;
    const unknownOperation = await codedError(await post(JSON.stringify({ query: "query A { me { roles } }", operationName: name }), { authorization }), 400, "INVALID_QUERY");
    expect(unknownOperation.message.length).toBeLessThan(120);
    expect(unknownOperation.message).not.toContain("\u202e");
  });
});
