import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type KeyLike } from "jose";
import type { TrustedIssuer } from "../../src/identity";

export const AUDIENCE = "casusoverleg-api";

/** A real identity provider of one partner (or a group of partners), with its own key pair. */
export class TestIdentityProvider {
  private constructor(
    readonly issuer: string,
    readonly organisations: string[],
    private readonly privateKey: KeyLike,
    readonly entry: TrustedIssuer,
  ) {}

  static async create(issuer: string, organisations: string[]): Promise<TestIdentityProvider> {
    const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
    const jwk = { ...(await exportJWK(publicKey)), kid: `${issuer}#1`, alg: "ES256", use: "sig" };
    const entry: TrustedIssuer = { issuer, audience: AUDIENCE, algorithms: ["ES256"], jwks: { keys: [jwk] }, organisations };
    return new TestIdentityProvider(issuer, organisations, privateKey as KeyLike, entry);
  }

  /** Signs a token; `overrides` lets tests forge expired, wrong-audience or otherwise bad tokens. */
  sign(claims: JWTPayload & { sub: string }, overrides: { audience?: string; expiresIn?: number; issuer?: string } = {}): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT(claims)
      .setProtectedHeader({ alg: "ES256", kid: `${this.issuer}#1` })
      .setIssuer(overrides.issuer ?? this.issuer)
      .setAudience(overrides.audience ?? AUDIENCE)
      .setIssuedAt(now - 5)
      .setExpirationTime(now + (overrides.expiresIn ?? 600))
      .sign(this.privateKey);
  }
}
