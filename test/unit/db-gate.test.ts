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

describe("database gate: a connection that broke is never lent again", () => {
  function poolWith(failure: Error) {
    const releases: unknown[] = [];
    const pool = Object.assign(new EventEmitter(), {
      async connect() {
        return {
          query: async (sql: string) => {
            if (sql === "FAIL") throw failure;
            return { rows: [] };
          },
          release: (error?: unknown) => releases.push(error ?? "back to the pool"),
        };
      },
    });
    DatabaseGate.install(pool as unknown as Pool, { baseMs: 1000, maxMs: 8000 }, { down: () => undefined, up: () => undefined }, () => 0);
    return { pool, releases };
  }

  it("after a read timeout (the server may still be running the statement, or sit in an aborted transaction) the connection is destroyed on release", async () => {
    const { pool, releases } = poolWith(new Error("Query read timeout"));
    const client = await pool.connect();
    await expect(client.query("FAIL")).rejects.toThrow("Query read timeout");
    client.release();
    expect(releases).toEqual([true]);
  });

  it("after an ordinary SQL error (a constraint) the connection goes back to the pool", async () => {
    const { pool, releases } = poolWith(Object.assign(new Error("duplicate key"), { code: "23505" }));
    const client = await pool.connect();
    await expect(client.query("FAIL")).rejects.toThrow("duplicate key");
    client.release();
    expect(releases).toEqual(["back to the pool"]);
  });

  it("requests answered 503 at the door count among the refused in the recovery line", async () => {
    let now = 0;
    const pool = fakePool();
    const events: string[] = [];
    const gate = DatabaseGate.install(pool as unknown as Pool, { baseMs: 1000, maxMs: 8000 }, { down: () => undefined, up: (_ms, refused) => events.push(`${refused} refused`) }, () => now);
    await pool.connect().catch(() => undefined);
    for (let i = 0; i < 7; i += 1) gate.countRefusal();
    now = 1000;
    pool.up = true;
    await pool.connect();
    expect(events).toEqual(["7 refused"]);
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
