import autocannon from "autocannon";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { ensureDatabase, freePort, startEmbeddedPostgres } from "../src/db/embedded";
import { PERSONAS, signTokens } from "./personas";

/**
 * npm run bench:scale-out: one vs two API processes on one PostgreSQL, the same total load (a page of
 * 10 cases as the police, which logs a list line and a line per case). Reports requests/s, the
 * group-commit batches (rows of one INSERT share a transaction id, xmin) and how often requests wait on
 * the chain's advisory lock (pg_stat_activity sampled every 20 ms). Figures for docs/scaling.md.
 */
const SECONDS = Number(process.env.SCALE_SECONDS ?? 15);
const CONNECTIONS = 16;
const QUERY = JSON.stringify({ query: "{ cases(first: 10) { edges { node { id reference phase } } } }" });

function startInstance(env: NodeJS.ProcessEnv, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--max-semi-space-size=64", "dist/src/main.js"], { env: { ...env, PORT: String(port) } });
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (output.includes("ready at")) resolve(child);
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => reject(new Error(`instance exited ${code}: ${output}`)));
  });
}

async function sampleLockWaits(admin: Client, until: () => boolean): Promise<{ samples: number; withWaiter: number; meanWaiting: number }> {
  let samples = 0, withWaiter = 0, waiting = 0;
  while (!until()) {
    const { rows } = await admin.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND wait_event = 'advisory'`);
    samples += 1;
    waiting += rows[0].n;
    if (rows[0].n > 0) withWaiter += 1;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { samples, withWaiter, meanWaiting: waiting / Math.max(samples, 1) };
}

async function measure(instances: number, env: NodeJS.ProcessEnv, admin: Client, token: string) {
  const ports = await Promise.all(Array.from({ length: instances }, () => freePort()));
  const children = await Promise.all(ports.map((port) => startInstance(env, port)));
  const [{ max: before }] = (await admin.query(`SELECT coalesce(max(id), 0)::bigint AS max FROM audit_log`)).rows;
  let done = false;
  const sampler = sampleLockWaits(admin, () => done);
  const results = await Promise.all(ports.map((port) => autocannon({
    url: `http://127.0.0.1:${port}/graphql`, method: "POST", connections: CONNECTIONS / instances, duration: SECONDS,
    headers: { "content-type": "application/json", authorization: token }, body: QUERY,
  })));
  done = true;
  const locks = await sampler;
  const { rows: [batch] } = await admin.query(`SELECT count(*)::int AS batches, avg(lines)::numeric(10,1) AS lines, avg(requests)::numeric(10,1) AS requests,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY requests) AS p50, max(requests) AS max
      FROM (SELECT xmin::text AS tx, count(*) AS lines, count(DISTINCT request_id) AS requests FROM audit_log WHERE id > $1 GROUP BY xmin::text) b`, [before]);
  children.forEach((child) => child.kill("SIGTERM"));
  await Promise.all(children.map((child) => new Promise((resolve) => child.once("exit", resolve))));
  const ok = results.reduce((sum, r) => sum + r["2xx"], 0);
  const errors = results.reduce((sum, r) => sum + r.non2xx + r.errors, 0);
  return { instances, rps: ok / SECONDS, errors, p50: Math.max(...results.map((r) => r.latency.p50)), p99: Math.max(...results.map((r) => r.latency.p99)), batch, locks };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "casusoverleg-scale-"));
  // As root, the embedded PostgreSQL runs as the postgres system user, which must enter the folder.
  chmodSync(dir, 0o755);
  const pgLog: string[] = [];
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, "pg"), port: await freePort(), ephemeral: true, log: (line) => pgLog.push(line) });
  process.once("exit", () => console.error(pgLog.slice(-15).join("")));
  try {
    const url = await ensureDatabase(pg.url, "casusoverleg");
    const env = { ...process.env, NODE_ENV: "production", DATABASE_URL: url, CASUSOVERLEG_DATA_DIR: dir, CASUSOVERLEG_DEV_ISSUER: "1" };
    const seeded = spawnSync(process.execPath, ["dist/src/main.js", "--demo", "--no-serve"], { env, encoding: "utf8" });
    if (seeded.status !== 0) throw new Error(seeded.stderr);
    const token = (await signTokens(dir, PERSONAS)).get("safety-basis")!;
    const admin = new Client({ connectionString: url });
    admin.on("error", () => undefined);
    await admin.connect();
    console.log(`| instances | requests/s | errors | p50 ms | p99 ms | batches | requests per batch (mean / median / max) | lines per batch | samples with a request waiting on the chain lock | mean waiting |`);
    console.log(`|---|---|---|---|---|---|---|---|---|---|`);
    for (const instances of [1, 2, 1, 2]) {
      const m = await measure(instances, env, admin, token);
      console.log(`| ${m.instances} | ${m.rps.toFixed(0)} | ${m.errors} | ${m.p50} | ${m.p99} | ${m.batch.batches} | ${m.batch.requests} / ${m.batch.p50} / ${m.batch.max} | ${m.batch.lines} | ${((100 * m.locks.withWaiter) / m.locks.samples).toFixed(0)}% of ${m.locks.samples} | ${m.locks.meanWaiting.toFixed(2)} |`);
    }
    await admin.end();
  } finally {
    await pg.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
