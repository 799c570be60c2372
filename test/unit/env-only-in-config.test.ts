import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { PROJECT_ROOT } from "../../src/paths";

const SRC = join(PROJECT_ROOT, "src");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sources(path) : entry.name.endsWith(".ts") ? [path] : [];
  });
}

/**
 * Every environment variable goes through the one schema (src/config.ts), so a bad value stops start-up
 * with the others instead of failing later. The only other use allowed is handing the environment on
 * unchanged to a child process (`...process.env`, the embedded PostgreSQL's programs).
 */
describe("the environment is read only by src/config.ts", () => {
  it("no other file under src/ reads process.env", () => {
    const readers = sources(SRC)
      // The logger exists before the configuration is checked (it writes that check's complaint); it reads
      // LOG_LEVEL itself, which the schema checks with the rest.
      .filter((file) => !["config.ts", join("logging", "logger.ts")].includes(relative(SRC, file)))
      .flatMap((file) =>
        readFileSync(file, "utf8")
          .split("\n")
          .map((line, index) => ({ line, where: `${relative(PROJECT_ROOT, file)}:${index + 1}` }))
          .filter(({ line }) => /process\.env\b/.test(line.replace(/\.\.\.process\.env\b/g, ""))),
      )
      .map(({ where }) => where);
    expect(readers).toEqual([]);
  });
});
