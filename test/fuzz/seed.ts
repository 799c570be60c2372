import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import { GuardRegistry, type Guard } from "./guards";
import { insertRows, readColumns, type Row } from "./insert";
import { seedPlans } from "./seed-plans";
import { ORG_KEYS, type OrgKey, type TextCategory, type Validity, type WCase, type WorldSpec } from "./world";

/** The requests' clock: bases are valid, expired or not yet valid relative to it. */
export const NOW = new Date("2026-06-01T12:00:00Z");
const DAY = 86_400_000;
const at = (days: number) => new Date(NOW.getTime() + days * DAY);

export interface SeededWorld {
  spec: WorldSpec;
  registry: GuardRegistry;
  orgIds: Record<OrgKey, string>;
  caseIds: string[];
  subjectIds: string[];
  tableIds: string[];
  meetingIds: string[];
  basisIds: string[][];
  /** Which rules of newer schemas the database has: text categories, four-eyes confirmation of bases. */
  features: { textCategories: boolean; basisConfirmation: boolean };
}

/** Everything a seeding step needs: the connection, the columns, the ids so far and the registry. */
export interface SeedContext {
  ds: DataSource;
  columns: Map<string, Set<string>>;
  registry: GuardRegistry;
  orgIds: Record<OrgKey, string>;
  caseIds: string[];
  /** A free text guarded by its category where the schema classifies it, else by the case alone. */
  text(table: string, column: string, caseIndex: number, category: TextCategory, what: string): Row;
}

/** Replaces the previous world's cases, tables and meetings with this one, straight in SQL. */
export async function seedWorld(ds: DataSource, spec: WorldSpec): Promise<SeededWorld> {
  await ds.query(`TRUNCATE subject, meeting, consultation_table CASCADE`);
  const columns = await readColumns(ds);
  const orgRows: Array<{ id: string; code: string }> = await ds.query(`SELECT id, code FROM organisation`);
  const orgIds = Object.fromEntries(ORG_KEYS.map((key) => [key, orgRows.find((o) => o.code === ORG_CODES[key])!.id])) as Record<OrgKey, string>;
  const registry = new GuardRegistry();
  const features = {
    textCategories: columns.get("plan")?.has("summary_category") ?? false,
    basisConfirmation: columns.get("legal_basis")?.has("confirmation_required") ?? false,
  };
  const caseIds = spec.cases.map(() => randomUUID());
  const ctx: SeedContext = {
    ds, columns, registry, orgIds, caseIds,
    text(table, column, caseIndex, category, what) {
      const classified = columns.get(table)?.has(`${column}_category`) ?? false;
      const guard: Guard = classified ? { kind: "text", caseIndex, category, what } : { kind: "case", caseIndex, what };
      return { [column]: registry.text(what, guard), [`${column}_category`]: category };
    },
  };
  const tableIds = await seedTables(ctx, spec);
  const subjectIds = await seedCases(ctx, spec, tableIds);
  const basisIds = await seedBasesAndItems(ctx, spec);
  await seedPlans(ctx, spec);
  const meetingIds = await seedMeetings(ctx, spec, tableIds);
  return { spec, registry, orgIds, caseIds, subjectIds, tableIds, meetingIds, basisIds, features };
}

const ORG_CODES: Record<OrgKey, string> = {
  house: "zvh-rijnmond", police: "politie-rotterdam", prosecutor: "om-rotterdam", municipality: "gemeente-rotterdam",
  ggz: "ggz-rijnmond", wijkteam: "wijkteam-zuid", otherPolice: "politie-utrecht", otherHouse: "zvh-utrecht",
};

async function seedTables(ctx: SeedContext, spec: WorldSpec): Promise<string[]> {
  const ids = spec.tables.map(() => randomUUID());
  await insertRows(ctx.ds, ctx.columns, "consultation_table", spec.tables.map((t, i) => ({ id: ids[i], name: `Tafel ${i}`, kind: "TOP_X", has_criminal_law_component: true, house_id: ctx.orgIds[t.house] })));
  await insertRows(ctx.ds, ctx.columns, "table_member", spec.tables.flatMap((t, i) => t.members.map((m) => ({ table_id: ids[i], organisation_id: ctx.orgIds[m] }))));
  return ids;
}

async function seedCases(ctx: SeedContext, spec: WorldSpec, tableIds: string[]): Promise<string[]> {
  const { registry: reg } = ctx;
  const subjectIds = spec.cases.map((_, i) => reg.id(randomUUID(), { kind: "case", caseIndex: i, what: "subject id" }));
  await insertRows(ctx.ds, ctx.columns, "subject", spec.cases.map((_, i) => ({
    id: subjectIds[i], full_name: reg.text("Betrokkene", { kind: "case", caseIndex: i, what: "subject name" }), date_of_birth: "1990-01-01",
    municipality: reg.text("Woonplaats", { kind: "case", caseIndex: i, what: "subject municipality" }),
  })));
  await insertRows(ctx.ds, ctx.columns, "case", spec.cases.map((c, i) => caseRow(ctx, c, i, tableIds, subjectIds[i])));
  await insertRows(ctx.ds, ctx.columns, "participant", spec.cases.flatMap((c, i) => c.participants.map((p, k) => ({
    case_id: ctx.caseIds[i], organisation_id: ctx.orgIds[p.org], role: k === 0 ? "REGISTRANT" : k === 1 ? "CASE_DIRECTOR" : "CHAIN_PARTNER",
    professional_name: reg.text("Professional", { kind: "case", caseIndex: i, what: "professional name" }), joined_at: at(-100), left_at: p.left ? at(-5) : null,
  }))));
  await insertRows(ctx.ds, ctx.columns, "related_person", spec.cases.flatMap((c, i) => Array.from({ length: c.relatedPersons }, () => ({
    id: reg.id(randomUUID(), { kind: "case", caseIndex: i, what: "related person id" }), case_id: ctx.caseIds[i],
    full_name: reg.text("Broer", { kind: "case", caseIndex: i, what: "related person name" }), relation: "SIBLING",
  }))));
  return subjectIds;
}

