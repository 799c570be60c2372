import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/** The folder with package.json, whether running from src (ts-node) or dist (compiled). */
export const PROJECT_ROOT = ((): string => {
  let dir = __dirname;
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();

/** Everything local and generated: the embedded PostgreSQL (pg/) and the dev issuer's key (dev-issuer/). */
export const DATA_DIR = process.env.CASUSOVERLEG_DATA_DIR ?? join(PROJECT_ROOT, ".data");
