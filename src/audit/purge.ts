import type { DataSource } from "typeorm";
import { addMonths } from "../cases/case-state";
import { AUDIT_CHAIN_LOCK } from "./chain";
import { config, loadConfig } from "../config";

/** AUDIT_RETENTION_YEARS (default 5, the NEN 7513 minimum), checked by the one configuration schema (src/config.ts). */
export function auditRetentionYears(env?: NodeJS.ProcessEnv): number {
  return (env ? loadConfig(env) : config()).AUDIT_RETENTION_YEARS;
}

export interface PurgeResult {
  cutoff: Date;
  purgedRows: number;
  /** The last purged line: the anchor the remaining chain now starts from. */
  throughId: string | null;
}

/**
 * The retention purge, the one way lines leave the log. Run as the database owner (the API's role may not
 * delete). Under the chain's lock it removes the lines that occurred before `now - years` up to the first
 * line still within retention (always a prefix, so the rest stays one chain), and records the last removed
 * line's id and hash in audit_anchor, from where `npm run audit:verify` checks the remaining lines.
 */
export async function purgeAuditLog(owner: DataSource, options: { now: Date; years: number; purgedBy: string }): Promise<PurgeResult> {
  const cutoff = addMonths(options.now, -Math.round(options.years * 12));
  return owner.transaction(async (em) => {
    await em.query(`SELECT pg_advisory_xact_lock($1)`, [AUDIT_CHAIN_LOCK]);
    const [last] = await em.query(
      `SELECT a.id::text AS id, a.hash FROM audit_log a
        WHERE a.occurred_at < $1 AND a.id < coalesce((SELECT min(id) FROM audit_log WHERE occurred_at >= $1), 9223372036854775807)
        ORDER BY a.id DESC LIMIT 1`,
      [cutoff],
    );
    if (!last) return { cutoff, purgedRows: 0, throughId: null };
    await em.query(`SELECT set_config('casusoverleg.audit_purge', 'on', true)`);
    const [{ purged }] = await em.query(`WITH gone AS (DELETE FROM audit_log WHERE id <= $1 RETURNING 1) SELECT count(*)::int AS purged FROM gone`, [last.id]);
    await em.query(
      `INSERT INTO audit_anchor (through_id, through_hash, purged_rows, cutoff, purged_at, purged_by) VALUES ($1, $2, $3, $4, $5, $6)`,
      [last.id, last.hash, purged, cutoff, options.now, options.purgedBy],
    );
    return { cutoff, purgedRows: purged, throughId: last.id };
  });
}
