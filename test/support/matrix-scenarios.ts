import { ActionKind, CasePhase, EscalationLevel, InformationCategory, LegalBasisType, SignalKind } from "../../src/domain/enums";
import { Action, Case, LegalBasis, Meeting, Participant, Plan, Signal } from "../../src/entities";
import { GUARDED_TEXTS } from "../../src/permissions/guarded-texts";
import type { When } from "../../src/permissions/matrix/claims";
import { Condition } from "../../src/permissions/matrix/conditions";
import type { TestApi } from "./api";
import { insertCase, type OrgKey } from "./fixture";

/** How a situation stands towards the persona's own organisation. */
export interface Knobs {
  /** own: the Rijnmond table (house: zvh-rijnmond); other: the Utrecht table (another house, only politie-utrecht sits at it). */
  table: "own" | "other";
  phase: CasePhase;
  seat: "none" | "partner" | "director" | "left";
  basis?: { categories: InformationCategory[]; state: "valid" | "revoked" | "expired" | "notYetValid" | "otherOrganisation" };
  executor: "self" | "other";
  signal: EscalationLevel;
  input: "self" | "other";
  /** How a table-scoped input names its table: directly, or through a meeting of it. */
  via: "tableId" | "meetingId";
  /** The category of the case's free texts (null: unclassified). */
  textCategory?: InformationCategory | null;
}

const BASE: Knobs = { table: "own", phase: CasePhase.DOSSIER_FORMING, seat: "none", executor: "other", signal: EscalationLevel.CASE_DIRECTOR, input: "self", via: "tableId" };
const { HEALTH, ADDICTION, WORK_INCOME, EDUCATION, INTELLECT } = InformationCategory;
const ALL_CARE = [WORK_INCOME, EDUCATION, HEALTH, INTELLECT, ADDICTION];

/** Situations chosen so that every condition is true in some and false in others, for every persona. */
export const SCENARIOS: Array<[string, Knobs]> = [
  ["new registration at the own table, not taking part", { ...BASE, phase: CasePhase.REGISTERED }],
  ["own table, not taking part, a basis for another organisation", { ...BASE, basis: { categories: [HEALTH], state: "otherOrganisation" }, via: "meetingId" }],
  ["chain partner of the case, no basis, texts SAFETY", { ...BASE, seat: "partner", executor: "self", textCategory: InformationCategory.SAFETY }],
  ["chain partner with a valid basis for HEALTH and ADDICTION, texts HEALTH", { ...BASE, phase: CasePhase.ACTIVE_DIRECTION, seat: "partner", basis: { categories: [HEALTH, ADDICTION], state: "valid" }, signal: EscalationLevel.PROCESS_DIRECTOR, input: "other", via: "meetingId", textCategory: HEALTH }],
  ["case director, the basis revoked, texts HEALTH", { ...BASE, phase: CasePhase.ACTIVE_DIRECTION, seat: "director", basis: { categories: [HEALTH], state: "revoked" }, textCategory: HEALTH }],
  ["case director and executor, a basis for WORK_INCOME and EDUCATION", { ...BASE, phase: CasePhase.ACTIVE_DIRECTION, seat: "director", basis: { categories: [WORK_INCOME, EDUCATION], state: "valid" }, executor: "self", signal: EscalationLevel.PROCESS_DIRECTOR, input: "other" }],
  ["left the case, the basis expired", { ...BASE, phase: CasePhase.ACTIVE_DIRECTION, seat: "left", basis: { categories: [HEALTH], state: "expired" }, executor: "self" }],
  ["new registration, taking part, a basis not yet valid", { ...BASE, phase: CasePhase.REGISTERED, seat: "partner", basis: { categories: [INTELLECT], state: "notYetValid" }, executor: "self", via: "meetingId" }],
  ["new registration, case director, a basis for all care data", { ...BASE, phase: CasePhase.REGISTERED, seat: "director", basis: { categories: ALL_CARE, state: "valid" }, input: "other" }],
  ["other house's table, taking part with a basis, texts INTELLECT", { ...BASE, table: "other", seat: "partner", basis: { categories: [HEALTH, INTELLECT], state: "valid" }, executor: "self", textCategory: INTELLECT }],
  ["own table, not taking part, a basis for EDUCATION, texts EDUCATION", { ...BASE, basis: { categories: [EDUCATION], state: "valid" }, textCategory: EDUCATION }],
  ["other house's table, new registration, not taking part", { ...BASE, table: "other", phase: CasePhase.REGISTERED, via: "meetingId" }],
  ["other house's table, case director", { ...BASE, table: "other", phase: CasePhase.ACTIVE_DIRECTION, seat: "director", input: "other" }],
];

/** Who sits at each table of the test world (test/support/fixture.ts). */
const MEMBERS: Record<Knobs["table"], OrgKey[]> = { own: ["police", "prosecutor", "municipality", "ggz", "wijkteam"], other: ["otherPolice"] };
const HOUSE: Record<Knobs["table"], OrgKey> = { own: "house", other: "otherHouse" };

