import { randomUUID } from "node:crypto";
import {
  getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType,
  type GraphQLArgument, type GraphQLField, type GraphQLInputType, type GraphQLSchema,
} from "graphql";

/** A leaf of a root field's arguments: its path in the variables and the scalar it holds. */
export interface Leaf {
  path: Array<string | number>;
  scalar: string;
}

/** A root field called with a value for every argument (optional ones included), as variables. */
export interface Call {
  root: "query" | "mutation";
  field: string;
  document: string;
  variables: Record<string, unknown>;
  leaves: Leaf[];
}

const SAMPLES: Record<string, () => unknown> = {
  ID: () => randomUUID(), String: () => "x", Int: () => 1, Float: () => 1, Boolean: () => true, DateTime: () => "2026-01-01T00:00:00.000Z",
};

function sample(type: GraphQLInputType, path: Array<string | number>, leaves: Leaf[]): unknown {
  if (isNonNullType(type)) return sample(type.ofType, path, leaves);
  if (isListType(type)) return [sample(type.ofType, [...path, 0], leaves)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).map((field) => [field.name, sample(field.type, [...path, field.name], leaves)]));
  }
  if (isScalarType(type)) {
    leaves.push({ path, scalar: type.name });
    const make = SAMPLES[type.name];
    if (!make) throw new Error(`No sample for scalar ${type.name}: add one.`);
    return make();
  }
  throw new Error(`Unexpected input type ${String(type)}`);
}

function selection(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  return isObjectType(named) ? " { __typename }" : "";
}

function callOf(root: Call["root"], field: GraphQLField<unknown, unknown>): Call {
  const leaves: Leaf[] = [];
  const variables = Object.fromEntries(field.args.map((arg: GraphQLArgument) => [arg.name, sample(arg.type, [arg.name], leaves)]));
  const declared = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(", ");
  const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
  const document = `${root} (${declared}) { ${field.name}(${passed})${selection(field)} }`;
  return { root, field: field.name, document, variables, leaves };
}

/** Every root field that takes arguments, each with a full set of sample arguments and the list of its scalar leaves. */
export function rootCalls(schema: GraphQLSchema): Call[] {
  const roots: Array<[Call["root"], ReturnType<GraphQLSchema["getQueryType"]>]> = [["query", schema.getQueryType()], ["mutation", schema.getMutationType()]];
  return roots.flatMap(([root, type]) => Object.values(type?.getFields() ?? {}).filter((field) => field.args.length).map((field) => callOf(root, field)));
}

/** The variables with one leaf replaced. */
export function withLeaf(variables: Record<string, unknown>, path: Leaf["path"], value: unknown): Record<string, unknown> {
  const copy = structuredClone(variables);
  let at: any = copy;
  path.slice(0, -1).forEach((key) => (at = at[key]));
  at[path[path.length - 1]] = value;
  return copy;
}

/** A path as the input guard names it: `input.plan.goals[0].description`. */
export function dotted(path: Leaf["path"]): string {
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : i ? `.${key}` : key)).join("");
}
