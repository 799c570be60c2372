import { readFileSync } from "node:fs";
import { join } from "node:path";
import { and, chain, or } from "graphql-shield";
import { defineRule } from "../../src/permissions/define-rule";
import { allOf, anyOf, byDomain, byRole, holds, when } from "../../src/permissions/matrix/claims";
import { Condition } from "../../src/permissions/matrix/conditions";
import { buildPermissionMatrix } from "../../src/permissions/matrix/build";
import { flatClaims } from "../../src/permissions/matrix/rule-claims";
import { renderPermissionsMarkdown } from "../../src/permissions/matrix/render-markdown";
import { renderPermissionsHtml } from "../../src/permissions/matrix/render-html";
import { buildBareSchema } from "../../src/schema";
import { changedLines, expectNone } from "../support/listing";

const DOC = join(__dirname, "..", "..", "docs", "permissions.md");
const matrix = buildPermissionMatrix(buildBareSchema());

describe("permission matrix document (docs/permissions.md)", () => {
  it("is what the code produces", () => {
    const committed = readFileSync(DOC, "utf8");
    const current = renderPermissionsMarkdown(matrix);
    if (committed !== current) {
      throw new Error(
        "docs/permissions.md differs from what the code enforces: run `npm run policy:doc` and review the change " +
          `as a permission change (privacy officer):\n  ${changedLines(committed, current).join("\n  ")}`,
      );
    }
  });

  it("describes every rule of the policy (no cell says 'not described')", () => {
    const undescribed = [...matrix.rows, ...matrix.rowLevel]
      .filter((row) => row.cells.some((cell) => cell.access === "UNDESCRIBED"))
      .map((row) => ("field" in row ? `${row.type}.${row.field}` : row.name));
    expectNone(undescribed, "These entries use a rule without a matrix description; pass one to defineRule (src/permissions/define-rule.ts):");
  });

  it("names the legal-basis condition for care data read by safety partners", () => {
    const health = matrix.rows.find((row) => row.type === "Case" && row.field === "health")!;
    expect(health.cells.find((cell) => cell.column === "SAFETY")).toEqual({ column: "SAFETY", access: "IF", text: "if a legal basis opens HEALTH to them" });
    expect(health.cells.find((cell) => cell.column === "CARE")?.text).toBe("if takes part in the case or a legal basis opens HEALTH to them");
  });

  it("escapes what it renders into the page", () => {
    const hostile = { ...matrix, notes: ["<script>alert(1)</script>"] };
    expect(renderPermissionsHtml(hostile)).not.toContain("<script>");
  });
});

describe("matrix claims", () => {
  const a = when(Condition.TAKES_PART);
  const b = when(Condition.HOUSE_OF_CASE);

  it("simplify: no wins an and, yes wins an or, any is neutral", () => {
    expect(allOf("yes", a, "any")).toEqual(a);
    expect(allOf(a, "no")).toBe("no");
    expect(allOf("any", "any")).toBe("any");
    expect(anyOf("no", a, b)).toEqual({ anyOf: [a, b] });
    expect(anyOf(a, "yes")).toBe("yes");
    expect(anyOf("no", "no")).toBe("no");
  });

  it("hold exactly when their conditions do", () => {
    const claim = anyOf(b, allOf(a, when(Condition.DIRECTS_CASE)));
    const facts = (held: Condition[]) => (c: { when: Condition }) => held.includes(c.when);
    expect(holds(claim, facts([Condition.HOUSE_OF_CASE]))).toBe(true);
    expect(holds(claim, facts([Condition.TAKES_PART]))).toBe(false);
    expect(holds(claim, facts([Condition.TAKES_PART, Condition.DIRECTS_CASE]))).toBe(true);
  });
});

describe("flatClaims of combinations", () => {
  const byRoleOnly = defineRule("pd", "PD.", () => true, { roles: byRole({ PROCESS_DIRECTOR: "yes" }) });
  const alsoByRole = defineRule("po", "PO.", () => true, { roles: byRole({ PRIVACY_OFFICER: "yes" }) });
  const byDomainOnly = defineRule("care", "Care.", () => true, { domains: byDomain({ CARE: "yes" }) });
  const silent = defineRule("silent", "No matrix.", () => true);

  it("multiplies out and() and chain() column by column", () => {
    const flat = flatClaims(chain(and(byRoleOnly, byDomainOnly)));
    expect(flat.roles.PROCESS_DIRECTOR).toBe("yes");
    expect(flat.roles.CHAIN_PARTNER).toBe("no");
    expect(flat.domains).toEqual({ SAFETY: "no", CARE: "yes", COORDINATION: "no" });
  });

  it("combines or() of rules that look at the same dimension, and refuses to guess otherwise", () => {
    expect(flatClaims(or(byRoleOnly, alsoByRole)).roles).toMatchObject({ PROCESS_DIRECTOR: "yes", PRIVACY_OFFICER: "yes", CHAIN_PARTNER: "no" });
    expect(flatClaims(or(byRoleOnly, byDomainOnly)).undescribed).toEqual(["or(pd, care)"]);
  });

  it("reports a rule without a matrix as undescribed", () => {
    expect(flatClaims(and(byRoleOnly, silent)).undescribed).toEqual(["silent"]);
  });
});
