import { createServer, type Server } from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { DataSource } from "typeorm";
import { AuditWriter } from "./audit/group-commit";
import { auditPlugin } from "./audit/plugin";
import { refuseBatch } from "./limits/batch";
import { bearerToken, createContext, type Context } from "./context";
import { config } from "./config";
import { preparedRunner } from "./db/prepared";
import { formatError, logUnexpectedError, ServiceUnavailableError, UnauthenticatedError } from "./errors";
import { DatabaseGate } from "./db/gate";
import { isDatabaseUnavailable, retryAfterOf } from "./db/unavailable";
import { availabilityPlugin, refuseWhileDown, throttledErrorLog } from "./ops/availability";
import { mountHealth } from "./ops/health";
import { moreLikeIt, throttle } from "./ops/log-throttle";
import { reconnectBackoff, shutdownDrainMs } from "./ops/settings";
import type { Pool } from "pg";
import { GraphQLError } from "graphql";
import { partnerCors } from "./http/cors";
import { edgeConfigFromEnv, type EdgeConfig } from "./http/edge-config";
import { edgeErrorHandler } from "./http/edge-errors";
import { explorerRoutes } from "./http/explorer";
import { jsonObjectBody } from "./http/json-body";
import { answerBrokenHttpAsJson } from "./http/client-error";
import { connectionLimits, deadlineCheckInterval, guardConnections } from "./http/connection-guard";
import { edgeRefusals } from "./http/edge-refusals";
import { GracefulClose } from "./http/graceful-close";
import { assignRequestId, requestIdOf, resumeRequestId } from "./http/request-id";
import { onlyMethods, requireJsonBody, ROUTES, unknownRoute } from "./http/routes";
import { securityHeaders } from "./http/security-headers";
import { logger } from "./logging/logger";
import { TokenVerifier, type TrustedIssuer } from "./identity";
import { OrganisationDirectory } from "./identity/organisation-directory";
import { logRefusedSignIn, refusedSignIn, type RefusedSignIn } from "./identity/sign-in-log";
import { buildSchema } from "./schema";
import { permissionsPage } from "./privacy/permissions-page";
import { requestLimits, responseSizeGuard, type LimitsConfig } from "./limits";
import { Metrics } from "./metrics/metrics";
import { metricsEndpoint } from "./metrics/endpoint";
import { bindOutcome, observedRunner, outcomeOf, outcomePlugin, requestMetrics } from "./metrics/request-metrics";

export interface ServerOptions {
  ds: DataSource;
  registry: TrustedIssuer[];
  /** Injectable clock for tests of deadlines (6 months of plan, passive direction). */
  clock?: () => Date;
  /** Log of unexpected errors (never sent to clients); default the server log, without values (errors/format-error.ts). */
  logError?: (error: unknown) => void;
  /** Security log of refused sign-ins (401); default one line of the server log each (identity/sign-in-log.ts). */
  logRefusedSignIn?: (refusal: RefusedSignIn) => void;
  /** CORS, introspection and explorer; what is not given comes from the environment (http/edge-config.ts). */
  edge?: Partial<EdgeConfig>;
  /** How long stop() lets in-flight requests finish (default SHUTDOWN_DRAIN_MS). */
  drainMs?: number;
  /** Query, time, size and rate limits; unset fields come from the environment (limits/config.ts). */
  limits?: Partial<LimitsConfig>;
  /** Bearer token for GET /metrics; default METRICS_TOKEN; without one /metrics is off (metrics/endpoint.ts). */
  metricsToken?: string;
  /** Benchmark only (CASUSOVERLEG_BENCHMARK=1): `false` serves the schema without the policy. */
  privacy?: boolean;
}

export interface RunningServer {
  url: string;
  httpServer: Server;
  stop(): Promise<void>;
}

/** The pool's one door (db/gate.ts), with its outage and recovery reported as a few log lines. */
function gateFor(ds: DataSource): DatabaseGate {
  const limit = throttle(5_000);
  return DatabaseGate.install((ds.driver as unknown as { master: Pool }).master, reconnectBackoff(), {
    down: (reason, wait) =>
      limit("down", (n) => logger.error({ event: "DATABASE_DOWN", code: (reason as { code?: string })?.code, retryInMs: wait, more: n }, `database unavailable; requests answer 503${moreLikeIt(n)}`)),
    up: (ms, refused) => logger.warn({ event: "DATABASE_UP", downMs: ms, refused }, "database available again"),
  });
}

/** The largest request body read; a larger one is a coded 413 before any of it is parsed. */
const BODY_LIMIT = "1mb";

/**
 * Builds the HTTP app: POST /graphql behind token verification and the request limits (limits/), GET /graphql
 * the explorer for browsers, /health/live and /health/ready for probes, GET /privacy/permissions (the permission
 * matrix), GET /metrics for Prometheus (metrics/). Every answer carries the request id and security headers;
 * every refusal outside GraphQL is a coded JSON error (http/).
 */
