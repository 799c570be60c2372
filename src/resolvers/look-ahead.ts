import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import { accessOf, type Ahead } from "../permissions/access";
import { RELATION_TABLE, type Relation } from "./relations";

type Row = Record<string, unknown>;

export type { Ahead };

/** A relation the look-ahead loads: the type its rows are, and how to load them for many parents at once. */
interface AheadRelation extends Relation {
  type: string;
  ahead(ahead: Ahead, parents: Row[]): Promise<unknown[]>;
}

/**
 * The relations loaded ahead, per GraphQL type and field: exactly the entries of the relation table
 * (relations.ts) that have `ahead`, so a field resolver and the look-ahead use one loader by construction
 * (test/integration/prefetch-agreement.test.ts: a page selecting any field here resolves without a loader
 * miss, and reads everything loaded ahead). Only loading ahead: the resolvers and the policy still decide
 * every field. What a field's rule needs (the care rule's grounds) comes from the type's access
 * declaration (permissions/access/), see `walk`.
 */
export const RELATIONS: Record<string, Record<string, AheadRelation>> = aheadFrom("Case");

/** The relations with `ahead`, of the types a page of `root` reaches through such relations. */
function aheadFrom(root: string): Record<string, Record<string, AheadRelation>> {
  const table = RELATION_TABLE as Record<string, Record<string, Relation>>;
  const reached: Record<string, Record<string, AheadRelation>> = {};
  const queue = [root];
  for (let type = queue.shift(); type; type = queue.shift()) {
    if (reached[type] || !table[type]) continue;
    const loaded = Object.entries(table[type]).filter((entry): entry is [string, AheadRelation] => Boolean(entry[1].ahead));
    if (!loaded.length) continue;
    reached[type] = Object.fromEntries(loaded);
    queue.push(...loaded.map(([, relation]) => relation.type));
  }
  return reached;
}

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
  const relations = RELATIONS[type] ?? {};
  const needs = accessOf(type)?.needs ?? {};
  if (!rows.length) return;
  await Promise.all(
    [...fieldsOf(info, sets)].map(async ([name, fields]) => {
      const relation = relations[name];
      const need = needs[name];
      if (!relation && !need) return;
      const [children] = await Promise.all([relation ? relation.ahead(ahead, rows) : [], need?.(ahead, rows)]);
      const childSets = fields.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
      if (relation && childSets.length) await walk(ahead, info, relation.type, children as Row[], childSets);
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
