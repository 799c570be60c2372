import type { AuditActor, AuditEvent } from "./trail";
import { appendAuditEntries, type AuditEntry, type SqlRunner } from "./writer";

/** A batch holds whole requests, so a request's lines are never split; one larger request still goes alone. */
export const DEFAULT_MAX_BATCH_LINES = 5000;

interface Waiting extends AuditEntry {
  done: (error?: unknown) => void;
}

/**
 * The end-of-request writer of one process: a group commit. Every append to the log serialises on the
 * chain's lock and then waits for its own commit, so one INSERT per request caps throughput at one
 * commit at a time. Here the requests that finish while a write is in flight queue up and go out
 * together in the next INSERT: one transaction, one lock, one commit, in the order they arrived. An
 * idle writer starts at once (no timer adds latency); each caller's promise settles with the commit of
 * the batch that holds its lines; if that batch fails, each of its requests is written again alone, so only
 * a request whose own lines cannot be written fails.
 */
export class AuditWriter {
  private readonly queue: Waiting[] = [];
  private writing = false;

  constructor(private readonly runner: SqlRunner, private readonly maxBatchLines = DEFAULT_MAX_BATCH_LINES) {}

  /** Resolves once the lines are committed; rejects with the batch's error. */
  append(actor: AuditActor, events: readonly AuditEvent[]): Promise<void> {
    if (!events.length) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ actor, events, done: (error) => (error === undefined ? resolve() : reject(error)) });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    try {
      while (this.queue.length) {
        const batch = this.nextBatch();
        const failure = await this.write(batch);
        if (failure !== undefined && batch.length > 1) await this.writeOneByOne(batch);
        else for (const waiting of batch) waiting.done(failure);
      }
    } finally {
      this.writing = false;
    }
  }

  private write(batch: readonly AuditEntry[]): Promise<unknown> {
    return appendAuditEntries(this.runner, batch).then(() => undefined, (error: unknown) => error ?? new Error("Audit write failed."));
  }

  /**
   * A shared INSERT failed: it is one statement, so none of its lines were written. Each request is tried
   * again alone, so a request whose lines cannot be written fails by itself and everyone else's commit.
   */
  private async writeOneByOne(batch: readonly Waiting[]): Promise<void> {
    for (const waiting of batch) waiting.done(await this.write([waiting]));
  }

  private nextBatch(): Waiting[] {
    let lines = this.queue[0].events.length;
    let count = 1;
    while (count < this.queue.length && lines + this.queue[count].events.length <= this.maxBatchLines) {
      lines += this.queue[count].events.length;
      count += 1;
    }
    return this.queue.splice(0, count);
  }
}
