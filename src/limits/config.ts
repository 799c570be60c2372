/**
 * The limits one request must stay within, and the rate limits per user and organisation. Read from the
 * environment once at start (README, "Configuration"); the defaults let every legitimate query of the
 * test suite, the demo and the benchmark scenarios through (test/unit/query-limits.test.ts holds that).
 */
export interface LimitsConfig {
  /** Selection depth; introspection's `__schema` is not counted (the explorer's own query is deep). */
  maxDepth: number;
  /** Aliased fields per document (the benchmark's S4 uses 5). */
  maxAliases: number;
  maxDirectives: number;
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

const MAY_BE_ZERO = new Set<keyof LimitsConfig>(["rateLimitPerUser", "rateLimitPerOrganisation"]);

function parseSetting(key: keyof LimitsConfig, raw: string): number | boolean {
  const name = LIMIT_VARIABLES[key];
  if (typeof DEFAULT_LIMITS[key] === "boolean") {
    if (raw === "1" || raw === "true") return true;
    if (raw === "0" || raw === "false") return false;
    throw new Error(`${name} must be 1 or 0, not '${raw}'.`);
  }
  const value = Number(raw);
  const least = MAY_BE_ZERO.has(key) ? 0 : 1;
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < least) {
    throw new Error(`${name} must be a whole number of at least ${least}, not '${raw}'.`);
  }
  return value;
}

/** The limits from the environment; a malformed value stops the server with a message naming the variable. */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): LimitsConfig {
  const limits: Record<string, number | boolean> = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(LIMIT_VARIABLES) as Array<keyof LimitsConfig>) {
    const raw = env[LIMIT_VARIABLES[key]];
    if (raw !== undefined && raw !== "") limits[key] = parseSetting(key, raw);
  }
  return limits as unknown as LimitsConfig;
}
