import { getNamedType, getNullableType, introspectionFromSchema, isListType, isObjectType, type GraphQLObjectType, type GraphQLSchema } from "graphql";
import { permissionMatrixOf } from "../permissions/matrix/build";

/**
 * JSON bytes of fixed data counted as one unit of cost. Calibrated on what it costs to answer: thirty
 * aliases of the permission matrix (1.2 MB) took 136 ms of CPU each and slowed everyone's requests; at
 * 4 bytes a unit such a document is over the cost limit, the explorer's introspection query (≈ 0.2 of it) is not.
 */
export const BYTES_PER_COST_UNIT = 4;

/** What is known at start about fields whose answer is fixed data, by `Type.field`. */
export interface KnownSizes {
  /**
   * How many objects a field answers on average: a list's length (reached through the whole outer list,
   * outer × average is the real total), or for a single object how often it is there (`ofType` mostly is not).
   */
  counts: ReadonlyMap<string, number>;
  /** Cost of a leaf (or a list of leaves) by its average JSON size in units: a long text weighs more than a flag. */
  leaves: ReadonlyMap<string, number>;
}

type Totals = Map<string, { sum: number; count: number }>;

function add(totals: Totals, key: string, value: number): void {
  const total = totals.get(key) ?? { sum: 0, count: 0 };
  total.sum += value;
  total.count += 1;
  totals.set(key, total);
}

/** Walks `value`, an answer of `type`, and adds each field's list length or leaf size to the totals. */
function measure(schema: GraphQLSchema, type: GraphQLObjectType, value: Record<string, unknown>, counts: Totals, leaves: Totals): void {
  for (const field of Object.values(type.getFields())) {
    if (!(field.name in value)) continue;
    const key = `${type.name}.${field.name}`;
    const answer = value[field.name];
    const named = getNamedType(field.type);
    const items: unknown[] = isListType(getNullableType(field.type)) ? (Array.isArray(answer) ? answer : []) : answer === null ? [] : [answer];
    if (isObjectType(named)) add(counts, key, items.length);
    if (!isObjectType(named)) add(leaves, key, Math.ceil((JSON.stringify(answer ?? null).length + field.name.length + 3) / BYTES_PER_COST_UNIT));
    else for (const item of items) if (item && typeof item === "object") measure(schema, named, item as Record<string, unknown>, counts, leaves);
  }
}

const averages = (totals: Totals) => new Map([...totals].map(([key, { sum, count }]) => [key, sum / count]));

/**
 * The real sizes of the two answers that are fixed when the server starts: introspection (the schema's
 * own types, fields, arguments) and the permission matrix (derived from the code). A nested list (a type's
 * fields, a row's cells) is weighed by its average, so one `__schema { types { fields } }` costs the
 * schema's real number of fields and the explorer's standard query stays well within the limit, while
 * every alias of it costs all of that again; the maximum would price the explorer's own query out.
 */
function computeKnownSizes(schema: GraphQLSchema): KnownSizes {
  const counts: Totals = new Map();
  const leaves: Totals = new Map();
  const introspection = introspectionFromSchema(schema, { descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true });
  measure(schema, schema.getType("__Schema") as GraphQLObjectType, introspection.__schema as unknown as Record<string, unknown>, counts, leaves);
  const matrixType = schema.getType("PermissionMatrix");
  if (isObjectType(matrixType)) measure(schema, matrixType, permissionMatrixOf(schema) as unknown as Record<string, unknown>, counts, leaves);
  return { counts: averages(counts), leaves: averages(leaves) };
}

const memo = new WeakMap<GraphQLSchema, KnownSizes>();

/** The known sizes of `schema`'s fixed answers, computed once per schema. */
export function knownSizes(schema: GraphQLSchema): KnownSizes {
  const known = memo.get(schema);
  if (known) return known;
  const sizes = computeKnownSizes(schema);
  memo.set(schema, sizes);
  return sizes;
}
