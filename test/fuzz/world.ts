import fc from "fast-check";

/**
 * The generated world of the authorisation property, as plain data (no ids yet; test/fuzz/seed.ts writes
 * it and gives every row an id). Organisations are those of the test fixture (test/support/fixture.ts):
 * two houses, safety partners, care partners and an outsider of the other house.
 * Spelled with strings, not the enums of src/: the oracle stays independent of the code it checks.
 */
export const ORG_KEYS = ["house", "police", "prosecutor", "municipality", "ggz", "wijkteam", "otherPolice", "otherHouse"] as const;
export type OrgKey = (typeof ORG_KEYS)[number];
export const HOUSES = ["house", "otherHouse"] as const satisfies readonly OrgKey[];

export const CARE_CATEGORIES = ["WORK_INCOME", "EDUCATION", "HEALTH", "INTELLECT", "ADDICTION"] as const;
export const CATEGORIES = ["SAFETY", ...CARE_CATEGORIES] as const;
export type Category = (typeof CATEGORIES)[number];
/** A text's category; null is unclassified, which counts as care data. */
export type TextCategory = Category | null;

export const PHASES = ["REGISTERED", "REJECTED", "DOSSIER_FORMING", "REFERRED", "ACTIVE_DIRECTION", "PASSIVE_DIRECTION", "CLOSED", "SCALED_DOWN"] as const;
export type Phase = (typeof PHASES)[number];

/** When a legal basis holds, relative to the clock of the requests. */
export const VALIDITIES = ["valid", "openEnded", "expired", "notYetValid", "revoked", "unconfirmed", "confirmed"] as const;
export type Validity = (typeof VALIDITIES)[number];

export interface WTable { house: (typeof HOUSES)[number]; members: OrgKey[] }
export interface WParticipant { org: OrgKey; left: boolean }
export interface WBasis { orgs: OrgKey[]; categories: Category[]; validity: Validity; documentCategory: TextCategory; revocationCategory: TextCategory }
export interface WItem { category: Category; supplier: OrgKey; basis: number | null }
export interface WAction { descriptionCategory: TextCategory; executor: OrgKey; reports: TextCategory[] }
export interface WGoal { descriptionCategory: TextCategory; actions: WAction[] }
export interface WPlan { status: "DRAFT" | "APPROVED" | "SUPERSEDED"; summaryCategory: TextCategory; goals: WGoal[]; looseActions: WAction[] }
export interface WSignal { descriptionCategory: TextCategory; onAction: boolean }

/** The case's own free texts (columns of "case"), each with its category. */
export interface WCaseTexts {
  triedWithinOwnOrganisation: TextCategory;
  subjectNotInformedReason: TextCategory | "absent";
  rejectionReason: TextCategory | "absent";
  scaleDownReason: TextCategory | "absent";
  closureNote: TextCategory | "absent";
}

export interface WCase {
  table: number;
  phase: Phase;
  participants: WParticipant[];
  relatedPersons: number;
  texts: WCaseTexts;
  bases: WBasis[];
  items: WItem[];
  plans: WPlan[];
  signals: WSignal[];
}

export interface WMeeting { table: number; agenda: Array<{ case: number; minutes: TextCategory | "absent" }> }

export interface WorldSpec { tables: WTable[]; cases: WCase[]; meetings: WMeeting[] }

const org = fc.constantFrom(...ORG_KEYS);
const orgs = fc.uniqueArray(org, { minLength: 1, maxLength: 4 });
const textCategory: fc.Arbitrary<TextCategory> = fc.constantFrom<TextCategory>(null, ...CATEGORIES);
const optionalText = fc.oneof(textCategory, fc.constant("absent" as const));

const table: fc.Arbitrary<WTable> = fc.record({
  house: fc.constantFrom(...HOUSES),
  members: fc.uniqueArray(org, { minLength: 1, maxLength: 6 }),
});

const basis: fc.Arbitrary<WBasis> = fc.record({
  orgs,
  categories: fc.uniqueArray(fc.constantFrom(...CATEGORIES), { minLength: 1, maxLength: 3 }),
  validity: fc.constantFrom(...VALIDITIES),
  documentCategory: textCategory,
  revocationCategory: textCategory,
});

const action: fc.Arbitrary<WAction> = fc.record({
  descriptionCategory: textCategory,
  executor: org,
  reports: fc.array(textCategory, { maxLength: 2 }),
});

const plan: fc.Arbitrary<WPlan> = fc.record({
  status: fc.constantFrom("DRAFT" as const, "APPROVED" as const, "SUPERSEDED" as const),
  summaryCategory: textCategory,
  goals: fc.array(fc.record({ descriptionCategory: textCategory, actions: fc.array(action, { maxLength: 2 }) }), { maxLength: 2 }),
  looseActions: fc.array(action, { maxLength: 2 }),
});

function caseIn(tables: number): fc.Arbitrary<WCase> {
  return fc.record({
    table: fc.nat(tables - 1),
    phase: fc.constantFrom(...PHASES),
    participants: fc.uniqueArray(fc.record({ org, left: fc.nat(4).map((n) => n === 0) }), {
      minLength: 1,
      maxLength: 5,
      selector: (p) => p.org,
    }),
    relatedPersons: fc.nat(2),
    texts: fc.record({
      triedWithinOwnOrganisation: textCategory,
      subjectNotInformedReason: optionalText,
      rejectionReason: optionalText,
      scaleDownReason: optionalText,
      closureNote: optionalText,
    }),
    bases: fc.array(basis, { maxLength: 4 }),
    items: fc.array(fc.record({ category: fc.constantFrom(...CATEGORIES), supplier: org, basis: fc.option(fc.nat(3), { nil: null }) }), { minLength: 1, maxLength: 8 }),
    // At most one draft per case (the schema holds it): an earlier draft becomes a superseded version.
    plans: fc.array(plan, { maxLength: 2 }).map((plans) => plans.map((p, i) => (p.status === "DRAFT" && i < plans.length - 1 ? { ...p, status: "SUPERSEDED" as const } : p))),
    signals: fc.array(fc.record({ descriptionCategory: textCategory, onAction: fc.boolean() }), { maxLength: 2 }),
  });
}

/** A world: a few tables of both houses, cases at them, and meetings whose agendas hold cases of their table. */
export const worldArbitrary: fc.Arbitrary<WorldSpec> = fc
  .array(table, { minLength: 1, maxLength: 3 })
  .chain((tables) =>
    fc.record({
      tables: fc.constant(tables),
      cases: fc.array(caseIn(tables.length), { minLength: 3, maxLength: 6 }),
      meetings: fc.array(fc.record({ table: fc.nat(tables.length - 1), picks: fc.array(fc.tuple(fc.nat(20), optionalText), { maxLength: 4 }) }), { maxLength: 3 }),
    }),
  )
  .map(({ tables, cases, meetings }) => ({
    tables,
    cases,
    meetings: meetings.map((m) => ({ table: m.table, agenda: agendaOf(cases, m.table, m.picks) })),
  }));

/** Agenda items may only hold cases of the meeting's table, each at most once. */
function agendaOf(cases: WCase[], tableIndex: number, picks: Array<[number, TextCategory | "absent"]>): WMeeting["agenda"] {
  const atTable = cases.map((c, i) => (c.table === tableIndex ? i : -1)).filter((i) => i >= 0);
  if (atTable.length === 0) return [];
  const agenda = new Map<number, TextCategory | "absent">();
  for (const [pick, minutes] of picks) agenda.set(atTable[pick % atTable.length], minutes);
  return [...agenda].map(([c, minutes]) => ({ case: c, minutes }));
}
