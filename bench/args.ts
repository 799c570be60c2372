import { parseArgs } from "node:util";

export const SERVER_KINDS = ["api", "api-no-privacy", "postgraphile", "floor"] as const;
export type ServerKind = (typeof SERVER_KINDS)[number];

export interface BenchOptions {
  quick: boolean;
  cases: number;
  /** Seconds per measured window, rounds (windows per server and cell), seconds of warm-up per window. */
  duration: number;
  runs: number;
  warmup: number;
  /** Slow scenarios stretch warm-up and windows to ~3 loaded latencies, up to this many seconds. */
  maxWindow: number;
  connections: number;
  reseed: boolean;
  scenarios: string[] | null;
  personas: string[] | null;
  servers: ServerKind[];
  /** Write V8 CPU profiles of the API servers (node --cpu-prof) into the bench folder. */
  profile: boolean;
  coldStarts: number;
  out: string;
}

const HELP = `npm run bench -- [options]
  --quick              smoke check: 200 cases, one persona, 3 runs of 1 s
  --cases N            cases to seed (default 2000; e.g. 200000)
  --duration S         seconds per measured run (default 5)
  --runs N             rounds: windows per server and cell, in turn with the other servers; median reported (default 3)
  --warmup S           seconds of warm-up per cell (default 2)
  --max-window S       slow scenarios (S4) stretch warm-up and windows up to S seconds (default 30, quick 2)
  --connections N      concurrent connections (default 10)
  --scenarios S1,S3    only these scenarios
  --personas a,b       only these personas (safety-basis, safety-no-basis, care)
  --servers a,b        only these servers (${SERVER_KINDS.join(", ")})
  --reseed             seed again even if the data set is present
  --profile            write --cpu-prof profiles of the API servers to .data/bench/profiles
  --cold-starts N      cold starts of npm start's server to time (default 3, quick 1)
  --out FILE           report file (default docs/benchmarks.md; quick: .data/bench/benchmarks-quick.md)`;

const list = (value: string | undefined): string[] | null => (value ? value.split(",").map((s) => s.trim()).filter(Boolean) : null);

export function parseBenchArgs(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: "boolean", default: false },
      cases: { type: "string" },
      duration: { type: "string" },
      runs: { type: "string" },
      warmup: { type: "string" },
      "max-window": { type: "string" },
      connections: { type: "string", default: "10" },
      scenarios: { type: "string" },
      personas: { type: "string" },
      servers: { type: "string" },
      reseed: { type: "boolean", default: false },
      profile: { type: "boolean", default: false },
      "cold-starts": { type: "string" },
      out: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const quick = values.quick ?? false;
  const servers = (list(values.servers) ?? [...SERVER_KINDS]) as ServerKind[];
  const unknown = servers.filter((s) => !SERVER_KINDS.includes(s));
  if (unknown.length) throw new Error(`Unknown server(s) ${unknown.join(", ")}; choose from ${SERVER_KINDS.join(", ")}.`);
  return {
    quick,
    cases: Number(values.cases ?? (quick ? 200 : 2000)),
    duration: Number(values.duration ?? (quick ? 1 : 5)),
    runs: Number(values.runs ?? 3),
    warmup: Number(values.warmup ?? (quick ? 0.5 : 2)),
    maxWindow: Number(values["max-window"] ?? (quick ? 2 : 30)),
    connections: Number(values.connections),
    reseed: values.reseed ?? false,
    scenarios: list(values.scenarios),
    personas: list(values.personas) ?? (quick ? ["safety-basis"] : null),
    servers,
    profile: values.profile ?? false,
    coldStarts: Number(values["cold-starts"] ?? (quick ? 1 : 3)),
    out: values.out ?? (quick ? ".data/bench/benchmarks-quick.md" : "docs/benchmarks.md"),
  };
}
