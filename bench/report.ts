import { execSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { BenchOptions, ServerKind } from "./args";
import type { CellResult } from "./load";
import { PERSONAS } from "./personas";
import type { machineDescription } from "./proc-stats";
import { NOTES, REPRODUCE } from "./report-notes";

export interface LoadRow extends CellResult {
  scenario: string;
  persona: string;
  server: ServerKind;
}

export interface CheckRow {
  scenario: string;
  persona: string;
  servers: Partial<Record<ServerKind, { status: number; bytes: number; statements: number; ms: number; errors: string; data?: unknown }>>;
  apiVsFloor?: string;
}

export interface BenchResults {
  options: BenchOptions;
  machineBefore: ReturnType<typeof machineDescription>;
  machineAfter?: ReturnType<typeof machineDescription>;
  dataSet: Record<string, number>;
  checks: CheckRow[];
  load: LoadRow[];
  pageSizes: Array<{ first: number; statements: number; errors: string }>;
  /** The statements of one probe request per scenario (API, first persona). */
  statementTexts: Array<{ scenario: string; sql: string[] }>;
  coldStarts: number[];
  scenarioTitles?: Record<string, string>;
  maxPageSize?: number;
}

const fmt = (n: number, digits = 0): string => (Number.isFinite(n) ? n.toFixed(digits) : "–");
const ratio = (a: number | undefined, b: number | undefined): string => (a && b ? `${(a / b).toFixed(2)}×` : "–");
const table = (head: string[], rows: string[][]): string =>
  [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");

function git(command: string): string {
  try {
    return execSync(`git ${command}`, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "unknown";
  }
}

function resultTables(results: BenchResults): string[] {
  const out: string[] = [];
  for (const scenario of [...new Set(results.load.map((r) => r.scenario))]) {
    const rows = results.load.filter((r) => r.scenario === scenario);
    const sql = (r: LoadRow) => results.checks.find((c) => c.scenario === r.scenario && c.persona === (r.persona === "(none)" ? PERSONAS[0].key : r.persona))?.servers[r.server]?.statements;
    out.push(`### ${scenario}: ${results.scenarioTitles?.[scenario] ?? ""}`);
    out.push(table(
      ["persona", "server", "req/s", "p50 ms", "p99 ms", "SQL/req", "server CPU ms/req", "PostgreSQL CPU ms/req", "peak RSS MB", "window s", "failed"],
      rows.map((r) => [r.persona, r.server, fmt(r.reqPerSec, r.reqPerSec < 10 ? 2 : 0), fmt(r.p50, 1), fmt(r.p99, 1), String(sql(r) ?? "–"), fmt(r.cpuMsPerRequest, 2), fmt(r.pgCpuMsPerRequest, 2), fmt(r.peakRssMb), fmt(r.windowSeconds, 1), String(r.failures)]),
    ));
  }
  return out;
}

function ratioTable(results: BenchResults): string {
  const find = (scenario: string, persona: string, server: ServerKind) => results.load.find((r) => r.scenario === scenario && r.server === server && (server === "postgraphile" || r.persona === persona));
  const rows: string[][] = [];
  for (const r of results.load.filter((row) => row.server === "api")) {
    const off = find(r.scenario, r.persona, "api-no-privacy");
    const pg = find(r.scenario, r.persona, "postgraphile");
    const floor = find(r.scenario, r.persona, "floor");
    rows.push([r.scenario, r.persona, ratio(off?.reqPerSec, r.reqPerSec), ratio(r.reqPerSec, pg?.reqPerSec), ratio(r.reqPerSec, floor?.reqPerSec), pg ? `${fmt(r.p99, 1)} vs ${fmt(pg.p99, 1)}` : "–"]);
  }
  return table(["scenario", "persona", "privacy overhead: off ÷ on req/s (target ≤ 1.15 on S2–S5)", "ours ÷ PostGraphile req/s (target ≥ 1.0 on S2, S3)", "ours ÷ floor req/s", "p99 ms ours vs PostGraphile"], rows);
}

function checkTable(results: BenchResults): string {
  const kinds: ServerKind[] = ["api", "api-no-privacy", "postgraphile", "floor"];
  const cell = (c: CheckRow, kind: ServerKind) => {
    const s = c.servers[kind];
    return s ? `${s.status}, ${s.statements} SQL, ${fmt(s.bytes / 1024, 1)} kB${s.errors ? `, errors: ${s.errors}` : ""}` : "–";
  };
  return table(["scenario", "persona", ...kinds, "API data = floor data"], results.checks.map((c) => [c.scenario, c.persona, ...kinds.map((k) => cell(c, k)), c.apiVsFloor ?? "–"]));
}

/** Writes the Markdown report (machine, commands, tables) and returns its path. */
export function writeReport(results: BenchResults, path: string): string {
  const { options, machineBefore: m } = results;
  const cold = results.coldStarts.filter(Number.isFinite).sort((a, b) => a - b);
  const lines = [
    "# Benchmarks (issue 5)",
    "",
    `_Written by \`npm run bench${process.argv.slice(2).length ? ` -- ${process.argv.slice(2).join(" ")}` : ""}\` on ${new Date().toISOString()}. Rerun to update; do not edit by hand._`,
    "",
    "## Machine and run",
    `- ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Linux ${m.kernel}, Node ${process.version}; commit ${git("rev-parse --short HEAD")}${git("status --porcelain") ? " with uncommitted changes" : ""}.`,
    `- Load average before ${m.loadavg}, after ${results.machineAfter?.loadavg ?? "–"} (the load generator, the servers and PostgreSQL share the machine).`,
    `- ${options.connections} connections, warm-up ${options.warmup} s, ${options.runs} rounds per scenario and persona in which every server gets one window of ${options.duration} s after its own warm-up, always in the same order, so a drift of the shared machine reaches all servers alike (slow scenarios stretch warm-up and window to ~3 loaded latencies, at most ${options.maxWindow} s; see the \`window s\` column); medians of req/s, p50 and p99 over a server's windows.${options.quick ? " QUICK MODE: a smoke check, not a measurement." : ""}`,
    `- Data set: ${Object.entries(results.dataSet).map(([t, n]) => `${n} ${t}`).join(", ")}.`,
    "",
    "## How to reproduce",
    REPRODUCE,
    "",
    "## Results",
    ...resultTables(results).flatMap((t) => [t, ""]),
    "## Ratios",
    ratioTable(results),
    "",
    `## SQL statements per request by page size (S3, API, ${PERSONAS[0].key})`,
    table(["first", "statements", "errors"], results.pageSizes.map((p) => [String(p.first), String(p.statements), p.errors || "none"])),
    "",
    `## What one request sends (API, ${PERSONAS[0].key}; first 160 characters of each statement)`,
    ...results.statementTexts.flatMap((t) => [`- ${t.scenario}:`, ...t.sql.map((q) => `  - \`${q.replace(/`/g, "'")}\``)]),
    "",
    "## Correctness probes (one request each, alone on the server)",
    checkTable(results),
    "",
    "## Cold start (`npm start` without its build, on the bench data directory, to the first answer)",
    cold.length ? `${cold.map((ms) => `${ms} ms`).join(", ")}; median ${cold[Math.floor(cold.length / 2)]} ms (target < 3000 ms).` : "not measured",
    "",
    "## Notes",
    NOTES(results.maxPageSize ?? 100),
    "",
  ];
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, lines.join("\n"));
  return path;
}
