import { onOff, unsetWhenEmpty, wholeNumber } from "../config-values";

/**
 * The limits one request must stay within, and the rate limits per user and organisation. Read from the
 * environment through the one configuration schema (src/config.ts; README, "Configuration"); the
 * defaults let every legitimate query of the test suite, the demo and the benchmark scenarios through (test/unit/query-limits.test.ts holds that).
 */
export interface LimitsConfig {
  /** Selection depth; introspection's `__schema` is not counted (the explorer's own query is deep). */
  maxDepth: number;
  /** Aliased fields per document (the benchmark's S4 uses 5). */
  maxAliases: number;
  maxDirectives: number;
  /** Field selections per document (`__typename` a thousand times side by side is refused by this). */
  maxFields: number;
  /** Lexical tokens per document, checked while parsing so a huge document is never built. */
  maxTokens: number;
  /** List-weighted cost (cost.ts). */
  maxCost: number;
  /** Assumed length of a list that has no `first` argument (participants, goals, actions …). */
  assumedListSize: number;
  executionTimeoutMs: number;
  /** JSON bytes of one answer. */
  maxResponseBytes: number;
  /** Requests per user (issuer + subject) per window; 0 turns the limit off. */
  rateLimitPerUser: number;
  /** Requests per organisation per window; 0 turns the limit off. */
  rateLimitPerOrganisation: number;
  rateLimitWindowSeconds: number;
  /** Only registered documents run (trusted-documents mode). */
  trustedDocumentsOnly: boolean;
}

export const DEFAULT_LIMITS: LimitsConfig = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 50,
  maxFields: 500,
  maxTokens: 5000,
  maxCost: 250_000,
  assumedListSize: 10,
  executionTimeoutMs: 15_000,
  maxResponseBytes: 10 * 1024 * 1024,
  rateLimitPerUser: 1200,
  rateLimitPerOrganisation: 12_000,
  rateLimitWindowSeconds: 60,
  trustedDocumentsOnly: false,
};

/** Environment variable per setting (documented in the README's configuration table). */
export const LIMIT_VARIABLES: Record<keyof LimitsConfig, string> = {
  maxDepth: "QUERY_MAX_DEPTH",
  maxAliases: "QUERY_MAX_ALIASES",
  maxDirectives: "QUERY_MAX_DIRECTIVES",
  maxFields: "QUERY_MAX_FIELDS",
  maxTokens: "QUERY_MAX_TOKENS",
  maxCost: "QUERY_MAX_COST",
  assumedListSize: "QUERY_ASSUMED_LIST_SIZE",
  executionTimeoutMs: "EXECUTION_TIMEOUT_MS",
  maxResponseBytes: "RESPONSE_MAX_BYTES",
  rateLimitPerUser: "RATE_LIMIT_PER_USER",
  rateLimitPerOrganisation: "RATE_LIMIT_PER_ORGANISATION",
  rateLimitWindowSeconds: "RATE_LIMIT_WINDOW_SECONDS",
  trustedDocumentsOnly: "TRUSTED_DOCUMENTS_ONLY",
};

const atLeast = (least: number, fallback: number) => unsetWhenEmpty(wholeNumber(least).default(fallback));

/** The limits' section of the one configuration schema (config.ts): a malformed value stops the server at start. */
export const limitsSection = {
  QUERY_MAX_DEPTH: atLeast(1, DEFAULT_LIMITS.maxDepth),
  QUERY_MAX_ALIASES: atLeast(1, DEFAULT_LIMITS.maxAliases),
  QUERY_MAX_DIRECTIVES: atLeast(1, DEFAULT_LIMITS.maxDirectives),
  QUERY_MAX_FIELDS: atLeast(1, DEFAULT_LIMITS.maxFields),
  QUERY_MAX_TOKENS: atLeast(1, DEFAULT_LIMITS.maxTokens),
  QUERY_MAX_COST: atLeast(1, DEFAULT_LIMITS.maxCost),
  QUERY_ASSUMED_LIST_SIZE: atLeast(1, DEFAULT_LIMITS.assumedListSize),
  EXECUTION_TIMEOUT_MS: atLeast(1, DEFAULT_LIMITS.executionTimeoutMs),
  RESPONSE_MAX_BYTES: atLeast(1, DEFAULT_LIMITS.maxResponseBytes),
  // 0 turns a rate limit off.
  RATE_LIMIT_PER_USER: atLeast(0, DEFAULT_LIMITS.rateLimitPerUser),
  RATE_LIMIT_PER_ORGANISATION: atLeast(0, DEFAULT_LIMITS.rateLimitPerOrganisation),
  RATE_LIMIT_WINDOW_SECONDS: atLeast(1, DEFAULT_LIMITS.rateLimitWindowSeconds),
  TRUSTED_DOCUMENTS_ONLY: unsetWhenEmpty(onOff.default(DEFAULT_LIMITS.trustedDocumentsOnly)),
};

type LimitValues = { [K in keyof typeof limitsSection]: number | boolean };

/** The limits out of the parsed configuration (config().…); limits/index.ts reads them per server. */
export function limitsOf(settings: LimitValues): LimitsConfig {
  const limits: Record<string, number | boolean> = {};
  for (const key of Object.keys(LIMIT_VARIABLES) as Array<keyof LimitsConfig>) limits[key] = settings[LIMIT_VARIABLES[key] as keyof LimitValues];
  return limits as unknown as LimitsConfig;
}
