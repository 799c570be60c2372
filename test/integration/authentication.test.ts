import { createPublicKey } from "node:crypto";
import { SignJWT, type JWK } from "jose";
import { createTestApi, type GraphQLResponse, type TestApi } from "../support/api";
import { AUDIENCE, TestIdentityProvider } from "../support/identity-providers";

const ME = /* GraphQL */ `{ me { userId issuer organisation { code } roles } }`;
const b64url = (value: object | string) => Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Asserts a refusal at the door: HTTP 401, code UNAUTHENTICATED, this message, and no data at all. */
function expectUnauthenticated(res: GraphQLResponse, message: string | RegExp): void {
  expect(res.status).toBe(401);
  expect(res).not.toHaveProperty("data");
  expect(res.errors).toHaveLength(1);
  expect(res.errors![0].extensions).toEqual({ code: "UNAUTHENTICATED", requestId: expect.any(String) });
  expect(res.errors![0].message).toMatch(message);
}

describe("sign-in: only tokens of a trusted issuer, for an organisation it may speak for, open the API", () => {
  let api: TestApi;
  const claims = { sub: "agent-bram", org: "politie-rotterdam", roles: ["CHAIN_PARTNER"] };
  const asHeader = (token: string) => `Bearer ${token}`;

  beforeAll(async () => {
    api = await createTestApi({ logErrors: false });
  });
  afterAll(() => api.close());

  it("a valid token of the police's identity provider is signed in as the police, with its roles", async () => {
    const res = await api.request(ME, {}, asHeader(await api.idps.safety.sign(claims)));
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect(res.data.me).toEqual({ userId: "agent-bram", issuer: api.idps.safety.issuer, organisation: { code: "politie-rotterdam" }, roles: ["CHAIN_PARTNER"] });
  });

  it("roles the API does not know are dropped, not trusted", async () => {
    const token = await api.idps.safety.sign({ ...claims, roles: ["CHAIN_PARTNER", "ADMIN", "root"] });
    const res = await api.request(ME, {}, asHeader(token));
    expect(res.data.me.roles).toEqual(["CHAIN_PARTNER"]);
  });

  it("no Authorization header is refused with a hint how to sign in, and a WWW-Authenticate challenge", async () => {
    const raw = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: ME }) });
    expect(raw.headers.get("www-authenticate")).toBe('Bearer realm="casusoverleg"');
    expectUnauthenticated({ status: raw.status, ...((await raw.json()) as object) }, /^Sign in: send 'Authorization: Bearer <token>'/);
  });

  it("a Basic (non-Bearer) Authorization header is refused", async () => {
    expectUnauthenticated(await api.request(ME, {}, `Basic ${b64url("agent:secret")}`), "The Authorization header must be 'Bearer <token>'.");
  });

  it("a bearer token that is not a JWT is refused as malformed", async () => {
    expectUnauthenticated(await api.request(ME, {}, "Bearer not-a-jwt"), /^The bearer token is not a well-formed JWT/);
    expectUnauthenticated(await api.request(ME, {}, `Bearer ${b64url("{nope")}.${b64url("x")}.sig`), /not a well-formed JWT/);
  });

  it("an expired token is refused", async () => {
    const token = await api.idps.safety.sign(claims, { expiresIn: -60 });
    expectUnauthenticated(await api.request(ME, {}, asHeader(token)), "The token has expired; sign in again.");
  });

  it("a token forged with another key under the police issuer's name is refused", async () => {
    const forger = await TestIdentityProvider.create(api.idps.safety.issuer, ["politie-rotterdam"]);
    const token = await forger.sign(claims);
    expectUnauthenticated(await api.request(ME, {}, asHeader(token)), `The token's signature does not match any key of issuer ${api.idps.safety.issuer}.`);
  });

  it("a token meant for another API (wrong audience) is refused", async () => {
    const token = await api.idps.safety.sign(claims, { audience: "some-other-api" });
    expectUnauthenticated(await api.request(ME, {}, asHeader(token)), `The token is not meant for this API: its audience (aud) must be "${AUDIENCE}".`);
  });

  it("a token of an issuer that is not in the trust registry is refused", async () => {
    const stranger = await TestIdentityProvider.create("https://idp.stranger.test", ["politie-rotterdam"]);
    const token = await stranger.sign(claims);
    expectUnauthenticated(await api.request(ME, {}, asHeader(token)), `The token's issuer "https://idp.stranger.test" is not in the trust registry.`);
  });

  it("an unsigned token (alg: none) is refused, even with a trusted issuer", async () => {
    const payload = { ...claims, iss: api.idps.safety.issuer, aud: AUDIENCE, iat: nowSeconds(), exp: nowSeconds() + 600 };
    const token = `${b64url({ alg: "none", typ: "JWT" })}.${b64url(payload)}.`;
    expectUnauthenticated(await api.request(ME, {}, asHeader(token)), `The token's signing algorithm "none" is not allowed for issuer ${api.idps.safety.issuer} (allowed: ES256).`);
  });

  it("an HS256 token keyed with the issuer's public key (algorithm confusion) is refused", async () => {
    const publicJwk = api.idps.safety.entry.jwks!.keys[0] as JWK;
    const publicPem = createPublicKey({ key: publicJwk as never, format: "jwk" }).export({ type: "spki", format: "pem" });
    for (const secret of [Buffer.from(publicPem), Buffer.from(JSON.stringify(publicJwk))]) {
      const token = await new SignJWT(claims)
        .setProtectedHeader({ alg: "HS256", kid: publicJwk.kid })
        .setIssuer(api.idps.safety.issuer).setAudience(AUDIENCE).setIssuedAt().setExpirationTime("10m")
        .sign(new Uint8Array(secret));
      expectUnauthenticated(await api.request(ME, {}, asHeader(token)), `The token's signing algorithm "HS256" is not allowed for issuer ${api.idps.safety.issuer} (allowed: ES256).`);
    }
  });

  it("a token whose org claim names an organisation its issuer may not speak for is refused", async () => {
    const token = await api.idps.safety.sign({ ...claims, org: "ggz-rijnmond" });
    expectUnauthenticated(await api.request(ME, {}, asHeader(token)), `Issuer ${api.idps.safety.issuer} may not speak for organisation ggz-rijnmond.`);
  });

  it("a token of an issuer for several organisations without an org claim is refused", async () => {
    const token = await api.idps.care.sign({ sub: "ggz-fleur", roles: ["CHAIN_PARTNER"] });
    expectUnauthenticated(await api.request(ME, {}, asHeader(token)), `Issuer ${api.idps.care.issuer} speaks for several organisations; the token must name one in its 'org' claim.`);
  });

  it("a token without a subject is refused", async () => {
    const token = await api.idps.safety.sign({ org: "politie-rotterdam", roles: ["CHAIN_PARTNER"] } as never);
    expectUnauthenticated(await api.request(ME, {}, asHeader(token)), "The token lacks the required 'sub' claim.");
  });

  it("an organisation in the trust registry that is not a partner in the database is refused", async () => {
    await api.ds.query(`UPDATE organisation SET code = 'politie-utrecht-archived' WHERE code = 'politie-utrecht'`);
    try {
      const token = await api.idps.safety.sign({ ...claims, org: "politie-utrecht" });
      expectUnauthenticated(await api.request(ME, {}, asHeader(token)), "Organisation politie-utrecht is not a partner of this house.");
    } finally {
      await api.ds.query(`UPDATE organisation SET code = 'politie-utrecht' WHERE code = 'politie-utrecht-archived'`);
    }
  });

  it("a database failure while signing in is a bare 500 INTERNAL_SERVER_ERROR, without SQL or table names", async () => {
    await api.ds.query(`ALTER TABLE organisation RENAME TO organisation_moved`);
    try {
      // An organisation not signed in before in this file: the server keeps found organisations for 30 s.
      const res = await api.request(ME, {}, asHeader(await api.idps.safety.sign({ ...claims, org: "gemeente-rotterdam" })));
      expect(res.status).toBe(500);
      expect(res).not.toHaveProperty("data");
      expect(res.errors).toEqual([{ message: "Internal server error.", extensions: { code: "INTERNAL_SERVER_ERROR", requestId: expect.any(String) } }]);
    } finally {
      await api.ds.query(`ALTER TABLE organisation_moved RENAME TO organisation`);
    }
  });

  it("a refused token reveals nothing even when the query asks for cases", async () => {
    const token = await api.idps.safety.sign(claims, { audience: "some-other-api" });
    const res = await api.request(`{ cases(first: 5) { edges { node { id } } } }`, {}, asHeader(token));
    expectUnauthenticated(res, /audience/);
  });

  it("every refusal is written to the security log with its reason and what the token claims, never the token", async () => {
    api.refusedSignIns.length = 0;
    const stranger = await TestIdentityProvider.create("https://idp.stranger.test", ["politie-rotterdam"]);
    const token = await stranger.sign({ ...claims, sub: "agent-x" });
    await api.request(ME, {}, asHeader(token));
    await api.request(ME, {}, "Bearer not-a-jwt");
    await api.request(ME);
    expect(api.refusedSignIns).toEqual([
      {
        event: "SIGN_IN_REFUSED", at: expect.any(String), remoteAddress: expect.stringMatching(/127\.0\.0\.1/),
        reason: 'The token\'s issuer "https://idp.stranger.test" is not in the trust registry.',
        claimed: { issuer: "https://idp.stranger.test", subject: "agent-x", organisation: "politie-rotterdam" },
      },
      expect.objectContaining({ reason: expect.stringMatching(/not a well-formed JWT/), claimed: null }),
      expect.objectContaining({ reason: expect.stringMatching(/^Sign in:/), claimed: null }),
    ]);
    expect(JSON.stringify(api.refusedSignIns)).not.toContain(token.split(".")[2]);
  });

  it("a sign-in that succeeds writes nothing to the security log", async () => {
    api.refusedSignIns.length = 0;
    const res = await api.request(ME, {}, asHeader(await api.idps.safety.sign(claims)));
    expect(res.status).toBe(200);
    expect(api.refusedSignIns).toEqual([]);
  });
});
