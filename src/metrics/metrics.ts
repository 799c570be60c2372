import type { Pool } from "pg";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { DataSource } from "typeorm";
import { OperationLabels } from "./operation-labels";

/**
 * The server's Prometheus metrics, in a registry of its own per app (tests start several servers in one
 * process). Labels are bounded sets only: operations by their root fields (operation-labels.ts), error codes, limit
 * measures, rate-limit scopes. Never a user, an organisation or a case.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly operations = new OperationLabels();
  readonly requests = new Counter({ name: "casusoverleg_graphql_requests_total", help: "GraphQL requests by operation (its root fields) and outcome code (OK or the first error's code).", labelNames: ["operation", "code"], registers: [this.registry] });
  readonly latency = new Histogram({
    name: "casusoverleg_graphql_request_duration_seconds", help: "Time from request to response by operation (its root fields).", labelNames: ["operation"], registers: [this.registry],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  });
  readonly limitRefusals = new Counter({ name: "casusoverleg_query_limit_refusals_total", help: "Operations refused before running, by measure (depth, aliases, directives, tokens, cost).", labelNames: ["measure"], registers: [this.registry] });
  readonly rateLimitRefusals = new Counter({ name: "casusoverleg_rate_limit_refusals_total", help: "Requests refused by a rate limit, by scope (user, organisation).", labelNames: ["scope"], registers: [this.registry] });
  readonly edgeRefusals = new Counter({ name: "casusoverleg_edge_refusals_total", help: "Connections and requests refused before GraphQL, by reason (connection limit, request timeout, malformed HTTP, bad body).", labelNames: ["reason"], registers: [this.registry] });
  readonly signInRefusals = new Counter({ name: "casusoverleg_sign_in_refusals_total", help: "Refused sign-ins (HTTP 401).", registers: [this.registry] });
  readonly groupCommitLatency = new Histogram({
    name: "casusoverleg_audit_group_commit_duration_seconds", help: "Duration of one access-log group-commit INSERT.", registers: [this.registry],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
  });
  readonly groupCommitLines = new Histogram({
    name: "casusoverleg_audit_group_commit_batch_lines", help: "Access-log lines per group-commit INSERT.", registers: [this.registry],
    buckets: [1, 2, 5, 10, 25, 50, 100, 250, 1000, 5000],
  });

  constructor(ds: DataSource) {
    collectDefaultMetrics({ register: this.registry, prefix: "casusoverleg_" });
    const pool = () => (ds.driver as unknown as { master?: Pool }).master;
    new Gauge({
      name: "casusoverleg_db_pool_connections", help: "The API's PostgreSQL pool: connections by state (total, idle, waiting requests).", labelNames: ["state"], registers: [this.registry],
      collect() {
        const p = pool();
        this.set({ state: "total" }, p?.totalCount ?? 0);
        this.set({ state: "idle" }, p?.idleCount ?? 0);
        this.set({ state: "waiting" }, p?.waitingCount ?? 0);
      },
    });
  }
}
