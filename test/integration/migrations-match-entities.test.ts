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