function caseRow(ctx: SeedContext, c: WCase, i: number, tableIds: string[], subjectId: string): Row {
  const optional = (column: string, category: TextCategory | "absent", what: string) => (category === "absent" ? {} : ctx.text("case", column, i, category, what));
  return {
    id: ctx.registry.id(ctx.caseIds[i], { kind: "case", caseIndex: i, what: "case id" }),
    reference: ctx.registry.text("FZ", { kind: "case", caseIndex: i, what: "case reference" }),
    table_id: tableIds[c.table], subject_id: subjectId, registered_by_id: ctx.orgIds[c.participants[0].org], phase: c.phase,
    registered_at: at(-200 + i), subject_informed: c.texts.subjectNotInformedReason === "absent",
    ...ctx.text("case", "tried_within_own_organisation", i, c.texts.triedWithinOwnOrganisation, "triedWithinOwnOrganisation"),
    ...optional("subject_not_informed_reason", c.texts.subjectNotInformedReason, "subjectNotInformedReason"),
    ...optional("rejection_reason", c.texts.rejectionReason, "rejectionReason"),
    ...optional("scale_down_reason", c.texts.scaleDownReason, "scaleDownReason"),
    ...optional("closure_note", c.texts.closureNote, "closure note"),
    closure_treatment_impossible: c.texts.closureNote === "absent" ? null : true,
  };
}

function validityColumns(validity: Validity): Row {
  const range = validity === "expired" ? [at(-60), at(-1)] : validity === "notYetValid" ? [at(1), at(60)] : validity === "openEnded" ? [at(-30), null] : [at(-30), at(30)];
  return {
    valid_from: range[0], valid_until: range[1],
    revoked_at: validity === "revoked" ? at(-2) : null, revoked_by_user: validity === "revoked" ? "fuzz-pd" : null,
    // Four eyes: "unconfirmed" waits for a second person, "confirmed" has had one; the rest never needed one.
    confirmation_required: validity === "unconfirmed" || validity === "confirmed",
    confirmed_at: validity === "confirmed" ? at(-29) : null, confirmed_by_user: validity === "confirmed" ? "fuzz-second-pd" : null,
  };
}

async function seedBasesAndItems(ctx: SeedContext, spec: WorldSpec): Promise<string[][]> {
  const { registry: reg } = ctx;
  const classified = ctx.columns.get("legal_basis")?.has("document_reference_category") ?? false;
  const basisText = (i: number, b: number, column: string, category: TextCategory, what: string): Row => {
    const guard: Guard = classified ? { kind: "basisText", caseIndex: i, basis: b, category, what } : { kind: "basis", caseIndex: i, basis: b, what };
    return { [column]: reg.text(what, guard), [`${column}_category`]: category };
  };
  const basisIds = spec.cases.map((c, i) => c.bases.map((_, b) => reg.id(randomUUID(), { kind: "basis", caseIndex: i, basis: b, what: "legal basis id" })));
  await insertRows(ctx.ds, ctx.columns, "legal_basis", spec.cases.flatMap((c, i) => c.bases.map((basis, b) => ({
    id: basisIds[i][b], case_id: ctx.caseIds[i], type: "CONSENT", categories: basis.categories, organisation_ids: basis.orgs.map((o) => ctx.orgIds[o]),
    recorded_by_organisation_id: ctx.orgIds.house, recorded_by_user: "fuzz-pd", recorded_at: at(-30), ...validityColumns(basis.validity),
    ...basisText(i, b, "document_reference", basis.documentCategory, "documentReference"),
    ...(basis.validity === "revoked" ? basisText(i, b, "revocation_reason", basis.revocationCategory, "revocationReason") : {}),
  }))));
  await insertRows(ctx.ds, ctx.columns, "information_item", spec.cases.flatMap((c, i) => c.items.map((item) => {
    const basis = item.basis !== null && c.bases.length > 0 ? item.basis % c.bases.length : null;
    const guard: Guard = { kind: "item", caseIndex: i, category: item.category, basis, what: `information item ${item.category}` };
    return {
      id: reg.id(randomUUID(), guard), case_id: ctx.caseIds[i], category: item.category, content: reg.text("Feit", guard),
      supplier_id: ctx.orgIds[item.supplier], legal_basis_id: basis === null ? null : basisIds[i][basis], fact_date: "2026-01-01", shared_at: at(-10),
    };
  })));
  return basisIds;
}

async function seedMeetings(ctx: SeedContext, spec: WorldSpec, tableIds: string[]): Promise<string[]> {
  const ids = spec.meetings.map(() => randomUUID());
  await insertRows(ctx.ds, ctx.columns, "meeting", spec.meetings.map((m, i) => ({ id: ids[i], table_id: tableIds[m.table], scheduled_at: at(-20 + i), status: "HELD", report_shared_at: at(-19) })));
  await insertRows(ctx.ds, ctx.columns, "agenda_item", spec.meetings.flatMap((m, i) => m.agenda.map((a) => ({
    meeting_id: ids[i], case_id: ctx.caseIds[a.case], kind: "NEW",
    ...(a.minutes === "absent" ? {} : ctx.text("agenda_item", "minutes", a.case, a.minutes, "minutes")),
  }))));
  return ids;
}