/** Whether each condition holds for `org` in the situation: the test's own reading of the conditions, independent of the rules. */
export function factsFor(org: OrgKey, knobs: Knobs): (condition: When) => boolean {
  const basis = knobs.basis;
  const facts: Record<Condition, (c: When) => boolean> = {
    HOUSE_OF_CASE: () => HOUSE[knobs.table] === org,
    HOUSE_OF_TABLE: () => HOUSE[knobs.table] === org,
    TAKES_PART: () => knobs.seat === "partner" || knobs.seat === "director",
    DIRECTS_CASE: () => knobs.seat === "director",
    SITS_AT_TABLE: () => MEMBERS[knobs.table].includes(org),
    AWAITS_TRIAGE: () => knobs.phase === CasePhase.REGISTERED,
    // Without a category: the free text's own category (an unclassified text has none, so no basis opens it).
    LEGAL_BASIS: (c) => {
      const category = c.category ?? knobs.textCategory;
      return basis?.state === "valid" && category != null && basis.categories.includes(category);
    },
    TEXT_IS_SAFETY: () => knobs.textCategory === InformationCategory.SAFETY,
    BASIS_NAMES_ORGANISATION: () => { throw new Error("a row-level condition of legal bases, not used by a rule"); },
    EXECUTES_ACTION: () => knobs.executor === "self",
    SIGNAL_AT_CASE_DIRECTOR: () => knobs.signal === EscalationLevel.CASE_DIRECTOR,
    NAMES_OWN_ORGANISATION: () => knobs.input === "self",
    LOG_LINE_ABOUT_HOUSE_CASE: () => { throw new Error("not a case situation"); },
    LOG_LINE_BY_OWN_ORGANISATION: () => { throw new Error("not a case situation"); },
  };
  return (condition) => facts[condition.when](condition);
}

export interface Situation {
  parent: Case;
  meetingId: string;
  args: { input: Record<string, string> };
}

const DAY = 86_400_000;

/** Every category field of the case's own texts set to `category`. */
function textCategories(category: InformationCategory | null): Partial<Case> {
  return Object.fromEntries(Object.values(GUARDED_TEXTS.Case).map((field) => [field, category]));
}

function basisDates(state: NonNullable<Knobs["basis"]>["state"], now: number) {
  if (state === "expired") return { validFrom: new Date(now - 60 * DAY), validUntil: new Date(now - DAY), revokedAt: null };
  if (state === "notYetValid") return { validFrom: new Date(now + 30 * DAY), validUntil: null, revokedAt: null };
  return { validFrom: new Date(now - 30 * DAY), validUntil: null, revokedAt: state === "revoked" ? new Date(now - DAY) : null };
}

/** Builds the situation in the database, relative to `org`: a case with a plan, an action, a signal, a meeting and maybe a basis. */
export async function buildSituation(api: TestApi, org: OrgKey, knobs: Knobs): Promise<Situation> {
  const { ds, world } = api;
  const filler: OrgKey = knobs.table === "own" ? "municipality" : "otherPolice";
  const joins = knobs.seat !== "none";
  const found = await insertCase(ds, world, {
    participants: joins ? [filler, org] : [filler],
    phase: knobs.phase,
    table: knobs.table === "own" ? world.table : world.otherTable,
    caseDirector: knobs.seat === "director" ? org : undefined,
  });
  if (knobs.textCategory !== undefined) {
    await ds.getRepository(Case).update(found.id, textCategories(knobs.textCategory));
    Object.assign(found, textCategories(knobs.textCategory));
  }
  if (knobs.seat === "left") await ds.getRepository(Participant).update({ caseId: found.id, organisationId: world.org[org].id }, { leftAt: new Date() });
  const orgId = (key: OrgKey) => world.org[key].id;
  if (knobs.basis) {
    await ds.getRepository(LegalBasis).save({
      caseId: found.id, type: LegalBasisType.CONSENT, categories: knobs.basis.categories,
      organisationIds: [orgId(knobs.basis.state === "otherOrganisation" ? filler : org)], ...basisDates(knobs.basis.state, Date.now()),
      documentReference: "Toestemming betrokkene 2026/7", recordedByOrganisationId: orgId("house"), recordedByUser: "pd-anna", recordedAt: new Date(),
    });
  }
  const plan = await ds.getRepository(Plan).save({ caseId: found.id, version: 1, summary: "Plan van aanpak", proposedById: orgId(filler), proposedAt: new Date() });
  const action = await ds.getRepository(Action).save({
    planId: plan.id, caseId: found.id, description: "Huisbezoek", kind: ActionKind.CARE, executorId: orgId(knobs.executor === "self" ? org : filler), dueDate: "2026-12-01",
  });
  const signal = await ds.getRepository(Signal).save({
    caseId: found.id, actionId: action.id, raisedById: orgId(filler), kind: SignalKind.ACTION_NOT_FEASIBLE, description: "Lukt niet", level: knobs.signal, raisedAt: new Date(),
  });
  const meeting = await ds.getRepository(Meeting).save({ tableId: found.tableId, scheduledAt: new Date("2026-06-01T09:00:00Z") });
  const input: Record<string, string> = {
    caseId: found.id, actionId: action.id, signalId: signal.id, organisationId: orgId(knobs.input === "self" ? org : filler),
    ...(knobs.via === "tableId" ? { tableId: found.tableId } : { meetingId: meeting.id }),
  };
  return { parent: found, meetingId: meeting.id, args: { input } };
}
