import { TokenVerifier } from "../../src/identity/token-verifier";
import { TestIdentityProvider } from "../support/identity-providers";

/** Signature checks made, counted on the verifier's one place that calls jose. */
function countChecks(): jest.SpyInstance {
  return jest.spyOn(TokenVerifier.prototype as unknown as { verifySignature: () => Promise<unknown> }, "verifySignature");
}

describe("sign-in: a verified token is remembered briefly, a refused one never", () => {
  let idp: TestIdentityProvider;
  let checks: jest.SpyInstance;

  beforeAll(async () => {
    idp = await TestIdentityProvider.create("https://idp.politie.test", ["POLITIE"]);
  });
  beforeEach(() => {
    checks = countChecks();
  });
  afterEach(() => {
    checks.mockRestore();
    jest.useRealTimers();
  });

  it("checks the same valid token's signature once and answers the same identity", async () => {
    const verifier = new TokenVerifier([idp.entry]);
    const token = await idp.sign({ sub: "agent-1", roles: ["PARTNER"] });
    const first = await verifier.verify(token);
    const second = await verifier.verify(token);
    expect(second).toEqual(first);
    expect(first).toMatchObject({ subject: "agent-1", organisationCode: "POLITIE" });
    // Shared between requests, so nobody can change it for the next one.
    expect(Object.isFrozen(first) && Object.isFrozen(first.roles)).toBe(true);
    expect(checks).toHaveBeenCalledTimes(1);
  });

  it("checks a refused token in full every time and refuses it every time", async () => {
    const verifier = new TokenVerifier([idp.entry]);
    const token = await idp.sign({ sub: "agent-1" }, { audience: "another-api" });
    await expect(verifier.verify(token)).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    await expect(verifier.verify(token)).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    expect(checks).toHaveBeenCalledTimes(2);
  });

  it("refuses a remembered token once its exp has passed", async () => {
    jest.useFakeTimers({ now: Date.now(), doNotFake: ["nextTick", "setImmediate", "queueMicrotask"] });
    const verifier = new TokenVerifier([idp.entry], { ttlMs: 60_000 });
    const token = await idp.sign({ sub: "agent-1" }, { expiresIn: 5 });
    await expect(verifier.verify(token)).resolves.toMatchObject({ subject: "agent-1" });
    jest.setSystemTime(Date.now() + 6_000);
    await expect(verifier.verify(token)).rejects.toThrow("The token has expired; sign in again.");
    expect(checks).toHaveBeenCalledTimes(2);
  });

  it("checks a long-lived token again after the cache's ttl", async () => {
    let now = 1_000_000;
    const verifier = new TokenVerifier([idp.entry], { ttlMs: 1_000, now: () => now });
    const token = await idp.sign({ sub: "agent-1" });
    await verifier.verify(token);
    now += 999;
    await verifier.verify(token);
    expect(checks).toHaveBeenCalledTimes(1);
    now += 1;
    await verifier.verify(token);
    expect(checks).toHaveBeenCalledTimes(2);
  });

  it("keeps at most maxEntries tokens, dropping the oldest", async () => {
    const verifier = new TokenVerifier([idp.entry], { maxEntries: 1 });
    const [a, b] = await Promise.all([idp.sign({ sub: "agent-a" }), idp.sign({ sub: "agent-b" })]);
    await verifier.verify(a);
    await verifier.verify(b);
    await verifier.verify(a);
    expect(checks).toHaveBeenCalledTimes(3);
    await verifier.verify(a);
    expect(checks).toHaveBeenCalledTimes(3);
  });
});
