import { CANONICAL_FIELDS, chainHash, GENESIS_HASH } from "./chain";

/** Runs SQL and returns rows: a DataSource's, a transaction's or a plain client's `query`. */
export type RunQuery = (sql: string, parameters?: unknown[]) => Promise<any[]>;

export type ChainProblem = "CHANGED" | "LINK_BROKEN" | "BEFORE_ANCHOR" | "WITNESS_MISMATCH";

export interface ChainBreak {
  /** The first line at which the chain does not hold. */
  id: string;
  problem: ChainProblem;
  message: string;
}

export interface ChainReport {
  ok: boolean;
  /** Lines checked (after the last purge anchor, if any). */
  lines: number;
  head: { id: string; hash: string } | null;
  anchor: { throughId: string; throughHash: string } | null;
  broken: ChainBreak | null;
}

/** A line id and hash recorded outside the database earlier: proves the chain was not cut off or rewritten since. */
export interface Witness {
  id: string;
  hash: string;
}

const SELECT_LINES = `SELECT a.id::text AS id, a.prev_hash, a.hash, ${CANONICAL_FIELDS.map((field, i) => `${field} AS f${i}`).join(", ")}
  FROM audit_log a WHERE a.id > $1 ORDER BY a.id LIMIT $2`;

async function witnessBreak(query: RunQuery, witness: Witness, anchor: ChainReport["anchor"]): Promise<ChainBreak | null> {
  if (anchor && BigInt(witness.id) < BigInt(anchor.throughId)) return null;
  const [row] = anchor && witness.id === anchor.throughId
    ? [{ hash: anchor.throughHash }]
    : await query(`SELECT hash FROM audit_log WHERE id = $1`, [witness.id]);
  if (row?.hash === witness.hash) return null;
  return { id: witness.id, problem: "WITNESS_MISMATCH", message: `Line ${witness.id} no longer has the witnessed hash: the log was cut off or rewritten after it.` };
}

/**
 * Walks the access log in id order from the last purge anchor (or the start), recomputing every line's
 * hash from its fields and checking that it names the hash of the line before. Reports the first line
 * where that fails: a changed line fails its own hash, a deleted, inserted or moved line breaks the link.
 * Cutting off the newest lines leaves a valid chain; a `witness` (an id and hash kept elsewhere) catches it.
 */
export async function verifyAuditChain(query: RunQuery, options: { batchSize?: number; witness?: Witness } = {}): Promise<ChainReport> {
  const [anchorRow] = await query(`SELECT through_id::text AS through_id, through_hash FROM audit_anchor ORDER BY id DESC LIMIT 1`);
  const anchor = anchorRow ? { throughId: anchorRow.through_id as string, throughHash: anchorRow.through_hash as string } : null;
  const report: ChainReport = { ok: true, lines: 0, head: null, anchor, broken: null };
  const fail = (broken: ChainBreak): ChainReport => ({ ...report, ok: false, broken });
  if (anchor) {
    const [left] = await query(`SELECT a.id::text AS id FROM audit_log a WHERE a.id <= $1 ORDER BY a.id LIMIT 1`, [anchor.throughId]);
    if (left) return fail({ id: left.id, problem: "BEFORE_ANCHOR", message: `Line ${left.id} lies before the purge anchor (through ${anchor.throughId}) and should not exist.` });
  }
  let expected = anchor?.throughHash ?? GENESIS_HASH;
  let after = anchor?.throughId ?? "0";
  for (;;) {
    const rows = await query(SELECT_LINES, [after, options.batchSize ?? 5000]);
    for (const row of rows) {
      if (row.prev_hash !== expected) {
        return fail({ id: row.id, problem: "LINK_BROKEN", message: `Line ${row.id} does not follow ${report.head ? `line ${report.head.id}` : "the start of the log"}: a line before it was deleted, inserted or moved.` });
      }
      if (chainHash(row.prev_hash, CANONICAL_FIELDS.map((_, i) => row[`f${i}`] as string | null)) !== row.hash) {
        return fail({ id: row.id, problem: "CHANGED", message: `Line ${row.id} was changed after it was written (or moved to another place).` });
      }
      expected = row.hash;
      report.lines += 1;
      report.head = { id: row.id, hash: row.hash };
    }
    if (rows.length === 0) break;
    after = rows[rows.length - 1].id;
  }
  const witness = options.witness ? await witnessBreak(query, options.witness, anchor) : null;
  return witness ? fail(witness) : report;
}