export async function createApp(options: ServerOptions) {
  const edge: EdgeConfig = { ...edgeConfigFromEnv(), ...options.edge };
  const app = express();
  app.disable("x-powered-by");
  const connections = connectionLimits();
  const httpServer = createServer({ connectionsCheckingInterval: deadlineCheckInterval(connections) }, app);
  const closer = new GracefulClose(httpServer);
  const verifier = new TokenVerifier(options.registry);
  const logSignIn = options.logRefusedSignIn ?? logRefusedSignIn;
  const organisations = new OrganisationDirectory(options.ds);
  const gate = gateFor(options.ds);
  const logError = throttledErrorLog(options.logError ?? logUnexpectedError);
  const metrics = new Metrics(options.ds);
  const refused = edgeRefusals(metrics.edgeRefusals);
  guardConnections(httpServer, connections, refused);
  answerBrokenHttpAsJson(httpServer, refused);
  const limits = requestLimits(options.ds, metrics, options.limits);
  const auditWriter = new AuditWriter(observedRunner(preparedRunner(options.ds), metrics));
  const apollo = new ApolloServer<Context>({
    schema: buildSchema({ privacy: options.privacy }),
    formatError: (formatted, error) => formatError(formatted, error, logError),
    includeStacktraceInErrorResponses: false,
    introspection: edge.introspection,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    // Documents by hash come only from the registered ones (limits/trusted-documents.ts), never from a cache anyone can fill.
    persistedQueries: false,
    // Cache control is off: responses carry personal data and are never cached, and the plugin would
    // wrap every field resolver for hints nobody uses. Apollo's landing page loads from a CDN: ours is offline.
    // Our own shutdown drains (http/graceful-close.ts, ops/shutdown.ts): Apollo's SIGTERM handler stopped the
    // server beside it and re-raised the signal, and its drain closed connections with requests arriving on them.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      availabilityPlugin(),
      auditPlugin(auditWriter, logError),
      limits.plugin,
      outcomePlugin(),
    ],
  });
  await apollo.start();
  app.use(assignRequestId, ...securityHeaders(), partnerCors(edge.corsOrigins));
  mountHealth(app, options.ds);
  // No token: the page describes rules, not personal data (why: privacy/permissions-page.ts).
  app.get("/privacy/permissions", permissionsPage);
  app.get("/metrics", metricsEndpoint(metrics, options.metricsToken ?? config().METRICS_TOKEN));
  if (edge.explorer) app.use(explorerRoutes());
  // `all`, not `use`: only /graphql itself, so /graphql/anything is a 404 rather than a GraphQL request.
  app.all(
    "/graphql",
    onlyMethods(ROUTES["/graphql"]),
    refuseWhileDown(gate),
    requestMetrics(metrics),
    responseSizeGuard(limits.limits.maxResponseBytes, (res) => (outcomeOf(res).code = "RESPONSE_TOO_LARGE")),
    requireJsonBody,
    ...jsonObjectBody(BODY_LIMIT),
    resumeRequestId,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        try {
          const context = await createContext({ ds: options.ds, verifier, organisations, clock: options.clock }, req.headers.authorization, requestIdOf(res));
          bindOutcome(context, outcomeOf(res));
          await limits.admit(context, req.body, req.method === "GET" ? (req.query as Record<string, unknown>) : undefined);
          await refuseBatch(req.body, context, auditWriter);
          return context;
        } catch (error) {
          if (error instanceof GraphQLError) outcomeOf(res).code = String(error.extensions.code);
          if (isDatabaseUnavailable(error)) throw new ServiceUnavailableError(retryAfterOf(error));
          if (error instanceof UnauthenticatedError) {
            metrics.signInRefusals.inc();
            const at = options.clock?.() ?? new Date();
            logSignIn(refusedSignIn(bearerToken(req.headers.authorization), error.message, req.socket.remoteAddress, at));
          }
          throw error;
        }
      },
    }),
  );
  app.use(unknownRoute);
  app.use(edgeErrorHandler(refused));
  /** Answers every request already accepted (up to the drain deadline), then stops Apollo. */
  const stop = async () => {
    const inTime = await closer.close(options.drainMs ?? shutdownDrainMs());
    if (!inTime) logger.warn({ event: "SHUTDOWN" }, "drain deadline reached; the connections left were closed");
    await apollo.stop();
  };
  return { app, httpServer, apollo, stop };
}

export async function startServer(options: ServerOptions & { port: number; host?: string }): Promise<RunningServer> {
  const { httpServer, apollo, stop } = await createApp(options);
  const host = options.host ?? "127.0.0.1";
  try {
    await new Promise<void>((resolve, reject) => httpServer.once("error", reject).listen(options.port, host, resolve));
  } catch (error) {
    await apollo.stop();
    const inUse = (error as NodeJS.ErrnoException).code === "EADDRINUSE";
    throw inUse ? new Error(`Port ${options.port} on ${host} is already in use (another npm start?). Stop that process or choose another port with PORT=…`) : error;
  }
  const address = httpServer.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    httpServer,
    stop,
  };
}
