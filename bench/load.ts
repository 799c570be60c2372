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
 * One continuous closed-loop load per cell: a warm-up, then `runs` back-to-back windows, each with its
 * own throughput and latency percentiles (of the responses completed in it), so no window pays for a
 * ramp-up or loses in-flight requests at its end. For slow requests (one probe alone took `probeMs`)
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
