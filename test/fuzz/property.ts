import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { buildSchema } from "graphql";
import type { TestApi } from "../support/api";
import { Oracle, type FuzzViewer } from "./oracle";
import { printQuery, type PrintedQuery } from "./print";
import { queryArbitrary, type Selection } from "./query";
import { countAllowed, findLeaks, type Leak } from "./scan";
import { NOW, seedWorld, type SeededWorld } from "./seed";
import { ORG_KEYS, worldArbitrary, type OrgKey, type WorldSpec } from "./world";

/**
 * Single roles, the usual pairs, and a privacy officer who also claims a case role. The partner roles are
 * drawn most often: a privacy officer's answer to a case query is one refusal, a partner's a whole tree.
 */
const ROLE_SETS: Array<[number, string[]]> = [
  [3, ["PROCESS_DIRECTOR"]], [3, ["CASE_DIRECTOR"]], [3, ["CHAIN_PARTNER"]], [3, ["TRIAGE_MEMBER"]], [1, ["PRIVACY_OFFICER"]],
  [1, ["CASE_DIRECTOR", "CHAIN_PARTNER"]], [1, ["PROCESS_DIRECTOR", "TRIAGE_MEMBER"]], [1, ["PRIVACY_OFFICER", "CHAIN_PARTNER"]], [1, ["PRIVACY_OFFICER", "PROCESS_DIRECTOR"]],
];

const roleSets = process.env.FUZZ_SINGLE_ROLES ? ROLE_SETS.filter(([, r]) => r.length === 1) : ROLE_SETS;
/**
 * Viewers of every role in every organisation; organisations that take part in the world's cases more
 * often, so most queries meet cases the viewer sees, and the denials within them.
 */
export function viewerArbitrary(spec: WorldSpec): fc.Arbitrary<FuzzViewer> {
  const takesPart = (org: OrgKey) => spec.cases.filter((c) => c.participants.some((p) => p.org === org && !p.left)).length;
  return fc.record({
    org: fc.oneof(...ORG_KEYS.map((org) => ({ weight: 1 + 2 * takesPart(org), arbitrary: fc.constant(org) }))),
    roles: fc.oneof(...roleSets.map(([weight, roles]) => ({ weight, arbitrary: fc.constant(roles) }))),
  });
}

export interface FuzzOptions {
  /** Queries in all. */
  runs: number;
  /** Queries per generated world; runs / perWorld worlds are generated. */
  perWorld: number;
  seed: number;
  onWorld?: (index: number, report: FuzzReport) => void;
}

export interface Counterexample {
  worldIndex: number;
  world: SeededWorld;
  viewer: FuzzViewer;
  query: PrintedQuery;
  leaks: Leak[];
  answer: unknown;
}

export interface FuzzReport {
  seed: number;
  runs: number;
  worlds: number;
  /** Answers that carried data (not only errors). */
  answered: number;
  counterexamples: Counterexample[];
  /** Allowed markers seen, by guard kind and category: the property was not met by denying everything. */
  allowed: Map<string, number>;
  /** Error codes of the answers: how many queries the server refused, and why. */
  errorCodes: Map<string, number>;
  /** The first queries that failed inside the server: not a leak, but an answer the scan could not check. */
  internalErrors: Array<{ viewer: FuzzViewer; query: PrintedQuery; path: ReadonlyArray<string | number> }>;
}

const schema = buildSchema(readFileSync(join(__dirname, "../../schema.graphql"), "utf8"));

/**
 * The authorisation property: for every generated world, viewer and query, no marker or id reaches the
 * viewer that the oracle (test/fuzz/oracle.ts) withholds. Each world is seeded once and asked perWorld
 * queries; a failing world stops at its shrunk counter-example and the next world goes on.
 */
export async function fuzzAuthz(api: TestApi, options: FuzzOptions): Promise<FuzzReport> {
  const report: FuzzReport = { seed: options.seed, runs: 0, worlds: 0, answered: 0, counterexamples: [], allowed: new Map(), errorCodes: new Map(), internalErrors: [] };
  const tokens = new Map<string, Promise<string>>();
  const tokenOf = (v: FuzzViewer) => {
    const key = `${v.org}/${v.roles.join("+")}`;
    if (!tokens.has(key)) tokens.set(key, api.tokenFor({ org: v.org, roles: v.roles as never, sub: `fuzz-${key}` }));
    return tokens.get(key)!;
  };
  api.setNow(NOW);
  const worlds = Math.max(1, Math.ceil(options.runs / options.perWorld));
  for (let w = 0; w < worlds; w++) {
    const numRuns = Math.min(options.perWorld, options.runs - report.runs);
    // Each world and its queries get their own seed, distinct across runs with neighbouring seeds.
    const worldSeed = (options.seed * 7919 + w) % 2_147_483_647;
    const [spec] = fc.sample(worldArbitrary, { seed: worldSeed, numRuns: 1 });
    const world = await seedWorld(api.ds, spec);
    const oracle = new Oracle(world);
    const probe = async (viewer: FuzzViewer, selections: Selection[]) => {
      const query = printQuery(selections);
      const answer = await api.request(query.text, query.variables, `Bearer ${await tokenOf(viewer)}`);
      const leaks = findLeaks(oracle, world.registry, viewer, answer, { text: query.text + JSON.stringify(query.variables), logAliases: query.logAliases });
      return { query, answer, leaks };
    };
    const pools = { cases: world.caseIds, subjects: world.subjectIds, meetings: world.meetingIds, tables: world.tableIds, organisations: Object.values(world.orgIds) };
    const asked = viewerArbitrary(spec).chain((viewer) =>
      queryArbitrary(schema, {
        ...pools,
        visibleCases: world.caseIds.filter((_, i) => oracle.seesCase(viewer, i)),
        visibleMeetings: world.meetingIds.filter((_, i) => oracle.seesMeeting(viewer, i)),
      }).map((selections) => [viewer, selections] as const),
    );
    const details = await fc.check(
      fc.asyncProperty(asked, async ([viewer, selections]) => {
        const { answer, leaks } = await probe(viewer, selections);
        if (answer.data) report.answered += 1;
        for (const error of answer.errors ?? []) {
          const code = String(error.extensions?.code);
          report.errorCodes.set(code, (report.errorCodes.get(code) ?? 0) + 1);
          if (code === "INTERNAL_SERVER_ERROR" && report.internalErrors.length < 5) report.internalErrors.push({ viewer, query: printQuery(selections), path: error.path ?? [] });
        }
        countAllowed(world.registry, answer, report.allowed);
        return leaks.length === 0;
      }),
      { numRuns, seed: worldSeed },
    );
    report.runs += details.numRuns;
    report.worlds += 1;
    if (details.failed && details.counterexample) {
      const [[viewer, selections]] = details.counterexample;
      report.counterexamples.push({ worldIndex: w, world, viewer, ...(await probe(viewer, selections)) });
    } else if (details.failed) {
      throw details.errorInstance ?? new Error(`world ${w}: the property threw`);
    }
    options.onWorld?.(w, report);
  }
  return report;
}
