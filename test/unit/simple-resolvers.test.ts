import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildBareSchema } from "../../src/schema";
import { isObjectType } from "graphql";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
}

/**
 * type-graphql wraps every plain field in a resolver of its own (for middlewares and auth checkers this
 * project does not use) unless the type says `simpleResolvers: true`; on a page that is thousands of
 * extra calls and objects per request. Plain fields then use graphql-js's default resolver.
 */
describe("object types use graphql-js's default resolver for plain fields", () => {
  it("every @ObjectType in src says simpleResolvers: true", () => {
    const missing = sources(join(__dirname, "../../src")).flatMap((file) =>
      readFileSync(file, "utf8").split("\n").flatMap((line, i) => (line.includes("@ObjectType(") && !line.includes("simpleResolvers: true") ? [`${file}:${i + 1}`] : [])),
    );
    expect(missing).toEqual([]);
  });

  it("so a plain field has no resolver of its own, and a field resolver still has one", () => {
    const schema = buildBareSchema();
    const caseType = schema.getType("Case");
    if (!isObjectType(caseType)) throw new Error("Case is not an object type");
    expect(caseType.getFields().reference.resolve).toBeUndefined();
    expect(caseType.getFields().participants.resolve).toEqual(expect.any(Function));
  });
});
