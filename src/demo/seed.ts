import { In, type DataSource } from "typeorm";
import { Organisation } from "../entities";
import { writeCase } from "./case-writer";
import { ENDED_CASES } from "./cases-ended";
import { SAMEN_CASES } from "./cases-samen";
import { SAMEN_OTHER_CASES } from "./cases-samen-other";
import { TOP_X_CASES } from "./cases-top-x";
import { VOETBAL_CASES } from "./cases-voetbal";
import { ZUID_CASES } from "./cases-zuid";
import { DEMO_MEETINGS, writeMeetings } from "./meetings";
import { DEMO_HOUSES } from "./organisations";
import type { CaseSpec } from "./spec";
import { DemoWriter } from "./writer";

export { DEMO_HOUSES, DEMO_ORGANISATIONS, DEMO_TABLES } from "./organisations";

/** Every demo case, in number order (see docs/demo-data.md). */
export const DEMO_CASES: readonly CaseSpec[] = [...TOP_X_CASES, ...ENDED_CASES, ...ZUID_CASES, ...VOETBAL_CASES, ...SAMEN_CASES, ...SAMEN_OTHER_CASES]
  .sort((a, b) => caseNumber(a).localeCompare(caseNumber(b)));

/** The four digits that name a demo case in the docs and on meeting agendas: "ZVH-RR-{jaar}-0101" → "0101". */
export function caseNumber(spec: Pick<CaseSpec, "reference">): string {
  return spec.reference.slice(-4);
}

export interface SeedResult {
  seeded: boolean;
  cases: number;
}

/**
 * Loads the demo data set (docs/demo-data.md) in one transaction. Idempotent: when either demo house
 * already exists nothing is written. A transaction-scoped advisory lock makes two seeds started at once
 * (two `npm start -- --demo`) run one after the other, so the second sees the first's houses and skips.
 */
export async function seedDemo(ds: DataSource, log: (line: string) => void = console.log): Promise<SeedResult> {
  const result = await ds.transaction(async (em): Promise<SeedResult> => {
    await em.query("SELECT pg_advisory_xact_lock(hashtext('casusoverleg:demo-seed'))");
    const houses = await em.getRepository(Organisation).findBy({ code: In([...DEMO_HOUSES]) });
    if (houses.length) return { seeded: false, cases: 0 };
    const w = new DemoWriter(em);
    await w.writeOrganisations();
    await w.writeTables();
    const caseIds = new Map<string, string>();
    for (const spec of DEMO_CASES) {
      const reference = spec.reference.replace("{jaar}", String(w.at(spec.registered).getUTCFullYear()));
      const saved = await writeCase(w, { ...spec, reference });
      caseIds.set(caseNumber(spec), saved.id);
    }
    await writeMeetings(w, DEMO_MEETINGS, caseIds);
    return { seeded: true, cases: caseIds.size };
  });
  log(result.seeded
    ? `Demo data loaded: 2 houses, ${result.cases} cases (docs/demo-data.md lists the personas to sign in as).`
    : "Demo data already present (a demo house exists); nothing loaded.");
  return result;
}
