import { readFileSync } from "node:fs";
import { join } from "node:path";
import { and, chain, or } from "graphql-shield";
import { defineRule } from "../../src/permissions/define-rule";
import { describePolicy, renderPolicySnapshot } from "../../src/permissions/describe-policy";
import { changedLines } from "../support/listing";

const SNAPSHOT = join(__dirname, "..", "..", "docs", "policy-snapshot.txt");

describe("policy snapshot (docs/policy-snapshot.txt)", () => {
  it("matches the policy the server enforces", () => {
    const committed = readFileSync(SNAPSHOT, "utf8");
    const current = renderPolicySnapshot();
    if (committed !== current) {
      throw new Error(
        "Who may read or do what has changed. Run `npm run policy:snapshot`, then review the change of docs/policy-snapshot.txt " +
          `as a permission change (privacy officer):\n  ${changedLines(committed, current).join("\n  ")}`,
      );
    }
  });
});

describe("describePolicy", () => {
  const a = defineRule("ruleA", "Reason A.", () => true);
  const b = defineRule("ruleB", "Reason B.", () => true);

  it("writes combinations as expressions of rule names and lists each reason once", () => {
    const entries = describePolicy({ Query: { x: and(a, or(b, a)), y: chain(b, a) }, Case: { id: a } });
    expect(entries).toEqual([
      { type: "Case", field: "id", rule: "ruleA", reasons: ["Reason A."] },
      { type: "Query", field: "x", rule: "and(ruleA, or(ruleB, ruleA))", reasons: ["Reason A.", "Reason B."] },
      { type: "Query", field: "y", rule: "chain(ruleB, ruleA)", reasons: ["Reason B.", "Reason A."] },
    ]);
  });

  it("renders one sorted line per field", () => {
    const text = renderPolicySnapshot(describePolicy({ Query: { b: a, a: b } }));
    expect(text.split("\n").filter((line) => line && !line.startsWith("#"))).toEqual(["Query.a: ruleB", "Query.b: ruleA"]);
  });
});
