import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { PROJECT_ROOT } from "../../src/paths";

const SRC = join(PROJECT_ROOT, "src");

/**
 * The layers under the GraphQL layer: the case process, the policy, the access log, the database, and
 * what they stand on. They take plain data (src/cases/commands) and may be driven by anything — a
 * resolver, the seed, a test — so none of them may reach up into src/resolvers.
 */
const LOWER_LAYERS = ["cases", "permissions", "audit", "db", "loaders", "entities", "domain", "errors", "identity"];

/** The case process knows nothing of the schema: no decorators, no GraphQL types. */
const SCHEMA_PACKAGES = ["type-graphql", "class-validator", "graphql"];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sources(path) : entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** Every module a file names: static and type imports, re-exports, `import()` and `require()`; comments are not code. */
function importsOf(file: string, text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((imported) => {
    const name = imported.fileName;
    return name.startsWith(".") ? relative(SRC, resolve(dirname(file), name)).split("\\").join("/") : name;
  });
}

const intoResolvers = (target: string) => target === "resolvers" || target.startsWith("resolvers/");

function offenders(layer: string, isForbidden: (target: string) => boolean): string[] {
  return sources(join(SRC, layer)).flatMap((file) =>
    importsOf(file, readFileSync(file, "utf8"))
      .filter(isForbidden)
      .map((target) => `src/${relative(SRC, file).split("\\").join("/")} imports ${target}`),
  );
}

describe("no upward imports from the layers under the GraphQL layer", () => {
  it("the detector sees every form of import, resolved from the importing file, and skips comments", () => {
    const file = join(SRC, "cases", "example.service.ts");
    const text = [
      `import type { A } from "../resolvers/case/case.inputs";`,
      `import {\n  B,\n} from "../resolvers/plan/plan.inputs";`,
      `export { C } from "../resolvers/audit/audit.types";`,
      `const d = await import("../resolvers/signal/signal.inputs");`,
      `// import { E } from "../resolvers/meeting/meeting.inputs";`,
      `import { F } from "./commands";`,
    ].join("\n");
    expect(importsOf(file, text).filter(intoResolvers)).toEqual([
      "resolvers/case/case.inputs", "resolvers/plan/plan.inputs", "resolvers/audit/audit.types", "resolvers/signal/signal.inputs",
    ]);
    expect(importsOf(file, text)).toContain("cases/commands");
  });

  it.each(LOWER_LAYERS)("nothing under src/%s imports from src/resolvers", (layer) => {
    expect(offenders(layer, intoResolvers)).toEqual([]);
  });

  it("the case process imports no GraphQL or validation package (its services take plain commands)", () => {
    expect(offenders("cases", (target) => SCHEMA_PACKAGES.includes(target))).toEqual([]);
  });
});
