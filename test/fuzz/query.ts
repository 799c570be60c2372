import fc from "fast-check";
import { getNamedType, isLeafType, isObjectType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema } from "graphql";
import { argumentsArbitrary, type ArgValue, type IdPools } from "./arguments";

/** One selection of a generated query: a field (maybe aliased), an inline fragment, or a named fragment's spread. */
export type Selection =
  | { kind: "field"; name: string; alias: boolean; args: ArgValue[]; selections: Selection[] }
  | { kind: "inline"; typeCondition: string | null; include: boolean | null; selections: Selection[] }
  | { kind: "fragment"; typeName: string; selections: Selection[] };

/** How often each root field is asked: the case paths most, the schema's description least. */
const ROOT_WEIGHTS: Record<string, number> = {
  case: 8, cases: 6, meeting: 5, meetings: 3, tables: 1, organisations: 1, me: 1, auditLog: 1, subjectAccessReport: 1, permissionMatrix: 1,
};

/**
 * Fields that carry guarded values or lead to them are chosen more often than the rest (the care fields
 * most), so a few hundred queries reach the care data, the texts and the nested paths, not only the many plain fields.
 */
const CARE_FIELDS = new Set(["safety", "workIncome", "education", "health", "intellect", "addiction", "content"]);
const GUARDED = new Set([ "legalBasis", "legalBases", "documentReference", "revocationReason",
  "subject", "fullName", "municipality", "relatedPersons", "reference", "id", "caseId", "subjectId", "json", "csv", "entries",
  "plans", "currentPlan", "draftPlan", "summary", "goals", "actions", "reports", "feedback", "description", "signals", "action",
  "agendaItems", "agenda", "case", "meeting", "minutes", "edges", "node", "closure", "note",
  "triedWithinOwnOrganisation", "subjectNotInformedReason", "rejectionReason", "scaleDownReason", "participants", "professionalName",
]);

function pick(fields: Array<GraphQLField<unknown, unknown>>): fc.Arbitrary<GraphQLField<unknown, unknown>> {
  return fc.oneof(...fields.map((f) => ({ weight: CARE_FIELDS.has(f.name) ? 8 : GUARDED.has(f.name) || f.name.endsWith("Category") ? 3 : 1, arbitrary: fc.constant(f) })));
}

const lazy = <T>(make: () => fc.Arbitrary<T>): fc.Arbitrary<T> => fc.constant(null).chain(make);

/**
 * Random queries over the whole schema, driven by its types: every object field can be chosen, nested
 * up to `depth` object levels (agenda → meeting → agenda → case, plan → goal → actions …), with aliases,
 * repeated fields, inline fragments (with and without a type condition, with @include) and named fragments.
 * Root fields take arguments from the world's ids (tests/fuzz/arguments.ts), as literals or variables.
 */
export function queryArbitrary(schema: GraphQLSchema, pools: IdPools, depth = 8): fc.Arbitrary<Selection[]> {
  const query = schema.getQueryType()!;
  const roots = Object.values(query.getFields()).map((field) => ({
    weight: ROOT_WEIGHTS[field.name] ?? 1,
    arbitrary: lazy(() => fieldArbitrary(field, depth, pools, true)),
  }));
  // At most two root fields: a refused non-null root nulls the whole answer, and then nothing else is checked.
  return fc.array(fc.oneof(...roots), { minLength: 1, maxLength: 2 });
}

function fieldArbitrary(field: GraphQLField<unknown, unknown>, depth: number, pools: IdPools, root: boolean): fc.Arbitrary<Selection> {
  const type = getNamedType(field.type);
  const args = argumentsArbitrary(field, pools);
  const selections = isObjectType(type) ? selectionsArbitrary(type, depth - 1, pools) : fc.constant([] as Selection[]);
  // Root fields with arguments are always aliased, so the same field asked twice with other arguments stays valid.
  const alias = root && field.args.length > 0 ? fc.constant(true) : fc.boolean();
  return fc.record({ args, selections, alias }).map((r) => ({ kind: "field" as const, name: field.name, ...r }));
}

/** A selection set on `type`: one to three fields or fragments; at depth 0 only leaves (or __typename). */
export function selectionsArbitrary(type: GraphQLObjectType, depth: number, pools: IdPools): fc.Arbitrary<Selection[]> {
  const fields = Object.values(type.getFields());
  const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
  const objects = depth > 0 ? fields.filter((f) => isObjectType(getNamedType(f.type))) : [];
  const leaf: fc.Arbitrary<Selection> =
    leaves.length > 0
      ? pick(leaves).chain((f) => fieldArbitrary(f, depth, pools, false))
      : fc.constant({ kind: "field", name: "__typename", alias: false, args: [], selections: [] });
  const options: Array<fc.WeightedArbitrary<Selection>> = [{ weight: 4, arbitrary: leaf }];
  if (objects.length > 0) options.push({ weight: 4, arbitrary: pick(objects).chain((f) => fieldArbitrary(f, depth, pools, false)) });
  if (depth > 0) {
    const inner = lazy(() => selectionsArbitrary(type, depth - 1, pools));
    options.push({
      weight: 1,
      arbitrary: fc.record({ typeCondition: fc.constantFrom(type.name, null), include: fc.constantFrom(true, false, null), selections: inner }).map((r) => ({ kind: "inline" as const, ...r })),
    });
    options.push({ weight: 1, arbitrary: inner.map((selections) => ({ kind: "fragment" as const, typeName: type.name, selections })) });
  }
  return fc.array(fc.oneof(...options), { minLength: 1, maxLength: depth > 5 ? 3 : 2 });
}
