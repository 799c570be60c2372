import { config } from "../config";

/** How the HTTP edge behaves; read from the environment at start-up (README, Configuration). */
export interface EdgeConfig {
  /** Origins of partner frontends whose browsers may call the API (CORS); none by default. */
  corsOrigins: string[];
  /** Whether the schema can be introspected; off by default in production. */
  introspection: boolean;
  /** Whether GET /graphql serves the offline explorer to browsers; off by default in production. */
  explorer: boolean;
}

const ON = new Set(["1", "true", "on", "yes"]);
const OFF = new Set(["0", "false", "off", "no"]);

/** The variables the edge reads, as the configuration (config.ts) holds them. */
export type EdgeEnvironment = Partial<Record<"NODE_ENV" | "CORS_ORIGINS" | "GRAPHQL_INTROSPECTION" | "GRAPHQL_EXPLORER", string>>;

function flag(env: EdgeEnvironment, name: "GRAPHQL_INTROSPECTION" | "GRAPHQL_EXPLORER", fallback: boolean): boolean {
  const value = env[name]?.trim().toLowerCase();
  if (!value) return fallback;
  if (ON.has(value)) return true;
  if (OFF.has(value)) return false;
  throw new Error(`${name} must be 1 or 0 (true or false), not "${env[name]}".`);
}

/** An origin is scheme://host[:port], exactly as a browser sends it in the Origin header. */
function origin(entry: string): string {
  let url: URL | null = null;
  try {
    url = new URL(entry);
  } catch {
    url = null;
  }
  if (!url || !["http:", "https:"].includes(url.protocol) || url.origin !== entry) {
    throw new Error(`CORS_ORIGINS: "${entry}" is not an origin; write scheme://host[:port] without a path or a trailing slash, for example https://app.partner.example.`);
  }
  return entry;
}

export function edgeConfigFromEnv(env: EdgeEnvironment = config()): EdgeConfig {
  const production = env.NODE_ENV === "production";
  const origins = (env.CORS_ORIGINS ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  return {
    corsOrigins: origins.map(origin),
    introspection: flag(env, "GRAPHQL_INTROSPECTION", !production),
    explorer: flag(env, "GRAPHQL_EXPLORER", !production),
  };
}
