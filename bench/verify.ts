import { isDeepStrictEqual } from "node:util";
import type { MeasuredServer } from "./servers";

export interface Probe {
  status: number;
  bytes: number;
  /** Statements this one request sent to PostgreSQL. */
  statements: number;
  /** What it sent, first 160 characters of each statement. */
  sql: string[];
  /** Wall time of the request alone, in ms. */
  ms: number;
  data: unknown;
  errors: Array<{ message: string; code?: string; path?: Array<string | number> }>;
}

/** One request, alone on the server, to see its answer and count its SQL statements exactly. */
export async function probe(server: MeasuredServer, body: string, authorization: string | undefined): Promise<Probe> {
  const before = await server.statements();
  const started = Date.now();
  const response = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body,
  });
  const text = await response.text();
  const ms = Date.now() - started;
  const statements = (await server.statements()) - before;
  const sql = await server.lastStatements(statements);
  let parsed: { data?: unknown; errors?: Array<{ message: string; path?: Array<string | number>; extensions?: { code?: string } }> } = {};
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
  }
  return {
    status: response.status,
    bytes: Buffer.byteLength(text),
    statements,
    sql,
    ms,
    data: parsed.data ?? null,
    errors: (parsed.errors ?? []).map((e) => ({ message: e.message, code: e.extensions?.code, path: e.path })),
  };
}

/** The first path where two answers differ, or null when they are equal. */
export function firstDifference(a: unknown, b: unknown, path = "data"): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: ${a.length} vs ${b.length} items`;
    for (let i = 0; i < a.length; i++) {
      const found = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (found) return found;
    }
  }
  if (a && b && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      if (found) return found;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 120)} vs ${JSON.stringify(b)?.slice(0, 120)}`;
}

/** Error codes with counts, e.g. "FORBIDDEN×87". */
export function summariseErrors(errors: Probe["errors"]): string {
  const counts = new Map<string, number>();
  for (const e of errors) counts.set(e.code ?? e.message.slice(0, 40), (counts.get(e.code ?? e.message.slice(0, 40)) ?? 0) + 1);
  return [...counts].map(([code, n]) => `${code}×${n}`).join(", ");
}
