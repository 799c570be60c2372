import { readFileSync } from "node:fs";
import { join } from "node:path";
import { startFlags } from "../../bench/node-flags";

describe("the bench starts every server with npm start's Node flags", () => {
  it("reads them from package.json's start script", () => {
    const start = (JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")) as { scripts: { start: string } }).scripts.start;
    const flags = startFlags();
    expect(flags).toContain("--max-semi-space-size=64");
    expect(start).toContain(`node ${flags.join(" ")} dist/src/main.js`);
  });
});
