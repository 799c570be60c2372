import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import type { Viewer } from "../identity/viewer";
import { isActiveCarePartner, isCareOrganisation } from "../permissions/care/care";
import type { SyncLoader } from "../loaders/by-column";
import type { Loaders } from "../loaders/index";

type Row = Record<string, unknown>;

/** What the look-ahead needs of the request: its loaders, and the viewer for the care rule's grounds. */
export interface Ahead {
  loaders: Loaders;
  viewer: Viewer;
}

/** A relation a page may ask for: which type its rows are, and how to load them for many parents at once. */
interface Relation {
  type: string;
  load(ahead: Ahead, parents: Row[]): Promise<unknown[]>;
}

const keysOf = (rows: Row[], key: string): string[] => [...new Set(rows.map((row) => row[key]).filter((v): v is string => typeof v === "string"))];
const lists = async (loading: Promise<Array<unknown[] | Error>>) => (await loading).flatMap((rows) => (rows instanceof Error ? [] : rows));
const singles = async (loading: Promise<unknown[]>) => (await loading).filter((row) => row && !(row instanceof Error));

const many = (loader: (l: Loaders) => SyncLoader<string, object[]>, key: string, type: string): Relation => ({
  type,
  load: ({ loaders }, parents) => lists(loader(loaders).loadMany(keysOf(parents, key)) as Promise<Array<unknown[] | Error>>),
});
const one = (loader: (l: Loaders) => SyncLoader<string, object | null>, key: string, type: string): Relation => ({
  type,
  load: ({ loaders }, parents) => singles(loader(loaders).loadMany(keysOf(parents, key))),
});

const participants = many((l) => l.participantsByCase, "id", "Participant");
/**
 * What the care rule (permissions/care/care.ts) will look at: for a care organisation first whether it
 * takes part in the case, then, for the cases it does not, the grants of legal bases; for anyone else
 * the grants.
 */
async function careGrounds({ loaders, viewer }: Ahead, ids: string[]): Promise<void> {
  let needGrants = ids;
  if (isCareOrganisation(viewer)) {
    const participants = await loaders.participantsByCase.loadMany(ids);
    needGrants = ids.filter((_, i) => !isActiveCarePartner(viewer, participants[i]));
  }
  if (needGrants.length) await loaders.careGrants.loadMany(needGrants);
}

/** A case's information items (all categories in one batch), and for care fields what their rule asks for. */
const information = (care: boolean): Relation => ({
  type: "InformationItem",
  load: async (ahead, cases) => {
    const ids = keysOf(cases, "id");
    const [items] = await Promise.all([lists(ahead.loaders.informationByCase.loadMany(ids)), care ? careGrounds(ahead, ids) : null]);
    return items;
  },
});
const plans = many((l) => l.plansByCase, "id", "Plan");
const organisation = (key: string) => one((l) => l.organisation, key, "Organisation");

/**
 * The relations of a case page, per GraphQL type and field, with the loader each field resolver uses
 * (test/integration/prefetch-agreement.test.ts holds the two together: a page selecting any field here
 * must resolve without a loader miss, and read everything loaded ahead).
 * Only loading ahead: the resolvers and the policy still decide every field (a relation that is not
 * listed is simply loaded by its resolver, as before). Care items are read into memory as the loader
 * always did; the care rule still decides per case and category whether any of them reaches the viewer.
 */
export const RELATIONS: Record<string, Record<string, Relation>> = {
  Case: {
    participants,
    caseDirector: participants,
    currentPlan: plans,
    draftPlan: plans,
    plans,
    registeredBy: organisation("registeredById"),
    table: one((l) => l.table, "tableId", "ConsultationTable"),
    subject: one((l) => l.subject, "subjectId", "Subject"),
    relatedPersons: many((l) => l.relatedPersonsByCase, "id", "RelatedPerson"),
    safety: information(false),
    workIncome: information(true),
    education: information(true),
    health: information(true),
    intellect: information(true),
    addiction: information(true),
  },
  InformationItem: { supplier: organisation("supplierId") },
  Participant: { organisation: organisation("organisationId") },
  Plan: {
    goals: many((l) => l.goalsByPlan, "id", "Goal"),
    actions: many((l) => l.actionsByPlan, "id", "Action"),
    proposedBy: organisation("proposedById"),
  },
  Goal: { actions: many((l) => l.actionsByPlan, "planId", "Action") },
  Action: { executor: organisation("executorId") },
  ConsultationTable: { house: organisation("houseId") },
};

/** The fields selected in these selection sets (fragments included), merged by field name. */
function fieldsOf(info: GraphQLResolveInfo, sets: readonly SelectionSetNode[], into = new Map<string, FieldNode[]>()): Map<string, FieldNode[]> {
  for (const set of sets) {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const named = into.get(selection.name.value);
        if (named) named.push(selection);
        else into.set(selection.name.value, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        fieldsOf(info, [selection.selectionSet], into);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) fieldsOf(info, [fragment.selectionSet], into);
      }
    }
  }
  return into;
}

/** The selection sets of the field being resolved (all its occurrences in the query). */
export function selectionSets(info: GraphQLResolveInfo): SelectionSetNode[] {
  return info.fieldNodes.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
}

/** The selection sets of the fields named `name` inside `sets` (e.g. `edges`, then `node`). */
export function selectionsOf(info: GraphQLResolveInfo, sets: readonly SelectionSetNode[], name: string): SelectionSetNode[] {
  return (fieldsOf(info, sets).get(name) ?? []).flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
}

async function walk(ahead: Ahead, info: GraphQLResolveInfo, type: string, rows: Row[], sets: readonly SelectionSetNode[]): Promise<void> {
  const relations = RELATIONS[type];
  if (!relations || !rows.length) return;
  await Promise.all(
    [...fieldsOf(info, sets)].map(async ([name, fields]) => {
      const relation = relations[name];
      if (!relation) return;
      const children = (await relation.load(ahead, rows)) as Row[];
      const childSets = fields.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
      if (childSets.length) await walk(ahead, info, relation.type, children, childSets);
    }),
  );
}

/**
 * Loads ahead, level by level, every relation of `rows` that the query selects, through the request's
 * loaders: the same batched statements the field resolvers would send, only before graphql-js walks the
 * rows. The resolvers then find their values already loaded (SyncLoader.get) and answer without a promise
 * per field, which is most of graphql-js's cost on a page. A failure here is ignored: the resolver that
 * needs the value loads it again and reports the error in its own field, as without look-ahead.
 */
export async function prefetch(ahead: Ahead, info: GraphQLResolveInfo, type: string, rows: readonly object[], sets: readonly SelectionSetNode[]): Promise<void> {
  try {
    await walk(ahead, info, type, rows as Row[], sets);
  } catch {
    // See above: the field resolvers report it.
  }
}
