import "./with-resolvers-polyfill";
import { createServer } from "node:http";
import { postgraphile } from "postgraphile";
import { makePgService } from "postgraphile/adaptors/pg";
import { grafserv } from "postgraphile/grafserv/node";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { announceReady, failed, requireEnv } from "./child";

/**
 * PostGraphile v5 on the same database, as a reference: no authentication and no privacy rules (it
 * serves every case to everyone). Node IDs and index-based behaviours are off so that columns keep
 * their names (`id`) and every relation and condition the equivalent queries use is exposed.
 */
async function main(): Promise<void> {
  const pgl = postgraphile({
    extends: [PostGraphileAmberPreset],
    disablePlugins: ["NodePlugin", "PgIndexBehaviorsPlugin"],
    pgServices: [makePgService({ connectionString: requireEnv("DATABASE_URL"), schemas: ["public"], poolConfig: { max: 10 } })],
    grafserv: { graphqlPath: "/graphql", graphiql: false, watch: false },
    grafast: { explain: false },
  });
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  serv.addTo(server).catch(failed);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  announceReady(`http://127.0.0.1:${port}/graphql`, async () => {
    server.close();
    await pgl.release();
  });
}

main().catch(failed);
