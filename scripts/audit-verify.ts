import "reflect-metadata";
import { parseArgs } from "node:util";
import { verifyAuditChain, type Witness } from "../src/audit/verify";
import { connectDatabase } from "../src/db/connect";

const USAGE = `Usage: npm run audit:verify [-- --witness <line id>:<hash>]
Checks the access log's hash chain (DATABASE_URL, or the embedded development database).
Exit code 0: intact; 1: broken (the first broken line is named); 2: could not check.
--witness: a line id and hash printed by an earlier run and kept outside the database; proves that
the log was not cut off or rewritten since.`;

function witnessOf(text: string | undefined): Witness | undefined {
  if (text === undefined) return undefined;
  const match = /^(\d+):([0-9a-f]{64})$/.exec(text.trim());
  if (!match) throw new Error(`--witness must be <line id>:<64 hex digits>, not '${text}'.\n\n${USAGE}`);
  return { id: match[1], hash: match[2] };
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { witness: { type: "string" }, help: { type: "boolean" } } });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const witness = witnessOf(values.witness);
  const db = await connectDatabase();
  try {
    const report = await verifyAuditChain((sql, parameters) => db.ds.query(sql, parameters), { witness });
    const from = report.anchor ? `from the purge anchor after line ${report.anchor.throughId}` : "from the first line";
    if (!report.ok) {
      console.error(`Access log BROKEN at line ${report.broken!.id} (${report.broken!.problem}): ${report.broken!.message}`);
      console.error(`${report.lines} lines before it verified ${from}.`);
      return 1;
    }
    console.log(`Access log intact: ${report.lines} lines verified ${from}.`);
    if (report.head) console.log(`Head (keep as a witness): ${report.head.id}:${report.head.hash}`);
    return 0;
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
