import { createHash } from "node:crypto";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import type { DataSource } from "typeorm";
import type { Viewer } from "../identity/viewer";
import type { LimitsConfig } from "./config";
import { RateLimitedError } from "./errors";

/** The table migrations/…-RateLimit.ts creates; the API role may read and write it like case data. */
export const RATE_LIMIT_TABLE = "rate_limit";

export type RateLimitScope = "user" | "organisation";

/** Told of each refusal (metrics). */
export type OnRateLimited = (scope: RateLimitScope) => void;

/**
 * Requests per user and per organisation in a fixed window, counted in PostgreSQL, so every API instance
 * on the same database shares the count (one upsert per scope and request). The user's key is a hash of
 * issuer and subject: the table holds no one's name or id in the clear.
 */
export class RateLimits {
  private readonly limiters: Array<{ scope: RateLimitScope; points: number; limiter: RateLimiterPostgres; key: (viewer: Viewer) => string }> = [];

  constructor(ds: DataSource, private readonly limits: LimitsConfig, private readonly onLimited: OnRateLimited = () => undefined) {
    const limiter = (scope: RateLimitScope, points: number) =>
      new RateLimiterPostgres({ storeClient: ds, storeType: "typeorm", tableName: RATE_LIMIT_TABLE, tableCreated: true, keyPrefix: scope, points, duration: limits.rateLimitWindowSeconds });
    if (limits.rateLimitPerUser > 0) {
      this.limiters.push({ scope: "user", points: limits.rateLimitPerUser, limiter: limiter("user", limits.rateLimitPerUser), key: (v) => hash(`${v.issuer}\n${v.userId}`) });
    }
    if (limits.rateLimitPerOrganisation > 0) {
      this.limiters.push({ scope: "organisation", points: limits.rateLimitPerOrganisation, limiter: limiter("organisation", limits.rateLimitPerOrganisation), key: (v) => v.organisationId });
    }
  }

  /** Counts one request; throws RATE_LIMITED (429, Retry-After) when the user or the organisation is over its limit. */
  async consume(viewer: Viewer): Promise<void> {
    const outcomes = await Promise.allSettled(this.limiters.map(({ limiter, key }) => limiter.consume(key(viewer))));
    for (const [index, outcome] of outcomes.entries()) {
      if (outcome.status === "fulfilled") continue;
      if (!(outcome.reason instanceof RateLimiterRes)) throw outcome.reason;
      const { scope, points } = this.limiters[index];
      this.onLimited(scope);
      throw new RateLimitedError(scope, points, this.limits.rateLimitWindowSeconds, Math.max(1, Math.ceil(outcome.reason.msBeforeNext / 1000)));
    }
  }
}

function hash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
