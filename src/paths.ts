import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/** The folder with package.json, whether running from src (ts-node) or dist (compiled). */
export const PROJECT_ROOT = ((): string => {
  let dir = __dirname;
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();
