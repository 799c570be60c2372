import fc from "fast-check";
import {
  isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType,
  type GraphQLField, type GraphQLInputType,
} from "graphql";

/** The ids of the seeded world a query may name, by kind. */
export interface IdPools {
  cases: string[];
  subjects: string[];
  meetings: string[];
  tables: string[];
  organisations: string[];
  /** The cases and meetings this viewer sees (by the oracle): asked for more often, so most answers carry data. */
  visibleCases: string[];
  visibleMeetings: string[];
}

/** One argument: its GraphQL literal and its JSON value, sent inline or as a variable. */
export interface ArgValue {
  name: string;
  type: string;
  literal: string;
  json: unknown;
  variable: boolean;
}

interface Value {
  literal: string;
  json: unknown;
}

const DATES = ["2025-01-01T00:00:00Z", "2026-05-31T00:00:00Z", "2026-06-02T00:00:00Z", "2030-01-01T00:00:00Z"];

/** Arguments of one field: the required ones always, the optional ones half of the time. */
export function argumentsArbitrary(field: GraphQLField<unknown, unknown>, pools: IdPools): fc.Arbitrary<ArgValue[]> {
  const each = field.args.map((arg) => {
    const value = valueArbitrary(arg.type, arg.name, field.name, pools);
    const given = fc.record({ value, variable: fc.boolean() }).map(({ value, variable }) => ({ name: arg.name, type: String(arg.type), ...value, variable }));
    if (isNonNullType(arg.type) && arg.defaultValue === undefined) return given;
    // A made-up cursor only earns BAD_USER_INPUT: rarely sent, so most pages answer.
    return fc.oneof({ weight: arg.name === "after" ? 9 : 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: given });
  });
  return fc.tuple(...each).map((args) => args.filter((a): a is ArgValue => a !== null));
}

function valueArbitrary(type: GraphQLInputType, name: string, fieldName: string, pools: IdPools): fc.Arbitrary<Value> {
  if (isNonNullType(type)) return valueArbitrary(type.ofType, name, fieldName, pools);
  if (isListType(type)) {
    return fc.array(valueArbitrary(type.ofType, name, fieldName, pools), { maxLength: 3 }).map((items) => ({
      literal: `[${items.map((i) => i.literal).join(", ")}]`,
      json: items.map((i) => i.json),
    }));
  }
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name)).map((v) => ({ literal: v, json: v }));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).map((f) =>
      fc.option(valueArbitrary(f.type, f.name, fieldName, pools).map((v) => [f.name, v] as const), { nil: null }),
    );
    return fc.tuple(...fields).map((entries) => {
      const given = entries.filter((e): e is readonly [string, Value] => e !== null);
      return { literal: `{${given.map(([k, v]) => `${k}: ${v.literal}`).join(", ")}}`, json: Object.fromEntries(given.map(([k, v]) => [k, v.json])) };
    });
  }
  if (isScalarType(type)) return scalarArbitrary(type.name, name, fieldName, pools).map((v) => ({ literal: JSON.stringify(v), json: v }));
  throw new Error(`no generator for ${String(type)}`);
}

function scalarArbitrary(scalar: string, name: string, fieldName: string, pools: IdPools): fc.Arbitrary<unknown> {
  switch (scalar) {
    case "ID":
      return idArbitrary(name, fieldName, pools);
    case "Int":
      return name === "first" ? fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: 100 }) }, { weight: 1, arbitrary: fc.constantFrom(0, 101, -1) }) : fc.integer({ min: 0, max: 100 });
    case "Boolean":
      return fc.boolean();
    case "DateTime":
      return fc.constantFrom(...DATES);
    default:
      return fc.oneof({ weight: 4, arbitrary: fc.constantFrom("fuzz-user", "eyJ4IjoxfQ") }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) });
  }
}

/** Mostly ids of the kind the argument asks for (visible and invisible alike), sometimes another kind, an unknown uuid or garbage. */
function idArbitrary(name: string, fieldName: string, pools: IdPools): fc.Arbitrary<string> {
  const named =
    name === "tableId" ? pools.tables
    : name === "subjectId" ? pools.subjects
    : name === "organisationId" ? pools.organisations
    : name === "caseId" || fieldName === "case" ? pools.cases
    : fieldName === "meeting" ? pools.meetings
    : [...pools.cases, ...pools.meetings];
  const any = [...pools.cases, ...pools.subjects, ...pools.meetings, ...pools.tables];
  const wanted = named.length > 0 ? named : any;
  const seen = name === "caseId" || fieldName === "case" ? pools.visibleCases : fieldName === "meeting" ? pools.visibleMeetings : [];
  return fc.oneof(
    { weight: seen.length > 0 ? 30 : 0, arbitrary: fc.constantFrom(...(seen.length > 0 ? seen : wanted)) },
    { weight: 6, arbitrary: fc.constantFrom(...wanted) },
    { weight: 1, arbitrary: fc.constantFrom(...any) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.constantFrom("not-a-uuid", "") },
  );
}
