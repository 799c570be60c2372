import "reflect-metadata";
import { userInfo } from "node:os";
import { auditRetentionYears, purgeAuditLog } from "../src/audit/purge";
import { verifyAuditChain } from "../src/audit/verify";
import { connectDatabase } from "../src/db/connect";

/**
 * npm run audit:purge: removes access-log lines older than AUDIT_RETENTION_YEARS (default 5) as the
 * database owner, leaves an anchor, and verifies the remaining chain. Exit code 1 if the chain is broken.
 */
async function main(): Promise<number> {
  const years = auditRetentionYears();
  const db = await connectDatabase(undefined, { asOwner: true });
  try {
    const result = await purgeAuditLog(db.ds, { now: new Date(), years, purgedBy: userInfo().username });
    console.log(`Retention ${years} years: ${result.purgedRows} lines before ${result.cutoff.toISOString()} purged` +
      (result.throughId ? ` (through line ${result.throughId}, anchored).` : "."));
    const report = await verifyAuditChain((sql, parameters) => db.ds.query(sql, parameters));
    if (!report.ok) console.error(`Access log BROKEN at line ${report.broken!.id}: ${report.broken!.message}`);
    else console.log(`Remaining chain intact: ${report.lines} lines.`);
    return report.ok ? 0 : 1;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  },
);
