import type { Context } from "../context";
import { InformationCategory, ParticipantRole, PlanStatus } from "../domain/enums";
import type { Loaders } from "../loaders";
import { thenMaybe, type Maybe, type SyncLoader } from "../loaders/by-column";
import type { Ahead } from "../permissions/access";
import { visible } from "../permissions/visible/reader";
import { visibleAgenda } from "../permissions/visible/meetings";
import type { VisibleType } from "../permissions/row-level/rows";
import type { Case } from "../entities";
import { closureOf } from "./case/case.types";

type Row = Record<string, any>;

/**
 * One relation of a GraphQL type: how its field resolver reads it for one parent, and (`ahead`) how the
 * look-ahead loads it for a whole page of parents, through the same loader. Both come from one entry, so
 * the look-ahead loads exactly what the resolver will read (test/integration/prefetch-agreement.test.ts).
 */
export interface Relation {
  /** The type of the rows it reaches, as the look-ahead continues from them. */
  type: string;
  read(ctx: Context, parent: Row): Maybe<unknown>;
  ahead?(ahead: Ahead, parents: Row[]): Promise<unknown[]>;
}

const keysOf = (rows: Row[], key: string): string[] => [...new Set(rows.map((row) => row[key]).filter((v): v is string => typeof v === "string"))];
const lists = async (loading: Promise<Array<unknown[] | Error>>) => (await loading).flatMap((rows) => (rows instanceof Error ? [] : rows));
const singles = async (loading: Promise<unknown[]>) => (await loading).filter((row) => row && !(row instanceof Error));

/** The rows whose `key` column points at the parent (loaded ahead), narrowed per parent by `pick`. */
function many<T>(loader: (l: Loaders) => SyncLoader<string, T[]>, key: string, type: string, pick?: (rows: T[], parent: Row) => unknown): Relation {
  return {
    type,
    read: (ctx, parent) => thenMaybe(loader(ctx.loaders).get(parent[key]), (rows) => (pick ? pick(rows, parent) : rows)),
    ahead: ({ loaders }, parents) => lists(loader(loaders).loadMany(keysOf(parents, key)) as Promise<Array<unknown[] | Error>>),
  };
}

/** A directory row (organisation, table, subject) the parent names in `key`; loaded ahead. */
function one(loader: (l: Loaders) => SyncLoader<string, object | null>, key: string, type: string): Relation {
  return {
    type,
    read: (ctx, parent) => (parent[key] ? loader(ctx.loaders).get(parent[key]) : null),
    ahead: ({ loaders }, parents) => singles(loader(loaders).loadMany(keysOf(parents, key))),
  };
}

/** An object of the same case the (visible) parent names in `key`: its parent's visibility covers it. */
function sameCase(type: VisibleType, key: string): Relation {
  return { type, read: (ctx, parent) => (parent[key] ? visible(ctx).partOfVisible(type, parent[key]) : null) };
}

/** A case reached from elsewhere (an agenda item): it must pass the case's own row filter, or it is NOT_FOUND. */
function visibleCase(key: string): Relation {
  return { type: "Case", read: (ctx, parent) => visible(ctx).one("Case", parent[key]) };
}

/** Like `many`, not loaded ahead. */
function listed<T>(loader: (l: Loaders) => SyncLoader<string, T[]>, key: string, type: string): Relation {
  return { type, read: (ctx, parent) => loader(ctx.loaders).get(parent[key]) };
}

const participants = many((l) => l.participantsByCase, "id", "Participant");
const plans = many((l) => l.plansByCase, "id", "Plan");
const organisation = (key: string) => one((l) => l.organisation, key, "Organisation");
/** A care field's items: loaded for all categories at once, but only the field's own category is walked ahead (its texts are what the page reads). */
const information = (category: InformationCategory): Relation => {
  const ofCategory = (items: Array<{ category: string }>) => items.filter((item) => item.category === category);
  const all = many((l) => l.informationByCase, "id", "InformationItem", ofCategory);
  return { ...all, ahead: async (ahead, cases) => ofCategory((await all.ahead!(ahead, cases)) as Array<{ category: string }>) };
};

