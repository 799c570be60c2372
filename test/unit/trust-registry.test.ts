import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { config } from "../../src/config";
import { DEV_ISSUER, DevIssuer, loadRegistry, TokenVerifier, validateRegistry, type TrustedIssuer } from "../../src/identity";

const PUBLIC_KEY = { kty: "EC", crv: "P-256", x: "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU", y: "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0", kid: "k1" };

function entry(overrides: Partial<TrustedIssuer> = {}): TrustedIssuer {
  return {
    issuer: "https://idp.politie.example",
    audience: "casusoverleg-api",
    algorithms: ["ES256"],
    jwks: { keys: [PUBLIC_KEY] },
    organisations: ["politie-rotterdam"],
    ...overrides,
  };
}

describe("trust registry: a typo cannot open the door", () => {
  it("accepts a well-formed entry with inline keys, and one with an https jwksUri", () => {
    expect(validateRegistry([entry(), entry({ issuer: "https://idp.om.example", jwks: undefined, jwksUri: "https://idp.om.example/jwks" })])).toHaveLength(2);
  });

  it.each([["HS256"], ["HS512"], ["none"], ["NONE"], ["ES256K"], [""]])("refuses the algorithm %p", (alg) => {
    expect(() => validateRegistry([entry({ algorithms: ["ES256", alg] })])).toThrow("algorithms must be asymmetric JWS algorithms");
  });

  it("refuses an entry without algorithms", () => {
    expect(() => validateRegistry([entry({ algorithms: [] })])).toThrow("algorithms must be asymmetric");
  });

  it("refuses an entry without keys, and one with both jwks and jwksUri", () => {
    expect(() => validateRegistry([entry({ jwks: undefined })])).toThrow("give exactly one of jwksUri or jwks");
    expect(() => validateRegistry([entry({ jwksUri: "https://idp.politie.example/jwks" })])).toThrow("give exactly one of jwksUri or jwks");
  });

  it("refuses an empty key set, symmetric keys and private keys", () => {
    expect(() => validateRegistry([entry({ jwks: { keys: [] } })])).toThrow("jwks must contain at least one key");
    expect(() => validateRegistry([entry({ jwks: { keys: [{ kty: "oct", k: "c2VjcmV0" }] } })])).toThrow("symmetric (oct)");
    expect(() => validateRegistry([entry({ jwks: { keys: [{ ...PUBLIC_KEY, d: "private" }] } })])).toThrow("public keys only");
  });

  it("refuses keys fetched over plain http, except from a loopback test issuer", () => {
    expect(() => validateRegistry([entry({ jwks: undefined, jwksUri: "http://idp.politie.example/jwks" })])).toThrow("jwksUri must use https");
    expect(() => validateRegistry([entry({ jwks: undefined, jwksUri: "not a url" })])).toThrow("jwksUri is not a URL");
    expect(validateRegistry([entry({ jwks: undefined, jwksUri: "http://127.0.0.1:8080/jwks" })])).toHaveLength(1);
  });

  it("refuses an entry without organisations", () => {
    expect(() => validateRegistry([entry({ organisations: [] })])).toThrow("organisations must not be empty");
  });

  it("refuses the same issuer listed twice", () => {
    expect(() => validateRegistry([entry(), entry({ organisations: ["om-rotterdam"] })])).toThrow("listed twice");
  });

  it("refuses an entry without issuer or audience", () => {
    expect(() => validateRegistry([entry({ issuer: "" })])).toThrow("issuer and audience are required");
    expect(() => validateRegistry([entry({ audience: "" })])).toThrow("issuer and audience are required");
  });

  it("refuses '*' (any organisation) except for the issuer named as the local development issuer", () => {
    expect(() => validateRegistry([entry({ organisations: ["*"] })])).toThrow("'*' is only allowed for the local development issuer");
    expect(() => validateRegistry([entry({ organisations: ["*"] })], { allowWildcard: ["https://idp.other.example"] })).toThrow("'*'");
    expect(validateRegistry([entry({ organisations: ["*"] })], { allowWildcard: ["https://idp.politie.example"] })).toHaveLength(1);
  });
});

describe("trust registry file", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "registry-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("config/trust-registry.json loads and names only asymmetric algorithms and concrete organisations", () => {
    const registry = loadRegistry(config().TRUST_REGISTRY);
    expect(registry.map((e) => e.issuer)).toEqual(expect.arrayContaining(["https://login.politie-rotterdam.example/oidc"]));
    for (const e of registry) {
      expect(e.organisations).not.toContain("*");
      expect(e.issuer).not.toBe(DEV_ISSUER);
    }
  });

  it("a broken registry file fails with the file's path in the message", () => {
    const path = join(dir, "broken.json");
    writeFileSync(path, JSON.stringify({ issuers: [entry({ algorithms: ["HS256"] })] }));
    expect(() => loadRegistry(path)).toThrow(`Trust registry ${path}: trust registry entry https://idp.politie.example: algorithms`);
    writeFileSync(path, JSON.stringify({ issuer: [] }));
    expect(() => loadRegistry(path)).toThrow(`Trust registry ${path}: expected { "issuers"`);
  });
});

describe("development issuer", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "dev-issuer-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("creates its key once, keeps it private to the owner, and reuses it", async () => {
    const path = join(dir, "dev-issuer", "key.json");
    const first = await DevIssuer.loadOrCreate(path);
    const stored = readFileSync(path, "utf8");
    const second = await DevIssuer.loadOrCreate(path);
    expect(readFileSync(path, "utf8")).toBe(stored);
    expect(second.registryEntry().jwks).toEqual(first.registryEntry().jwks);
    if (process.platform !== "win32") expect(statSync(path).mode & 0o077).toBe(0);
  });

  it("may speak for any organisation only when explicitly allowed, and its tokens verify", async () => {
    const dev = await DevIssuer.loadOrCreate(join(dir, "dev-issuer", "key.json"));
    expect(() => validateRegistry([dev.registryEntry()])).toThrow("'*'");
    const registry = validateRegistry([dev.registryEntry()], { allowWildcard: [DEV_ISSUER] });
    const token = await dev.sign({ sub: "dev-user", org: "politie-rotterdam", roles: ["CHAIN_PARTNER"], name: "Dev" });
    const verified = await new TokenVerifier(registry).verify(token);
    expect(verified).toMatchObject({ issuer: DEV_ISSUER, subject: "dev-user", organisationCode: "politie-rotterdam", roles: ["CHAIN_PARTNER"], name: "Dev" });
  });
});
