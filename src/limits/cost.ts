import { knownSizes } from "./list-sizes";
import {
  getNamedType, getNullableType, isCompositeType, isLeafType, isListType, Kind, SchemaMetaFieldDef, TypeMetaFieldDef, TypeNameMetaFieldDef,
  type FieldNode, type FragmentDefinitionNode, type GraphQLCompositeType, type GraphQLField, type GraphQLSchema, type OperationDefinitionNode,
  type SelectionSetNode, type ValueNode,
} from "graphql";

export interface CostOptions {
  /** Assumed length of a list without a `first` argument. */
  assumedListSize: number;
}

type Variables = Record<string, unknown> | undefined;

/**
 * The list-weighted cost of an operation: every field costs 1, and a field that returns many things
 * multiplies what is selected under it by how many: its `first` (as given, from a variable, or its
 * default), or `assumedListSize` for a list without one. So `cases(first: 100) { … }` costs about 100
 * times its selection and the nesting `cases → agendaItems → meeting → agenda → case …` grows as fast
 * as its answer would. Fragments are counted where they are spread (each spread again: that is what the
 * answer does with aliases), and an abstract selection counts every branch, so the cost is an upper bound.
 * Lists whose length is fixed at start (introspection's, the permission matrix's: list-sizes.ts) are
 * weighed by their real length instead, and their leaves by their real JSON size, so aliases of them
 * cost what they answer.
 */
export function operationCost(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>, variables: Variables, options: CostOptions): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const fragmentCosts = new Map<string, number>();
  const known = knownSizes(schema);
  const knownCount = (parent: GraphQLCompositeType, node: FieldNode) => known.counts.get(`${parent.name}.${node.name.value}`);
  const leafCost = (parent: GraphQLCompositeType, node: FieldNode) => known.leaves.get(`${parent.name}.${node.name.value}`) ?? 1;

  const fieldDefinition = (parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined => {
    if (name === "__typename") return TypeNameMetaFieldDef;
    if (parent === schema.getQueryType() && name === "__schema") return SchemaMetaFieldDef;
    if (parent === schema.getQueryType() && name === "__type") return TypeMetaFieldDef;
    return "getFields" in parent ? parent.getFields()[name] : undefined;
  };

  const multiplier = (parent: GraphQLCompositeType, node: FieldNode, field: GraphQLField<unknown, unknown>): number => {
    const count = knownCount(parent, node);
    if (count !== undefined) return count;
    const first = field.args.find((arg) => arg.name === "first");
    if (first) return Math.max(1, intArgument(node.arguments?.find((a) => a.name.value === "first")?.value, variables) ?? toInt(first.defaultValue) ?? options.assumedListSize);
    // A connection's edges are as many as its field's `first`, which already multiplied them.
    if (node.name.value === "edges" && parent.name.endsWith("Connection")) return 1;
    return isListType(getNullableType(field.type)) ? options.assumedListSize : 1;
  };

  const selectionCost = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, visiting: ReadonlySet<string>): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = fieldDefinition(parent, selection.name.value);
        if (!field) continue;
        const type = getNamedType(field.type);
        if (!selection.selectionSet || isLeafType(type) || !isCompositeType(type)) {
          // A leaf of fixed data costs its real size (a matrix cell's text, a row's reasons).
          cost += leafCost(parent, selection);
          continue;
        }
        cost += 1 + multiplier(parent, selection, field) * selectionCost(selection.selectionSet, type, visiting);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) cost += selectionCost(selection.selectionSet, type, visiting);
      } else {
        cost += fragmentCost(selection.name.value, visiting);
      }
    }
    return cost;
  };

  const fragmentCost = (name: string, visiting: ReadonlySet<string>): number => {
    const known = fragmentCosts.get(name);
    if (known !== undefined) return known;
    const fragment = fragments[name];
    const type = fragment && schema.getType(fragment.typeCondition.name.value);
    // A cycle of fragments is refused by validation; here it only must not loop.
    if (!fragment || !type || !isCompositeType(type) || visiting.has(name)) return 0;
    const cost = selectionCost(fragment.selectionSet, type, new Set([...visiting, name]));
    fragmentCosts.set(name, cost);
    return cost;
  };

  return Math.ceil(selectionCost(operation.selectionSet, root, new Set()));
}

function toInt(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? Math.trunc(value) : undefined;
}

function intArgument(value: ValueNode | undefined, variables: Variables): number | undefined {
  if (!value) return undefined;
  if (value.kind === Kind.INT) return toInt(Number(value.value));
  if (value.kind === Kind.VARIABLE) return toInt(variables?.[value.name.value]);
  return undefined;
}
