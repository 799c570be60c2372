import { caseVisibility } from "../src/permissions/row-level/case-visibility";
import type { OrganisationDomain } from "../src/domain/enums";
import { parseRoles, type Viewer } from "../src/identity/viewer";
import type { BenchDatabase } from "./database";
import type { BenchPersona } from "./personas";
import type { PersonaData } from "./scenarios";

/** The API's keyset cursor: base64url of [ISO timestamp, id]. */
const cursorOf = (at: Date, id: string): string => Buffer.from(JSON.stringify([at.toISOString(), id])).toString("base64url");

export async function viewerOf(db: BenchDatabase, persona: BenchPersona): Promise<Viewer> {
  const [org] = await db.query<{ id: string; domain: OrganisationDomain }>(`SELECT id, domain FROM organisation WHERE code = $1`, [persona.org]);
  if (!org) throw new Error(`organisation ${persona.org} is not in the bench data set`);
  return {
    userId: `bench-${persona.key}`, issuer: "bench", name: persona.label, onBehalfOf: null,
    organisationId: org.id, organisationCode: persona.org, domain: org.domain, roles: parseRoles(persona.roles),
  };
}

/**
 * Per persona: the newest visible case with an approved plan (S1), the cursors that start each page of
 * S4 (the API's own row-level rule and cursor format, read straight from the database), and a table to
 * register at (S6).
 */
export async function preparePersonaData(db: BenchDatabase, persona: BenchPersona, s4: { first: number; pages: number }): Promise<PersonaData> {
  const viewer = await viewerOf(db, persona);
  const visibility = caseVisibility(viewer, "c", 1);
  const [detail] = await db.query<{ id: string }>(
    `SELECT c.id FROM "case" c WHERE ${visibility.sql}
       AND EXISTS (SELECT 1 FROM plan p WHERE p.case_id = c.id AND p.status = 'APPROVED')
     ORDER BY c.registered_at DESC, c.id DESC LIMIT 1`,
    visibility.params,
  );
  if (!detail) throw new Error(`${persona.key} sees no case with a plan; seed more cases`);
  const ordered = await db.query<{ registered_at: Date; id: string }>(
    `SELECT c.registered_at, c.id FROM "case" c WHERE ${visibility.sql} ORDER BY c.registered_at DESC, c.id DESC LIMIT $2`,
    [...visibility.params, s4.first * s4.pages],
  );
  if (ordered.length < s4.first * s4.pages) console.warn(`  ${persona.key} sees only ${ordered.length} cases: S4 pages are short`);
  const s4After = Array.from({ length: s4.pages }, (_, i) => {
    const last = ordered[i * s4.first - 1];
    return i === 0 || !last ? null : cursorOf(last.registered_at, last.id);
  });
  const [table] = await db.query<{ id: string }>(`SELECT id FROM consultation_table ORDER BY name LIMIT 1`);
  return { caseId: detail.id, s4After, tableId: table.id };
}

export async function dataSetSummary(db: BenchDatabase): Promise<Record<string, number>> {
  const tables = ["case", "participant", "plan", "goal", "action", "information_item", "legal_basis", "related_person", "organisation"];
  const [row] = await db.query<Record<string, number>>(`SELECT ${tables.map((t) => `(SELECT count(*)::int FROM "${t}") AS "${t}"`).join(", ")}`);
  return row;
}
