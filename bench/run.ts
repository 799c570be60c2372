import { join, resolve } from "node:path";
import { PROJECT_ROOT } from "../src/db/connect";
import { MAX_PAGE_SIZE } from "../src/permissions/visible/cases";
import { parseBenchArgs, type ServerKind } from "./args";
import { coldStartMs } from "./cold-start";
import { openBenchDatabase, removeRegisteredCases } from "./database";
import { measureInRounds, type RoundEntry } from "./load";
import { PERSONAS, signTokens } from "./personas";
import { dataSetSummary, preparePersonaData } from "./prepare";
import { machineDescription } from "./proc-stats";
import { writeReport, type BenchResults, type CheckRow, type LoadRow } from "./report";
import { scenarios, type PersonaData } from "./scenarios";
import { startMeasuredServer, type MeasuredServer } from "./servers";
import { firstDifference, probe, summariseErrors } from "./verify";

/** npm run bench: data set → servers side by side → correctness probes → load → cold start → report. */
async function main(): Promise<void> {
  const options = parseBenchArgs(process.argv.slice(2));
  const benchDir = join(PROJECT_ROOT, ".data", "bench");
  const log = (line: string) => console.log(line);
  const results: BenchResults = { options, machineBefore: machineDescription(), checks: [], load: [], pageSizes: [], coldStarts: [], dataSet: {}, statementTexts: [] };
  const db = await openBenchDatabase(benchDir, options.cases, options.reseed, log);
  const servers = new Map<ServerKind, MeasuredServer>();
  const stopAll = async () => {
    await Promise.all([...servers.values()].map((s) => s.stop()));
    servers.clear();
  };
  process.once("SIGINT", () => void stopAll().then(() => db.stop()).finally(() => process.exit(130)));
  try {
    await removeRegisteredCases(db);
    results.dataSet = await dataSetSummary(db);
    const tokens = await signTokens(benchDir, PERSONAS);
    for (const kind of options.servers) {
      servers.set(kind, await startMeasuredServer(kind, { databaseUrl: db.url, benchDir, profile: options.profile }));
      log(`started ${kind} (pid ${servers.get(kind)!.pid})`);
    }
    const all = scenarios(MAX_PAGE_SIZE).filter((s) => !options.scenarios || options.scenarios.includes(s.id));
    const s4 = scenarios(MAX_PAGE_SIZE).find((s) => s.id === "S4")!;
    const data = new Map<string, PersonaData>();
    for (const persona of PERSONAS) data.set(persona.key, await preparePersonaData(db, persona, s4));

    log("probing every scenario once per persona and server (answers, SQL statements, API vs floor)…");
    for (const scenario of all) {
      for (const persona of PERSONAS) {
        const row: CheckRow = { scenario: scenario.id, persona: persona.key, servers: {} };
        for (const [kind, server] of servers) {
          const body = scenario.body(kind, data.get(persona.key)!);
          if (!body) continue;
          const answer = await probe(server, body, kind === "postgraphile" ? undefined : tokens.get(persona.key));
          if (kind === "api" && persona.key === PERSONAS[0].key) results.statementTexts.push({ scenario: scenario.id, sql: answer.sql });
          row.servers[kind] = { status: answer.status, bytes: answer.bytes, statements: answer.statements, ms: answer.ms, errors: summariseErrors(answer.errors), data: answer.data };
        }
        if (row.servers.api && row.servers.floor) row.apiVsFloor = firstDifference(row.servers.api.data, row.servers.floor.data) ?? "equal";
        for (const kind of Object.keys(row.servers)) delete row.servers[kind as ServerKind]!.data;
        results.checks.push(row);
        if (scenario.id === "S6") await removeRegisteredCases(db);
      }
    }

    const api = servers.get("api");
    const s3 = all.find((s) => s.id === "S3");
    if (api && s3) {
      for (const first of [1, 10, 50, 100]) {
        const body = s3.body("api", data.get(PERSONAS[0].key)!)!.replace(`"first":50`, `"first":${first}`);
        const answer = await probe(api, body, tokens.get(PERSONAS[0].key));
        results.pageSizes.push({ first, statements: answer.statements, errors: summariseErrors(answer.errors) });
      }
    }

    const loadPersonas = PERSONAS.filter((p) => !options.personas || options.personas.includes(p.key));
    const loadOptions = { ...options, postmasterPid: db.postmasterPid };
    for (const scenario of all) {
      for (const [index, persona] of loadPersonas.entries()) {
        const entries: Array<RoundEntry<ServerKind>> = [];
        for (const [kind, server] of servers) {
          const body = scenario.body(kind, data.get(persona.key)!);
          if (!body || (kind === "postgraphile" && index > 0)) continue;
          const probed = results.checks.find((c) => c.scenario === scenario.id && c.persona === persona.key)?.servers[kind];
          entries.push({ kind, server, body, authorization: kind === "postgraphile" ? undefined : tokens.get(persona.key), probeMs: probed?.ms });
        }
        const cells = await measureInRounds(entries, loadOptions, { after: scenario.id === "S6" ? () => removeRegisteredCases(db) : undefined });
        for (const [kind, cell] of cells) {
          const row: LoadRow = { scenario: scenario.id, persona: kind === "postgraphile" ? "(none)" : persona.key, server: kind, ...cell };
          results.load.push(row);
          log(`${scenario.id} ${row.persona.padEnd(16)} ${kind.padEnd(15)} ${cell.reqPerSec.toFixed(cell.reqPerSec < 10 ? 2 : 0).padStart(6)} req/s  p50 ${cell.p50.toFixed(1)} ms  p99 ${cell.p99.toFixed(1)} ms  cpu ${cell.cpuMsPerRequest.toFixed(2)} ms/req`);
        }
      }
    }
    await stopAll();
    await db.stop();
    for (let i = 0; i < options.coldStarts; i++) {
      const ms = await coldStartMs(benchDir, tokens.get(PERSONAS[0].key)!).catch((error: Error) => (log(`cold start failed: ${error.message}`), NaN));
      results.coldStarts.push(ms);
      log(`cold start ${i + 1}: ${ms} ms`);
    }
  } finally {
    await stopAll();
    await db.stop().catch(() => undefined);
  }
  results.machineAfter = machineDescription();
  results.scenarioTitles = Object.fromEntries(scenarios(MAX_PAGE_SIZE).map((s) => [s.id, s.title]));
  results.maxPageSize = MAX_PAGE_SIZE;
  const out = writeReport(results, resolve(PROJECT_ROOT, options.out));
  log(`report written to ${out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
