import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType, type GraphQLSchema } from "graphql";
import { buildBareSchema } from "../../src/schema";
import { schemaSdl } from "../../src/schema-sdl";
import { expectNone, firstDifference } from "../support/listing";

const COMMITTED = join(__dirname, "..", "..", "schema.graphql");

/** Query, Mutation, Subscription: type-graphql cannot describe them; their fields carry the documentation. */
function rootTypeNames(schema: GraphQLSchema): Set<string> {
  return new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((t) => (t ? [t.name] : [])));
}

/** Types (and fields of object, interface and input types) without a description, as `Type` or `Type.field`. */
function undescribed(schema: GraphQLSchema): string[] {
  const roots = rootTypeNames(schema);
  return Object.values(schema.getTypeMap())
    .filter((type) => !type.name.startsWith("__") && !isSpecifiedScalarType(type))
    .flatMap((type) => {
      const own = !roots.has(type.name) && !type.description?.trim() ? [type.name] : [];
      const hasFields = isObjectType(type) || isInterfaceType(type) || isInputObjectType(type);
      const fields = hasFields ? Object.values(type.getFields()).filter((f) => !f.description?.trim()).map((f) => `${type.name}.${f.name}`) : [];
      return [...own, ...fields];
    })
    .sort();
}

describe("schema.graphql", () => {
  it("is the schema the code builds", () => {
    const committed = readFileSync(COMMITTED, "utf8");
    const current = schemaSdl();
    if (committed !== current) {
      throw new Error(
        "schema.graphql differs from the schema the code builds. Run `npm run schema:print` and commit schema.graphql " +
          `(frontend teams read it; review the diff as an API change).\n${firstDifference(committed, current)}`,
      );
    }
  });

  it("describes every type and every field (frontend teams rely on the descriptions)", () => {
    expectNone(undescribed(buildBareSchema()), "These types or fields have no description; add one (with the Dutch term):");
  });
});
