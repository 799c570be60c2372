import "reflect-metadata";
import { parseArgs } from "node:util";
import globalSetup from "../test/support/global-setup";
import globalTeardown from "../test/support/global-teardown";
import { createTestApi } from "../test/support/api";
import { describeCounterexample, describeReport } from "../test/fuzz/describe";
import { fuzzAuthz } from "../test/fuzz/property";

const USAGE = `Usage: npm run fuzz:authz -- [--runs 10000] [--per-world 200] [--seed <n>]
The authorisation property of test/integration/authz-property.test.ts as a long run: generated worlds,
viewers of every role, random queries over the whole schema through the real HTTP server, every answer
checked against the oracle (test/fuzz/oracle.ts). Starts its own throw-away PostgreSQL (or uses
TEST_DATABASE_URL). Prints runs, leaks found (0 expected), the seed, and each leak's shrunk counter-example;
also the first queries that failed inside the server (INTERNAL_SERVER_ERROR), whose answers could not be checked.
Exit code 0: no leaks and no internal errors; 1: leaks or internal errors found; 2: could not run.`;

function count(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number, not '${text}'.\n\n${USAGE}`);
  return value;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { runs: { type: "string" }, "per-world": { type: "string" }, seed: { type: "string" }, help: { type: "boolean" } } });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const runs = count(values.runs, 2000, "runs");
  const perWorld = count(values["per-world"], 200, "per-world");
  const seed = values.seed === undefined ? Date.now() % 1_000_000 : count(values.seed, 0, "seed");
  await globalSetup();
  const api = await createTestApi({ logErrors: false });
  try {
    const started = Date.now();
    console.log(`fuzz:authz seed ${seed}: ${runs} runs, ${perWorld} per world`);
    const report = await fuzzAuthz(api, {
      runs,
      perWorld,
      seed,
      onWorld: (w, r) => console.log(`world ${w + 1}: ${r.runs} runs, leaks found: ${r.counterexamples.length} (${Math.round((Date.now() - started) / 1000)} s)`),
    });
    console.log(`\n${describeReport(report)}`);
    for (const counterexample of report.counterexamples) console.log(`\nCounter-example (shrunk):\n${describeCounterexample(counterexample)}`);
    const internal = report.errorCodes.get("INTERNAL_SERVER_ERROR") ?? 0;
    console.log(`\nruns: ${report.runs}\nleaks found: ${report.counterexamples.length}\ninternal server errors: ${internal}\nseed: ${seed}`);
    return report.counterexamples.length === 0 && internal === 0 ? 0 : 1;
  } finally {
    await api.close();
    await globalTeardown();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
