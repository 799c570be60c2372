import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../src/paths";
import { schemaSdl } from "../src/schema-sdl";

/** Rewrites schema.graphql from the code; test/unit/schema-sdl.test.ts fails until it is current. */
const target = join(PROJECT_ROOT, "schema.graphql");
writeFileSync(target, schemaSdl());
process.stdout.write(`Wrote ${target}.\n`);
