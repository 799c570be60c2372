import type { Express, Response } from "express";
import type { Pool } from "pg";
import type { DataSource } from "typeorm";
import { retryAfterOf } from "../db/unavailable";

export interface Readiness {
  ready: boolean;
  checks: { database: boolean; accessLogWritable: boolean };
}

/**
 * Ready means: PostgreSQL answers on the API's own pool (as the API's role), and that role may append
 * to the access log in a writable session. Without the second, every request with something to log
 * would answer an error, so a balancer should not send traffic here. A privilege check, not a test
 * INSERT: nothing is written, and the chain is never locked by a probe.
 */
export async function readiness(ds: DataSource): Promise<Readiness> {
  const pool = (ds.driver as unknown as { master: Pool }).master;
  try {
    const { rows } = await pool.query<{ log: boolean; writable: boolean }>(
      "SELECT has_table_privilege('audit_log', 'INSERT') AS log, current_setting('transaction_read_only') = 'off' AS writable",
    );
    const accessLogWritable = rows[0].log && rows[0].writable;
    return { ready: accessLogWritable, checks: { database: true, accessLogWritable } };
  } catch (error) {
    return Object.assign({ ready: false, checks: { database: false, accessLogWritable: false } }, { retryAfter: retryAfterOf(error) });
  }
}

function noStore(res: Response): Response {
  return res.set("cache-control", "no-store");
}

/**
 * Probes for orchestrators, without a token and without personal data: /health/live says the process
 * runs (restart it if not), /health/ready says it can serve (route traffic to it or not). /health is
 * the readiness answer, so an old probe no longer reports ok with the database dead.
 */
export function mountHealth(app: Express, ds: DataSource): void {
  app.get("/health/live", (_req, res) => {
    noStore(res).json({ status: "ok" });
  });
  // One check at a time, shared by every probe that arrives while it runs: probes need no token, so a flood
  // of them must not take the pool's connections from the API's own requests.
  let running: Promise<Readiness> | null = null;
  const current = (): Promise<Readiness> => {
    running ??= readiness(ds).finally(() => {
      running = null;
    });
    return running;
  };
  const ready = async (_req: unknown, res: Response): Promise<void> => {
    const state = await current();
    if (state.ready) {
      noStore(res).json({ status: "ok", checks: state.checks });
      return;
    }
    const retryAfter = (state as Readiness & { retryAfter?: number }).retryAfter ?? 1;
    noStore(res).status(503).set("retry-after", String(retryAfter)).json({ status: "unavailable", checks: state.checks });
  };
  app.get("/health/ready", ready);
  app.get("/health", ready);
}
