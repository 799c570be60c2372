import type { Selection } from "./query";
import { LOG_ROOTS } from "./scan";

export interface PrintedQuery {
  text: string;
  variables: Record<string, unknown>;
  /** Response keys of the root fields that answer from the access log. */
  logAliases: string[];
}

/** Prints a generated query: aliases a1…, variables $v1…, named fragments F1… hoisted after the operation. */
export function printQuery(roots: Selection[]): PrintedQuery {
  const variables: Record<string, unknown> = {};
  const declarations: string[] = [];
  const fragments: string[] = [];
  const logAliases: string[] = [];
  const responseKeys = new Map<Selection, string>();
  let aliases = 0;

  const printSet = (selections: Selection[]): string => `{ ${selections.map(printOne).join(" ")} }`;
  const printOne = (selection: Selection): string => {
    if (selection.kind === "inline") {
      const on = selection.typeCondition ? ` on ${selection.typeCondition}` : "";
      const include = selection.include === null ? "" : ` @include(if: ${selection.include})`;
      return `...${on}${include} ${printSet(selection.selections)}`;
    }
    if (selection.kind === "fragment") {
      const slot = fragments.push("") - 1;
      fragments[slot] = `fragment F${slot + 1} on ${selection.typeName} ${printSet(selection.selections)}`;
      return `...F${slot + 1}`;
    }
    const key = selection.alias ? `a${++aliases}` : selection.name;
    responseKeys.set(selection, key);
    const alias = selection.alias ? `${key}: ` : "";
    const args = selection.args.map((arg) => {
      if (!arg.variable) return `${arg.name}: ${arg.literal}`;
      const name = `v${declarations.length + 1}`;
      declarations.push(`$${name}: ${arg.type}`);
      variables[name] = arg.json;
      return `${arg.name}: $${name}`;
    });
    const head = `${alias}${selection.name}${args.length ? `(${args.join(", ")})` : ""}`;
    return selection.selections.length ? `${head} ${printSet(selection.selections)}` : head;
  };

  const body = roots
    .map((root) => {
      const printed = printOne(root);
      if (root.kind === "field" && LOG_ROOTS.has(root.name)) logAliases.push(responseKeys.get(root)!);
      return printed;
    })
    .join(" ");
  const head = declarations.length ? `query Fuzz(${declarations.join(", ")})` : "query Fuzz";
  return { text: [`${head} { ${body} }`, ...fragments].join("\n"), variables, logAliases };
}
