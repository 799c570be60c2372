import { EventEmitter } from "node:events";
import type { Pool } from "pg";
import { backoffDelay } from "../../src/db/backoff";
import { DatabaseGate } from "../../src/db/gate";
import { isDatabaseUnavailable } from "../../src/db/unavailable";
import { throttle } from "../../src/ops/log-throttle";

/** A pool whose connect fails (ECONNREFUSED) until `up` is set, counting every connection attempt. */
function fakePool() {
  const pool = Object.assign(new EventEmitter(), {
    up: false,
    attempts: 0,
    async connect() {
      pool.attempts += 1;
      if (!pool.up) throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:15432"), { code: "ECONNREFUSED" });
      return { query: async () => ({ rows: [] }), release: () => undefined };
    },
  });
  return pool;
}

describe("database gate: a dead database is not hammered", () => {
  it("after a failed connect, requests are refused without a connection attempt until the jittered wait is over; one probe then reopens it", async () => {
    let now = 0;
    const pool = fakePool();
    const events: string[] = [];
    const gate = DatabaseGate.install(pool as unknown as Pool, { baseMs: 1000, maxMs: 8000 }, { down: () => events.push("down"), up: (_ms, refused) => events.push(`up after ${refused} refused`) }, () => now);
    await expect(pool.connect()).rejects.toMatchObject({ code: "ECONNREFUSED" });
    const refusals = await Promise.all(Array.from({ length: 2000 }, () => pool.connect().catch((e: unknown) => e)));
    expect(pool.attempts).toBe(1);
    expect(refusals.every((e) => isDatabaseUnavailable(e))).toBe(true);
    expect(gate.refusesNow()).toBe(true);
    now = 1000;
    pool.up = true;
    await pool.connect();
    expect([pool.attempts, gate.isDown, events]).toEqual([2, false, ["down", "up after 2000 refused"]]);
  });

  it("waits grow exponentially with jitter, within [half, whole] of the step and never over the cap", () => {
    const backoff = { baseMs: 100, maxMs: 5000 };
    expect([1, 2, 3, 10].map((n) => backoffDelay(n, backoff, () => 0))).toEqual([50, 100, 200, 2500]);
    expect([1, 2, 3, 10].map((n) => backoffDelay(n, backoff, () => 1))).toEqual([100, 200, 400, 5000]);
  });
});

describe("throttled log", () => {
  it("writes one line per key per interval and counts the rest into the next", () => {
    let now = 0;
    const lines: string[] = [];
    const limit = throttle(1000, () => now);
    for (let i = 0; i < 2000; i += 1) {
      now = i; // 2000 failures over two seconds
      limit("db", (n) => lines.push(`down (${n})`));
    }
    expect(lines).toEqual(["down (0)", "down (999)"]);
  });
});
