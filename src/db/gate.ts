import type { Pool, PoolClient } from "pg";
import { backoffDelay, type Backoff } from "./backoff";
import { DatabaseDownError, isConnectionFailure } from "./unavailable";

type Callback = (error: Error | undefined, client?: PoolClient, release?: (error?: Error | boolean) => void) => void;

export interface GateEvents {
  down(reason: unknown, retryInMs: number): void;
  up(downForMs: number, refused: number): void;
}

const GATE = Symbol("casusoverleg.gate");

/**
 * The one door to the database's connections. While PostgreSQL is known to be down (a connect failed,
 * a connection broke, a query ran out of time) every request is refused at once with DatabaseDownError
 * (a 503) instead of opening a socket of its own: without it a dead database under load meant thousands
 * of connection attempts a second. Only one probe at a time goes out, after an exponentially growing,
 * jittered wait; the probe runs `SELECT 1` on the connection it gets, so an idle pooled connection to a
 * paused server does not count as recovery. When it answers, the gate opens for everyone.
 */
export class DatabaseGate {
  private downSince: number | null = null;
  private attempt = 0;
  private nextProbeAt = 0;
  private probing = false;
  private refused = 0;

  private constructor(private readonly backoff: Backoff, private readonly events: GateEvents, private readonly now: () => number) {}

  /** Installs the gate on the pool once (later calls return the same gate). */
  static install(pool: Pool, backoff: Backoff, events: GateEvents, now: () => number = Date.now): DatabaseGate {
    const holder = pool as Pool & { [GATE]?: DatabaseGate };
    if (holder[GATE]) return holder[GATE];
    const gate = new DatabaseGate(backoff, events, now);
    holder[GATE] = gate;
    gate.wrap(pool);
    return gate;
  }

  get isDown(): boolean {
    return this.downSince !== null;
  }

  /** True while a request would be refused without trying (down, and no probe due or one under way). */
  refusesNow(): boolean {
    return this.downSince !== null && (this.probing || this.now() < this.nextProbeAt);
  }

  /** Seconds until the next probe, at least 1: the Retry-After a refused request is given. */
  retryAfterSeconds(): number {
    return Math.max(1, Math.ceil((this.nextProbeAt - this.now()) / 1000));
  }

  /** Tells the gate about a failure seen elsewhere (a query on a pooled connection). */
  observe(error: unknown): void {
    if (isConnectionFailure(error)) this.failed(error);
  }

  private failed(error: unknown): void {
    this.attempt += 1;
    const wait = backoffDelay(this.attempt, this.backoff);
    this.nextProbeAt = this.now() + wait;
    if (this.downSince === null) {
      this.downSince = this.now();
      this.events.down(error, wait);
    }
  }

  private succeeded(): void {
    if (this.downSince !== null) this.events.up(this.now() - this.downSince, this.refused);
    this.downSince = null;
    this.attempt = 0;
    this.refused = 0;
  }

  /** null: go ahead (as a probe when `probe`); else the refusal to answer with. */
  private admit(): { probe: boolean } | DatabaseDownError {
    if (this.downSince === null) return { probe: false };
    if (this.probing || this.now() < this.nextProbeAt) {
      this.refused += 1;
      return new DatabaseDownError(this.retryAfterSeconds());
    }
    this.probing = true;
    return { probe: true };
  }

  private async connectThrough(connect: () => Promise<PoolClient>): Promise<PoolClient> {
    const admitted = this.admit();
    if (admitted instanceof DatabaseDownError) throw admitted;
    let client: PoolClient | undefined;
    try {
      client = await connect();
      this.watch(client);
      if (admitted.probe) await client.query("SELECT 1");
      this.succeeded();
      return client;
    } catch (error) {
      client?.release(error as Error);
      this.failed(error);
      throw error;
    } finally {
      if (admitted.probe) this.probing = false;
    }
  }

  private wrap(pool: Pool): void {
    const connect = pool.connect.bind(pool) as () => Promise<PoolClient>;
    const gated = (callback?: Callback): Promise<PoolClient> | undefined => {
      const result = this.connectThrough(connect);
      if (!callback) return result;
      result.then((client) => callback(undefined, client, client.release.bind(client)), (error: Error) => callback(error));
      return undefined;
    };
    (pool as unknown as { connect: typeof gated }).connect = gated;
    pool.on("error", (error) => this.observe(error));
  }

  /**
   * Failures of queries on a connection (broken socket, timeouts) close the gate too, and the connection
   * is never lent again: after a read timeout the server may still be running the statement (its answer
   * would reach the next borrower) or the connection may sit in an aborted transaction, so it is
   * destroyed when it is released instead of going back to the pool.
   */
  private watch(client: PoolClient): void {
    const marked = client as PoolClient & { [GATE]?: { broken: boolean } };
    if (marked[GATE]) {
      marked[GATE].broken = false;
      return;
    }
    const state = { broken: false };
    marked[GATE] = state;
    const seen = (error: unknown): void => {
      if (!isConnectionFailure(error)) return;
      state.broken = true;
      this.failed(error);
    };
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const last = args[args.length - 1];
      if (typeof last === "function") {
        args[args.length - 1] = (error: unknown, ...rest: unknown[]) => {
          if (error) seen(error);
          return (last as (...a: unknown[]) => unknown)(error, ...rest);
        };
        return query(...args);
      }
      const result = query(...args);
      if (result instanceof Promise) result.catch(seen);
      return result;
    };
    const release = client.release.bind(client);
    client.release = (error?: Error | boolean) => release(state.broken ? (error || true) : error);
  }

  /** A request answered 503 before it reached the pool (at the door: ops/availability.ts) counts as refused too. */
  countRefusal(): void {
    if (this.downSince !== null) this.refused += 1;
  }
}
