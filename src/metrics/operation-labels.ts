import { Kind, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode } from "graphql";

/** The label of a request whose operation was never resolved (401, 429, a batch, an invalid document): no client text is looked at. */
export const UNRESOLVED = "unresolved";

/**
 * What an operation is labelled by in the metrics: the sorted names of the root fields it selects, as the
 * schema defines them (`cases`, `me+permissionMatrix`), prefixed by `mutation:` for mutations. Never the
 * operation's name: a client chooses that, and could put a person's name or a case number into it. A name
 * the root type does not have is left out, so a label only ever holds the schema's own words.
 */
export function rootFieldsLabel(schema: GraphQLSchema, operation: OperationDefinitionNode, document: DocumentNode | undefined): string {
  const root = schema.getRootType(operation.operation);
  if (!root) return "invalid";
  const known = root.getFields();
  const names = new Set<string>();
  const fragments = new Map((document?.definitions ?? []).flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const seen = new Set<string>();
  const collect = (selectionSet: SelectionSetNode): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name in known || name === "__schema" || name === "__type" || name === "__typename") names.add(name);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) collect(fragment.selectionSet);
      }
    }
  };
  collect(operation.selectionSet);
  const fields = [...names].sort().join("+") || "none";
  return operation.operation === "query" ? fields : `${operation.operation}:${fields}`;
}

/**
 * Bounds the number of series: only the first `max` distinct labels get a series of their own, the rest
 * are counted as `other`. Labels come from rootFieldsLabel (schema words only), so none holds personal data.
 */
export class OperationLabels {
  private readonly seen = new Set<string>();

  constructor(private readonly max = 100) {}

  label(label: string | null | undefined): string {
    if (!label) return UNRESOLVED;
    if (this.seen.has(label)) return label;
    if (this.seen.size >= this.max) return "other";
    this.seen.add(label);
    return label;
  }
}
