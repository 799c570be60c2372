import { logRefusedSignIn, refusedSignIn } from "../../src/identity/sign-in-log";

describe("the security log of refused sign-ins (identity/sign-in-log.ts)", () => {
  const payload = (claims: object) => Buffer.from(JSON.stringify(claims)).toString("base64url");

  it("writes one JSON line per refusal to the server log (stdout)", () => {
    const write = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
    try {
      logRefusedSignIn(refusedSignIn(null, "Sign in.", "::1", new Date("2026-03-02T10:00:00Z")));
      expect(write).toHaveBeenCalledTimes(1);
      expect(JSON.parse(String(write.mock.calls[0][0]))).toMatchObject({
        level: "warn", event: "SIGN_IN_REFUSED", at: "2026-03-02T10:00:00.000Z", reason: "Sign in.", claimed: null, remoteAddress: "::1",
      });
    } finally {
      write.mockRestore();
    }
  });

  it("keeps only string claims, cut short, and nothing else of the token", () => {
    const token = `${payload({ alg: "RS256" })}.${payload({ iss: "x".repeat(500), sub: 42, org: "politie", secret: "s3cr3t" })}.c2lnbmF0dXJl`;
    const refusal = refusedSignIn(token, "bad", undefined, new Date());
    expect(refusal.claimed).toEqual({ issuer: "x".repeat(200), subject: null, organisation: "politie" });
    expect(refusal.remoteAddress).toBeNull();
    expect(JSON.stringify(refusal)).not.toMatch(/s3cr3t|c2lnbmF0dXJl/);
  });
});
