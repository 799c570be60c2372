import autocannon from "autocannon";
import { cpuMs, peakRssMb, postgresCpuMs, resetPeakRss } from "./proc-stats";
import type { MeasuredServer } from "./servers";

export interface LoadOptions {
  duration: number;
  runs: number;
  warmup: number;
  connections: number;
  postmasterPid: number;
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
  runs: Array<{ reqPerSec: number; p50: number; p99: number }>;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function fire(server: MeasuredServer, body: string, authorization: string | undefined, seconds: number, connections: number) {
  return autocannon({
    url: server.url,
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body,
    connections,
    pipelining: 1,
    duration: seconds,
    timeout: 60,
  });
}

/** Warm-up, then `runs` measured runs; medians of throughput and latency, CPU summed over the measured runs. */
export async function measureCell(server: MeasuredServer, body: string, authorization: string | undefined, options: LoadOptions): Promise<CellResult> {
  const peakResettable = resetPeakRss(server.pid);
  if (options.warmup > 0) await fire(server, body, authorization, options.warmup, options.connections);
  const runs: CellResult["runs"] = [];
  let requests = 0;
  let failures = 0;
  let cpu = 0;
  let pgCpu = 0;
  for (let i = 0; i < options.runs; i++) {
    const cpuBefore = cpuMs(server.pid);
    const pgBefore = postgresCpuMs(options.postmasterPid);
    const result = await fire(server, body, authorization, options.duration, options.connections);
    cpu += cpuMs(server.pid) - cpuBefore;
    pgCpu += postgresCpuMs(options.postmasterPid) - pgBefore;
    const completed = result.requests.total;
    requests += completed;
    failures += result.non2xx + result.errors + result.timeouts;
    runs.push({ reqPerSec: completed / result.duration, p50: result.latency.p50, p99: result.latency.p99 });
  }
  return {
    reqPerSec: median(runs.map((r) => r.reqPerSec)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    cpuMsPerRequest: requests ? cpu / requests : NaN,
    pgCpuMsPerRequest: requests ? pgCpu / requests : NaN,
    peakRssMb: peakResettable ? peakRssMb(server.pid) : peakRssMb(server.pid),
    requests,
    failures,
    runs,
  };
}
