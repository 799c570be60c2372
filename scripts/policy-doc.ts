import "reflect-metadata";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { PROJECT_ROOT } from "../src/paths";
import { buildBareSchema } from "../src/schema";
import { buildPermissionMatrix } from "../src/permissions/matrix/build";
import { renderPermissionsMarkdown } from "../src/permissions/matrix/render-markdown";

/** Rewrites docs/permissions.md from the code; test/unit/permission-matrix-doc.test.ts fails until it is current. */
const target = join(PROJECT_ROOT, "docs", "permissions.md");
const matrix = buildPermissionMatrix(buildBareSchema());
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, renderPermissionsMarkdown(matrix));
process.stdout.write(`Wrote the permission matrix (${matrix.rows.length} rows, ${matrix.inherited.length} inheriting types) to ${target}. Review the diff: it is a change of who sees what.\n`);
