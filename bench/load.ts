import autocannon from "autocannon";
import { cpuMs, peakRssMb, postgresCpuMs, resetPeakRss } from "./proc-stats";
import type { MeasuredServer } from "./servers";

export interface LoadOptions {
  /** Seconds of one measured window, windows per cell, seconds of warm-up. */
  duration: number;
  runs: number;
  warmup: number;
  connections: number;
  postmasterPid: number;
  /** Upper bound in seconds for a stretched warm-up or window (slow scenarios such as S4). */
  maxWindow: number;
}

export interface CellResult {
  reqPerSec: number;
  p50: number;
  p99: number;
  /** CPU ms of the server process, and of PostgreSQL, per completed request. */
  cpuMsPerRequest: number;
  pgCpuMsPerRequest: number;
  peakRssMb: number;
  requests: number;
  failures: number;
  /** Seconds actually used for warm-up and for each window (longer than asked for slow requests). */
  warmupSeconds: number;
  windowSeconds: number;
  runs: Array<{ reqPerSec: number; p50: number; p99: number }>;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const percentile = (sorted: number[], p: number): number => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the server has finished the requests still in flight when the load stopped (its CPU is quiet). */
async function settle(pid: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  let last = cpuMs(pid);
  while (Date.now() < deadline) {
    await sleep(250);
    const now = cpuMs(pid);
    if (now - last < 20) return;
    last = now;
  }
}

/**
 * One continuous closed-loop load: a warm-up, then `runs` back-to-back windows (measureInRounds asks
 * for one at a time, server after server), each with its own throughput and latency percentiles (of the
 * responses completed in it), so no window pays for a ramp-up or loses in-flight requests at its end. For slow requests (one probe alone took `probeMs`)
 * the warm-up and windows grow so that every window sees many completions.
 */
export async function measureCell(server: MeasuredServer, body: string, authorization: string | undefined, options: LoadOptions, probeMs = 0): Promise<CellResult> {
  const loadedLatency = (options.connections * probeMs) / 1000;
  const cap = Math.max(options.maxWindow, options.duration);
  const warmupSeconds = Math.min(cap, Math.max(options.warmup, loadedLatency));
  const windowSeconds = Math.min(cap, Math.max(options.duration, 3 * loadedLatency));
  resetPeakRss(server.pid);
  let latencies: number[] = [];
  let failures = 0;
  const instance = autocannon({
    url: server.url,
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body,
    connections: options.connections,
    pipelining: 1,
    duration: warmupSeconds + options.runs * windowSeconds + 60,
    timeout: 60,
  }, () => undefined);
  instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status >= 200 && status < 300) latencies.push(ms);
    else failures += 1;
  });
  instance.on("reqError", () => (failures += 1));
  await sleep(warmupSeconds * 1000);
  const runs: CellResult["runs"] = [];
  const cpuStart = cpuMs(server.pid);
  const pgStart = postgresCpuMs(options.postmasterPid);
  let requests = 0;
  let measuredFailures = 0;
  for (let i = 0; i < options.runs; i++) {
    latencies = [];
    const failuresBefore = failures;
    const started = process.hrtime.bigint();
    await sleep(windowSeconds * 1000);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const sorted = latencies.sort((a, b) => a - b);
    requests += sorted.length;
    measuredFailures += failures - failuresBefore;
    runs.push({ reqPerSec: sorted.length / seconds, p50: percentile(sorted, 50), p99: percentile(sorted, 99) });
  }
  const cpu = cpuMs(server.pid) - cpuStart;
  const pgCpu = postgresCpuMs(options.postmasterPid) - pgStart;
  instance.stop();
  await settle(server.pid);
  return {
    reqPerSec: median(runs.map((r) => r.reqPerSec)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    cpuMsPerRequest: requests ? cpu / requests : NaN,
    pgCpuMsPerRequest: requests ? pgCpu / requests : NaN,
    peakRssMb: peakRssMb(server.pid),
    requests,
    failures: measuredFailures,
    warmupSeconds,
    windowSeconds,
    runs,
  };
}

/**
 * One cell from its windows measured in rounds (measureInRounds): medians of the windows as for one
 * load, CPU per request weighted by each window's requests, the highest peak RSS.
 */
export function combineWindows(parts: readonly CellResult[]): CellResult {
  const runs = parts.flatMap((part) => part.runs);
  const requests = parts.reduce((sum, part) => sum + part.requests, 0);
  const weighted = (pick: (part: CellResult) => number) =>
    requests ? parts.reduce((sum, part) => sum + (part.requests ? pick(part) * part.requests : 0), 0) / requests : NaN;
  return {
    reqPerSec: median(runs.map((r) => r.reqPerSec)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    cpuMsPerRequest: weighted((part) => part.cpuMsPerRequest),
    pgCpuMsPerRequest: weighted((part) => part.pgCpuMsPerRequest),
    peakRssMb: Math.max(...parts.map((part) => part.peakRssMb)),
    requests,
    failures: parts.reduce((sum, part) => sum + part.failures, 0),
    warmupSeconds: Math.max(...parts.map((part) => part.warmupSeconds)),
    windowSeconds: Math.max(...parts.map((part) => part.windowSeconds)),
    runs,
  };
}

/** A server of a cell measured in rounds: what to send, and what to do after each of its windows. */
export interface RoundEntry<K extends string> {
  kind: K;
  server: MeasuredServer;
  body: string;
  authorization: string | undefined;
  probeMs?: number;
}

/** What measureInRounds does after each window, and how it measures one (measureCell; tests pass their own). */
export interface RoundHooks {
  after?: () => Promise<void>;
  measure?: typeof measureCell;
}

/**
 * The servers of one scenario and persona measured in rounds: each round gives every server one
 * window (with its own warm-up), in the same order, so a drift of the shared machine over the minutes
 * of a cell (other load, heat, a growing log) reaches every server alike and the ratios between them
 * hold. `after` runs after each window (S6 removes the cases it registered).
 */
export async function measureInRounds<K extends string>(entries: readonly RoundEntry<K>[], options: LoadOptions, hooks: RoundHooks = {}): Promise<Map<K, CellResult>> {
  const { after = async () => undefined, measure = measureCell } = hooks;
  const parts = new Map<K, CellResult[]>(entries.map((entry) => [entry.kind, []]));
  for (let round = 0; round < options.runs; round++) {
    for (const entry of entries) {
      parts.get(entry.kind)!.push(await measure(entry.server, entry.body, entry.authorization, { ...options, runs: 1 }, entry.probeMs));
      await after();
    }
  }
  return new Map([...parts].map(([kind, windows]) => [kind, combineWindows(windows)]));
}
