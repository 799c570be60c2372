import { createDataSource } from "../../src/db/data-source";
import { cloneTemplate } from "../support/api";

describe("the migrations build exactly the schema the entities describe", () => {
  it("leaves TypeORM nothing to change (npm run migration:generate would write an empty migration)", async () => {
    const ds = await createDataSource(await cloneTemplate()).initialize();
    try {
      const pending = await ds.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      await ds.destroy();
    }
  });
});

describe("rolling the access-log migrations back restores the chain functions the first one created", () => {
  it("brings back the looping canonical text and the per-line head lookup, and forward again", async () => {
    const ds = await createDataSource(await cloneTemplate()).initialize();
    const definition = async (name: string): Promise<string> =>
      (await ds.query(`SELECT pg_get_functiondef(p.oid) AS def FROM pg_proc p WHERE p.proname = $1`, [name]))[0].def;
    try {
      const applied = async (name: string) => (await ds.query(`SELECT 1 FROM migrations WHERE name = $1`, [name])).length > 0;
      // Back to just after AuditLog: every later migration is undone, AuditChainHead and AuditCanonicalExpression among them.
      while (await applied("AuditChainHead1795886000000")) await ds.undoLastMigration({ transaction: "each" });
      expect(await applied("AuditLog1795384286041")).toBe(true);
      expect(await definition("audit_canonical")).toContain("FOREACH field IN ARRAY");
      expect(await definition("audit_log_chain")).toContain("SELECT a.hash INTO previous FROM audit_log a ORDER BY a.id DESC LIMIT 1");
      await ds.runMigrations({ transaction: "each" });
      expect(await definition("audit_canonical")).not.toContain("FOREACH");
      expect(await definition("audit_log_chain")).toContain("casusoverleg.audit_head");
    } finally {
      await ds.destroy();
    }
  });
});
