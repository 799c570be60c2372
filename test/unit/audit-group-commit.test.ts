import { AuditAction, AuditOutcome } from "../../src/domain/audit-enums";
import { AuditWriter } from "../../src/audit/group-commit";
import type { AuditActor, AuditEvent } from "../../src/audit/trail";

interface Call {
  requests: Array<{ requestId: string; events: unknown[] }>;
  finish: (error?: Error) => void;
}

/** The requests of one INSERT's parameters (audit/writer.ts): request ids per request, each line's request number. */
function requestsOf(parameters: unknown[]): Call["requests"] {
  const [requestIds, lineRequests] = [parameters[1] as string[], parameters[7] as number[]];
  return requestIds.map((requestId, i) => ({ requestId, events: lineRequests.filter((m) => m === i + 1) }));
}

/** A runner whose INSERTs stay in flight until the test finishes them. */
function fakeDatabase() {
  const calls: Call[] = [];
  const runner = {
    query: (_sql: string, parameters?: unknown[]) =>
      new Promise<unknown>((resolve, reject) => {
        calls.push({ requests: requestsOf(parameters!), finish: (error) => (error ? reject(error) : resolve([])) });
      }),
  };
  return { calls, runner, requestIds: (i: number) => calls[i].requests.map((r) => r.requestId) };
}

const actor = (requestId: string): AuditActor => ({
  requestId, occurredAt: new Date("2026-03-02T10:00:00Z"), userId: "u", issuer: "i", organisationId: "o", onBehalfOf: null, roles: [],
});
const lines = (count: number): AuditEvent[] =>
  Array.from({ length: count }, () => ({ action: AuditAction.QUERY, outcome: AuditOutcome.ALLOWED, operation: "me" }));
const settled = (promise: Promise<void>) => promise.then(() => "committed", (error: Error) => `failed: ${error.message}`);
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("AuditWriter: group commit of end-of-request log lines", () => {
  it("an idle writer sends a request's lines at once, without waiting for company", () => {
    const db = fakeDatabase();
    void new AuditWriter(db.runner).append(actor("a"), lines(2));
    expect(db.calls.map((_, i) => db.requestIds(i))).toEqual([["a"]]);
  });

  it("requests arriving while an INSERT is in flight go out together in the next one, in arrival order", async () => {
    const db = fakeDatabase();
    const writer = new AuditWriter(db.runner);
    const first = settled(writer.append(actor("a"), lines(1)));
    const later = ["b", "c", "d"].map((id) => settled(writer.append(actor(id), lines(2))));
    expect(db.calls).toHaveLength(1);
    db.calls[0].finish();
    expect(await first).toBe("committed");
    await tick();
    expect(db.calls.map((_, i) => db.requestIds(i))).toEqual([["a"], ["b", "c", "d"]]);
    expect(db.calls[1].requests.map((r) => r.events.length)).toEqual([2, 2, 2]);
    db.calls[1].finish();
    expect(await Promise.all(later)).toEqual(["committed", "committed", "committed"]);
  });

  it("a request's promise settles only when the batch holding its lines has committed", async () => {
    const db = fakeDatabase();
    let done = false;
    void new AuditWriter(db.runner).append(actor("a"), lines(1)).then(() => (done = true));
    await tick();
    expect(done).toBe(false);
    db.calls[0].finish();
    await tick();
    expect(done).toBe(true);
  });

  it("a batch is capped in lines but never splits a request; an oversized request goes alone", async () => {
    const db = fakeDatabase();
    const writer = new AuditWriter(db.runner, 5);
    const all = [writer.append(actor("a"), lines(1)), writer.append(actor("b"), lines(3)), writer.append(actor("c"), lines(2)),
      writer.append(actor("d"), lines(7)), writer.append(actor("e"), lines(1))];
    for (let i = 0; i < 4; i += 1) {
      db.calls[i].finish();
      await tick();
    }
    await Promise.all(all);
    expect(db.calls.map((_, i) => db.requestIds(i))).toEqual([["a"], ["b", "c"], ["d"], ["e"]]);
  });

  it("a failed shared INSERT is retried request by request: only the request whose lines cannot be written fails", async () => {
    const db = fakeDatabase();
    const writer = new AuditWriter(db.runner);
    const first = settled(writer.append(actor("a"), lines(1)));
    const batch = ["b", "c"].map((id) => settled(writer.append(actor(id), lines(1))));
    db.calls[0].finish();
    await tick();
    const after = settled(writer.append(actor("d"), lines(1)));
    db.calls[1].finish(new Error("invalid byte sequence"));
    await tick();
    expect(db.requestIds(2)).toEqual(["b"]);
    db.calls[2].finish(new Error("invalid byte sequence"));
    await tick();
    expect(db.requestIds(3)).toEqual(["c"]);
    db.calls[3].finish();
    expect([await first, ...(await Promise.all(batch))]).toEqual(["committed", "failed: invalid byte sequence", "committed"]);
    await tick();
    expect(db.requestIds(4)).toEqual(["d"]);
    db.calls[4].finish();
    expect(await after).toBe("committed");
  });

  it("when the log cannot be written at all, every request of the batch fails on its own retry", async () => {
    const db = fakeDatabase();
    const writer = new AuditWriter(db.runner);
    const first = settled(writer.append(actor("a"), lines(1)));
    const batch = ["b", "c"].map((id) => settled(writer.append(actor(id), lines(1))));
    db.calls[0].finish();
    await tick();
    for (let call = 1; call <= 3; call += 1) {
      db.calls[call].finish(new Error("permission denied for table audit_log"));
      await tick();
    }
    expect(db.calls.map((_, i) => db.requestIds(i))).toEqual([["a"], ["b", "c"], ["b"], ["c"]]);
    expect([await first, ...(await Promise.all(batch))]).toEqual(["committed", "failed: permission denied for table audit_log", "failed: permission denied for table audit_log"]);
  });

  it("a request with no lines writes nothing", async () => {
    const db = fakeDatabase();
    await new AuditWriter(db.runner).append(actor("a"), []);
    expect(db.calls).toEqual([]);
  });
});
