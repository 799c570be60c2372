import { randomBytes } from "node:crypto";
import { Client } from "pg";
import type { DataSource } from "typeorm";
import { createDataSource } from "../../src/db/data-source";
import { apiRoleName } from "../../src/db/roles";
import type { DatabaseTimeouts } from "../../src/ops/settings";
import { ViewerRole } from "../../src/domain/enums";
import type { EdgeConfig } from "../../src/http/edge-config";
import { startServer, type RunningServer } from "../../src/server";
import type { RefusedSignIn } from "../../src/identity/sign-in-log";
import type { LimitsConfig } from "../../src/limits";
import { createWorld, ORGS, type OrgKey, type World } from "./fixture";
import { TestIdentityProvider } from "./identity-providers";
import { TEMPLATE_DB } from "./global-setup";

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>;
}

export interface Persona {
  org: OrgKey;
  roles: ViewerRole[];
  sub?: string;
}

/** The personas the tests speak as; each signs in through its own organisation's identity provider. */
export const PERSONAS = {
  processDirector: { org: "house", roles: [ViewerRole.PROCESS_DIRECTOR], sub: "pd-anna" },
  otherProcessDirector: { org: "otherHouse", roles: [ViewerRole.PROCESS_DIRECTOR], sub: "pd-utrecht" },
  police: { org: "police", roles: [ViewerRole.CHAIN_PARTNER], sub: "agent-bram" },
  policeCaseDirector: { org: "police", roles: [ViewerRole.CASE_DIRECTOR, ViewerRole.CHAIN_PARTNER], sub: "agent-cor" },
  prosecutorTriage: { org: "prosecutor", roles: [ViewerRole.TRIAGE_MEMBER], sub: "om-dirk" },
  municipality: { org: "municipality", roles: [ViewerRole.CHAIN_PARTNER], sub: "oov-eva" },
  ggz: { org: "ggz", roles: [ViewerRole.CHAIN_PARTNER], sub: "ggz-fleur" },
  ggzCaseDirector: { org: "ggz", roles: [ViewerRole.CASE_DIRECTOR, ViewerRole.CHAIN_PARTNER], sub: "ggz-gijs" },
  wijkteam: { org: "wijkteam", roles: [ViewerRole.CHAIN_PARTNER], sub: "wt-hanna" },
  outsiderPolice: { org: "otherPolice", roles: [ViewerRole.CHAIN_PARTNER], sub: "agent-utrecht" },
  outsiderTriage: { org: "otherPolice", roles: [ViewerRole.TRIAGE_MEMBER], sub: "triage-utrecht" },
  privacyOfficer: { org: "house", roles: [ViewerRole.PRIVACY_OFFICER], sub: "fg-ingrid" },
} satisfies Record<string, Persona>;

export interface TestApi {
  /** The test's own pool, as the database owner: setup, inspection, simulated failures. */
  ds: DataSource;
  /** The test's database (a second server can share it). */
  databaseUrl: string;
  /** The server's pool: runs as the restricted API role (DATABASE_API_ROLE), like the real server. */
  appDs: DataSource;
  world: World;
  url: string;
  idps: Record<"safety" | "care" | "house", TestIdentityProvider>;
  /** Sends a GraphQL request as a persona (or with a raw Authorization header, or none). */
  as(persona: Persona): (query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse>;
  request(query: string, variables?: Record<string, unknown>, authorization?: string): Promise<GraphQLResponse>;
  tokenFor(persona: Persona): Promise<string>;
  /** The refused sign-ins the server logged (identity/sign-in-log.ts), oldest first. */
  refusedSignIns: RefusedSignIn[];
  /** Moves the server's clock (deadlines: 6 months after the plan, 6 months of passive direction). */
  setNow(date: Date | null): void;
  close(): Promise<void>;
}

/** A fresh database cloned from the migrated template (empty tables), for tests that need no test world. */
export async function cloneTemplate(): Promise<string> {
  const serverUrl = process.env.TEST_PG_SERVER_URL!;
  const name = `t_${randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function idpFor(idps: TestApi["idps"], org: OrgKey): TestIdentityProvider {
  const domain = ORGS[org].domain;
  return domain === "CARE" ? idps.care : domain === "COORDINATION" ? idps.house : idps.safety;
}

/** A fresh database cloned from the migrated template, the test world in it, and the real server over HTTP. */
export interface TestApiOptions {
  logErrors?: boolean;
  onStatement?: (sql: string) => void;
  /** Over the defaults; the rate limits are off unless a test sets them (their counts would depend on test speed). */
  limits?: Partial<LimitsConfig>;
  metricsToken?: string;
  /** Another database than a fresh clone of the template (the fault tests' own PostgreSQL). */
  databaseUrl?: string;
  timeouts?: DatabaseTimeouts;
  /** CORS, introspection and explorer over the environment's (http/edge-config.ts). */
  edge?: Partial<EdgeConfig>;
}

/** Rate limits off: a test suite's pace is no user's. Tests of the limits set their own. */
export const TEST_LIMITS: Partial<LimitsConfig> = { rateLimitPerUser: 0, rateLimitPerOrganisation: 0 };

export async function createTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const url = options.databaseUrl ?? (await cloneTemplate());
  const ds = createDataSource(url);
  await ds.initialize();
  const appDs = createDataSource(url, { onStatement: options.onStatement, role: apiRoleName(), timeouts: options.timeouts });
  await appDs.initialize();
  const world = await createWorld(ds);
  const codesOf = (domain: string) => Object.values(ORGS).filter((o) => o.domain === domain).map((o) => o.code);
  const idps = {
    safety: await TestIdentityProvider.create("https://idp.safety-partners.test", codesOf("SAFETY")),
    care: await TestIdentityProvider.create("https://idp.care-partners.test", codesOf("CARE")),
    house: await TestIdentityProvider.create("https://idp.houses.test", codesOf("COORDINATION")),
  };
  let now: Date | null = null;
  const refusedSignIns: RefusedSignIn[] = [];
  const server: RunningServer = await startServer({
    ds: appDs,
    registry: Object.values(idps).map((idp) => idp.entry),
    port: 0,
    clock: () => now ?? new Date(),
    logError: options.logErrors === false ? () => undefined : undefined,
    logRefusedSignIn: (refusal) => refusedSignIns.push(refusal),
    limits: { ...TEST_LIMITS, ...options.limits },
    metricsToken: options.metricsToken,
    edge: options.edge,
  });
  const request: TestApi["request"] = async (query, variables, authorization) => {
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  };
  const tokenFor = (persona: Persona) =>
    idpFor(idps, persona.org).sign({ sub: persona.sub ?? `${persona.org}-user`, org: ORGS[persona.org].code, roles: persona.roles });
  return {
    databaseUrl: url,
    ds,
    appDs,
    world,
    url: server.url,
    idps,
    refusedSignIns,
    request,
    tokenFor,
    as: (persona) => async (query, variables) => request(query, variables, `Bearer ${await tokenFor(persona)}`),
    setNow: (date) => {
      now = date;
    },
    close: async () => {
      await server.stop();
      await appDs.destroy();
      await ds.destroy();
    },
  };
}
