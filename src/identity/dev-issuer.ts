import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from "jose";
import type { TrustedIssuer } from "./trust-registry";

export const DEV_ISSUER = "urn:casusoverleg:dev-issuer";
export const API_AUDIENCE = "casusoverleg-api";
const ALG = "ES256";

interface StoredKey {
  privateJwk: JWK;
  publicJwk: JWK;
}

/**
 * The local development identity provider: a key pair kept in the data directory. It speaks for any
 * organisation, so the server only trusts it when the embedded development database is in use.
 */
export class DevIssuer {
  private constructor(private readonly key: StoredKey) {}

  static async loadOrCreate(path: string): Promise<DevIssuer> {
    if (existsSync(path)) return new DevIssuer(JSON.parse(readFileSync(path, "utf8")) as StoredKey);
    const { privateKey, publicKey } = await generateKeyPair(ALG, { extractable: true });
    const kid = `dev-${Date.now()}`;
    const key: StoredKey = {
      privateJwk: { ...(await exportJWK(privateKey)), kid, alg: ALG },
      publicJwk: { ...(await exportJWK(publicKey)), kid, alg: ALG, use: "sig" },
    };
    // Only the key's own folder is private: the data folder above it must stay traversable for the
    // embedded PostgreSQL, which runs as its own system user when started as root.
    mkdirSync(dirname(dirname(path)), { recursive: true });
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    try {
      // `wx`: when the server and `npm run token` create the key at the same moment, the first one wins.
      writeFileSync(path, JSON.stringify(key, null, 2), { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      return new DevIssuer(JSON.parse(readFileSync(path, "utf8")) as StoredKey);
    }
    return new DevIssuer(key);
  }

  registryEntry(): TrustedIssuer {
    return {
      issuer: DEV_ISSUER,
      audience: API_AUDIENCE,
      algorithms: [ALG],
      jwks: { keys: [this.key.publicJwk] },
      organisations: ["*"],
      description: "Local development issuer (npm run token). Never trusted outside the embedded development setup.",
    };
  }

  async sign(claims: { sub: string; org: string; roles: string[]; name?: string }, ttlSeconds = 8 * 3600): Promise<string> {
    const key = await importJWK(this.key.privateJwk, ALG);
    return new SignJWT({ org: claims.org, roles: claims.roles, name: claims.name })
      .setProtectedHeader({ alg: ALG, kid: this.key.privateJwk.kid })
      .setIssuer(DEV_ISSUER)
      .setAudience(API_AUDIENCE)
      .setSubject(claims.sub)
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
      .sign(key);
  }
}
