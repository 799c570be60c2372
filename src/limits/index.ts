import type { ApolloServerPlugin } from "@apollo/server";
import type { ValidationRule } from "graphql";
import type { DataSource } from "typeorm";
import type { Context } from "../context";
import type { Metrics } from "../metrics/metrics";
import { config, loadConfig } from "../config";
import { limitsOf, type LimitsConfig } from "./config";
import { limitsPlugin } from "./plugin";
import { RateLimits } from "./rate-limits";
import { limitRules } from "./rules";
import { TrustedDocuments, type RequestBody } from "./trusted-documents";

export { DEFAULT_LIMITS, type LimitsConfig } from "./config";

/** The limits of this environment (or of `env`), checked by the one configuration schema. */
export function limitsFromEnv(env?: NodeJS.ProcessEnv): LimitsConfig {
  return limitsOf(env ? loadConfig(env) : config());
}
export { responseSizeGuard } from "./response-size";

/** Everything the server plugs in to hold one request within its limits. */
export interface RequestLimits {
  limits: LimitsConfig;
  plugin: ApolloServerPlugin<Context>;
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
  /** After sign-in, before the document is read: the rate limits, then the trusted-documents check. */
  admit(context: Context, body: RequestBody | undefined, search?: Record<string, unknown>): Promise<void>;
}

export function requestLimits(ds: DataSource, metrics: Metrics, overrides: Partial<LimitsConfig> = {}): RequestLimits {
  const limits = { ...limitsFromEnv(), ...overrides };
  const rateLimits = new RateLimits(ds, limits, (scope) => metrics.rateLimitRefusals.inc({ scope }));
  const documents = new TrustedDocuments(ds, limits.trustedDocumentsOnly);
  return {
    limits,
    plugin: limitsPlugin(limits, (measure) => metrics.limitRefusals.inc({ measure })),
    validationRules: limitRules(limits),
    parseOptions: { maxTokens: limits.maxTokens },
    async admit(context, body, search) {
      await rateLimits.consume(context.viewer);
      await documents.resolve(body ?? {}, context.viewer, search);
    },
  };
}
