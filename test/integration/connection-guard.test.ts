import { connect, type Socket } from "node:net";
import { createTestApi, type TestApi } from "../support/api";

const SETTINGS = { HTTP_MAX_CONNECTIONS_PER_CLIENT: "3", HTTP_HEADERS_TIMEOUT_MS: "1000", HTTP_REQUEST_TIMEOUT_MS: "1500" };

/** A client that sends its headers and the first bytes of a 1,000-byte body, then stalls. */
function stalledBody(port: number, localAddress: string): Promise<{ socket: Socket; answer: Promise<string> }> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host: "127.0.0.1", localAddress }, () => {
      socket.write(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":`);
      let received = "";
      socket.on("data", (chunk) => (received += String(chunk)));
      const answer = new Promise<string>((done) => socket.once("close", () => done(received)));
      resolve({ socket, answer });
    });
    socket.once("error", reject);
  });
}

/**
 * Slow clients cannot deny service: one address holds at most HTTP_MAX_CONNECTIONS_PER_CLIENT connections,
 * and a request that does not arrive in time is answered 408 TIMEOUT. Before, every such connection was
 * held for five minutes and ~20,000 of them exhausted the server's file limit.
 */
describe("slow clients: a cap per client address and request deadlines", () => {
  let api: TestApi;
  let port: number;
  const saved: Record<string, string | undefined> = {};

  beforeAll(async () => {
    for (const [name, value] of Object.entries(SETTINGS)) [saved[name], process.env[name]] = [process.env[name], value];
    api = await createTestApi();
    port = Number(new URL(api.url).port);
  });
  afterAll(async () => {
    for (const name of Object.keys(SETTINGS)) if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
    await api.close();
  });

  it("an address opening more than the cap has the extra connections closed unanswered, while another address is served", async () => {
    const flood = await Promise.all(Array.from({ length: 5 }, () => stalledBody(port, "127.0.0.2")));
    const served = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{ __typename }"}' });
    expect(served.status).not.toBe(0);
    expect(((await served.json()) as { errors?: Array<{ extensions: { code: string } }> }).errors?.[0]?.extensions.code ?? "served").toMatch(/served|UNAUTHENTICATED/);
    const answers = await Promise.all(flood.map(({ answer }) => answer));
    // Three within the cap wait for their deadline (408); the two beyond it were closed without a word.
    expect(answers.map((text) => text.split("\r\n")[0] || "closed").sort()).toEqual(["HTTP/1.1 408 Request Timeout", "HTTP/1.1 408 Request Timeout", "HTTP/1.1 408 Request Timeout", "closed", "closed"]);
  }, 30_000);

  it("a body that stalls is answered 408 with a coded JSON error once the request deadline passes", async () => {
    const { answer } = await stalledBody(port, "127.0.0.1");
    const text = await answer;
    expect(text.split("\r\n")[0]).toBe("HTTP/1.1 408 Request Timeout");
    const requestId = /\r\nx-request-id: ([0-9a-f-]{36})\r\n/.exec(text)?.[1];
    expect(requestId).toBeDefined();
    expect(JSON.parse(text.slice(text.indexOf("\r\n\r\n") + 4))).toEqual({ errors: [{ message: "The request did not arrive in time.", extensions: { code: "TIMEOUT", requestId } }] });
  }, 30_000);
});