/** A case's closure, made from the case row (no query); its note is a guarded text. */
const closure: Relation = {
  type: "CaseClosure",
  read: (_ctx, found) => closureOf(found as Case),
  ahead: async (_ahead, cases) => cases.map((found) => closureOf(found as Case)).filter(Boolean),
};

/** An object of the same case that has a row filter of its own (a legal basis): read through the reader of visible objects. */
function ownFilter(type: VisibleType, key: string): Relation {
  return { type, read: (ctx, parent) => (parent[key] ? visible(ctx).find(type, parent[key]) : null) };
}

/**
 * The relations of the schema, per GraphQL type and field: the field resolvers read through these, and
 * the look-ahead (look-ahead.ts) loads the ones with `ahead` for a page before graphql-js walks it.
 */
export const RELATION_TABLE = {
  Case: {
    participants,
    caseDirector: many((l) => l.participantsByCase, "id", "Participant", (rows: Row[]) => rows.find((p) => p.role === ParticipantRole.CASE_DIRECTOR && !p.leftAt) ?? null),
    currentPlan: many((l) => l.plansByCase, "id", "Plan", (rows: Row[]) => rows.filter((plan) => plan.status === PlanStatus.APPROVED).pop() ?? null),
    draftPlan: many((l) => l.plansByCase, "id", "Plan", (rows: Row[]) => rows.find((plan) => plan.status === PlanStatus.DRAFT) ?? null),
    plans,
    registeredBy: organisation("registeredById"),
    table: one((l) => l.table, "tableId", "ConsultationTable"),
    subject: one((l) => l.subject, "subjectId", "Subject"),
    relatedPersons: many((l) => l.relatedPersonsByCase, "id", "RelatedPerson"),
    safety: information(InformationCategory.SAFETY),
    workIncome: information(InformationCategory.WORK_INCOME),
    education: information(InformationCategory.EDUCATION),
    health: information(InformationCategory.HEALTH),
    intellect: information(InformationCategory.INTELLECT),
    addiction: information(InformationCategory.ADDICTION),
    signals: many((l) => l.signalsByCase, "id", "Signal"),
    /** legalBasesByCase applies the LegalBasis row filter (permissions/row-level/rows.ts). */
    legalBases: many((l) => l.legalBasesByCase, "id", "LegalBasis"),
    agendaItems: many((l) => l.agendaItemsByCase, "id", "AgendaItem"),
    closure,
  },
  InformationItem: { supplier: organisation("supplierId"), legalBasis: ownFilter("LegalBasis", "legalBasisId") },
  Participant: { organisation: organisation("organisationId") },
  Plan: {
    goals: many((l) => l.goalsByPlan, "id", "Goal"),
    actions: many((l) => l.actionsByPlan, "id", "Action"),
    proposedBy: organisation("proposedById"),
  },
  Goal: { actions: many((l) => l.actionsByPlan, "planId", "Action", (rows: Row[], goal) => rows.filter((action) => action.goalId === goal.id)) },
  Action: {
    executor: organisation("executorId"),
    goal: sameCase("Goal", "goalId"),
    reports: many((l) => l.reportsByAction, "id", "ActionReport"),
  },
  ActionReport: { reportedBy: organisation("reportedById") },
  Signal: { raisedBy: organisation("raisedById"), action: sameCase("Action", "actionId") },
  ConsultationTable: { house: organisation("houseId") },
  Meeting: {
    table: one((l) => l.table, "tableId", "ConsultationTable"),
    agenda: { type: "AgendaItem", read: (ctx, meeting) => visibleAgenda(ctx, meeting as never) } satisfies Relation,
    attendance: listed((l) => l.attendanceByMeeting, "id", "Attendance"),
  },
  AgendaItem: { case: visibleCase("caseId"), meeting: sameCase("Meeting", "meetingId") },
  Attendance: { organisation: organisation("organisationId") },
} satisfies Record<string, Record<string, Relation>>;

/** Reads `type.field` for one parent, as its field resolver returns it. */
export function readRelation<T>(ctx: Context, relation: Relation, parent: object): Maybe<T> {
  return relation.read(ctx, parent as Row) as Maybe<T>;
}
