import { getNamedType, isObjectType, isScalarType, type GraphQLObjectType } from "graphql";
import { buildBareSchema } from "../../src/schema";
import { policy } from "../../src/permissions/policy";
import { canReadText } from "../../src/permissions/care/can-read-text";
import { GUARDED_TEXTS, NON_PERSONAL_STRINGS } from "../../src/permissions/guarded-texts";

/** Types reachable from a case that do not belong to one: the partner directory, tables and meetings (their own rules). */
const NOT_CASE_OWNED = new Set(["Organisation", "Table", "Meeting"]);

/** Every object type reachable from Case, except the shared ones above: a new type under a case is checked at once. */
function caseOwnedTypes(schema: ReturnType<typeof buildBareSchema>): string[] {
  const found = new Set<string>();
  const visit = (type: GraphQLObjectType) => {
    if (found.has(type.name) || NOT_CASE_OWNED.has(type.name)) return;
    found.add(type.name);
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (isObjectType(named)) visit(named);
    }
  };
  visit(schema.getType("Case") as GraphQLObjectType);
  return [...found];
}

describe("every free text of a case is guarded by its category", () => {
  const schema = buildBareSchema();

  it("lists every String field of a case-owned type as guarded or as deliberately non-personal", () => {
    const forgotten: string[] = [];
    const owned = caseOwnedTypes(schema);
    expect(owned).toEqual(expect.arrayContaining(["Case", "CaseClosure", "Plan", "Goal", "Action", "ActionReport", "Signal", "AgendaItem", "LegalBasis", "InformationItem"]));
    for (const name of owned) {
      const type = schema.getType(name) as GraphQLObjectType;
      expect(isObjectType(type)).toBe(true);
      for (const [field, def] of Object.entries(type.getFields())) {
        const named = getNamedType(def.type);
        if (!isScalarType(named) || named.name !== "String") continue;
        const guarded = (GUARDED_TEXTS as Record<string, Record<string, string>>)[name]?.[field];
        if (!guarded && !NON_PERSONAL_STRINGS[name]?.[field]) forgotten.push(`${name}.${field}`);
      }
    }
    expect(forgotten).toEqual([]);
  });

  it("decides each guarded text and its category field with canReadText, and both exist in the schema", () => {
    for (const [type, texts] of Object.entries(GUARDED_TEXTS)) {
      const fields = (schema.getType(type) as GraphQLObjectType).getFields();
      for (const [text, category] of Object.entries(texts)) {
        expect([type, text, fields[text]?.type.toString(), policy[type][text] === canReadText]).toEqual([type, text, "String", true]);
        expect([type, category, fields[category] && getNamedType(fields[category].type).name, policy[type][category] === canReadText]).toEqual([type, category, "InformationCategory", true]);
      }
    }
  });

  it("names no non-personal string that the schema does not have", () => {
    const stale = Object.entries(NON_PERSONAL_STRINGS).flatMap(([type, fields]) =>
      Object.keys(fields).filter((field) => !(schema.getType(type) as GraphQLObjectType | undefined)?.getFields()[field]).map((field) => `${type}.${field}`));
    expect(stale).toEqual([]);
  });
});
