import { createServer, type Server } from "node:http";
import { startServer, type RunningServer } from "../../src/server";
import { createTestApi, type GraphQLResponse, type TestApi } from "../support/api";
import { TestIdentityProvider } from "../support/identity-providers";

const ME = /* GraphQL */ `{ me { userId issuer organisation { code } roles } }`;

function expectUnauthenticated(res: GraphQLResponse, message: RegExp): void {
  expect(res.status).toBe(401);
  expect(res).not.toHaveProperty("data");
  expect(res.errors?.[0].extensions).toEqual({ code: "UNAUTHENTICATED", requestId: expect.any(String) });
  expect(res.errors?.[0].message).toMatch(message);
}

describe("sign-in: a single-organisation issuer publishing its keys at a jwksUri", () => {
  let api: TestApi;
  let jwksServer: Server;
  let server: RunningServer;
  let police: TestIdentityProvider;

  beforeAll(async () => {
    api = await createTestApi({ logErrors: false });
    police = await TestIdentityProvider.create("https://login.politie-rotterdam.test/oidc", ["politie-rotterdam"]);
    jwksServer = createServer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(police.entry.jwks)));
    await new Promise<void>((resolve) => jwksServer.listen(0, "127.0.0.1", resolve));
    const address = jwksServer.address() as { port: number };
    const entry = { ...police.entry, jwks: undefined, jwksUri: `http://127.0.0.1:${address.port}/jwks.json` };
    server = await startServer({ ds: api.ds, registry: [entry], port: 0, logError: () => undefined, logRefusedSignIn: () => undefined });
  });
  afterAll(async () => {
    await server.stop();
    await new Promise((resolve) => jwksServer.close(resolve));
    await api.close();
  });

  const post = async (token: string): Promise<GraphQLResponse> => {
    const res = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: ME }),
    });
    return { status: res.status, ...((await res.json()) as object) };
  };

  it("takes the organisation from the registry when the token names none", async () => {
    const res = await post(await police.sign({ sub: "agent-bram", roles: ["CASE_DIRECTOR"] }));
    expect(res.status).toBe(200);
    expect(res.data.me).toMatchObject({ organisation: { code: "politie-rotterdam" }, roles: ["CASE_DIRECTOR"] });
  });

  it("still refuses an org claim outside the registry entry", async () => {
    expectUnauthenticated(await post(await police.sign({ sub: "agent-bram", org: "om-rotterdam", roles: [] })), /may not speak for organisation om-rotterdam/);
  });
});
