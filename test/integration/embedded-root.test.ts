import { chmodSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { freePort, startEmbeddedPostgres } from "../../src/db/embedded";
import { packagedPostgres } from "../../src/db/pg-access";

const asRoot = process.getuid?.() === 0;

/**
 * As root PostgreSQL runs as the `postgres` system user, which cannot enter a mode-700 folder such as
 * root's home or a `mktemp -d` folder: there initdb failed with EACCES on the programs in node_modules.
 * Only meaningful as root (another user runs PostgreSQL as itself, which can always enter its own folders).
 */
(asRoot ? describe : describe.skip)("embedded PostgreSQL as root from a mode-700 folder (skipped unless run as root: only root switches to the postgres user)", () => {
  it("starts, answers and stops, with its programs and data in a mode-700 checkout", async () => {
    const checkout = mkdtempSync(join(tmpdir(), "casusoverleg-700-"));
    chmodSync(checkout, 0o700);
    // The checkout's node_modules: a path through the mode-700 folder, as in /root/app/node_modules.
    const programs = join(checkout, "postgresql");
    symlinkSync(packagedPostgres(), programs);
    const pg = await startEmbeddedPostgres({ dataDir: join(checkout, ".data", "pg"), port: await freePort(), ephemeral: true, programs });
    try {
      const client = new Client({ connectionString: pg.url });
      await client.connect();
      const { rows } = await client.query("SELECT current_setting('data_directory') AS dir");
      await client.end();
      expect(rows[0].dir).toBe(pg.dataDir);
    } finally {
      await pg.stop();
      rmSync(checkout, { recursive: true, force: true });
    }
  });
});
