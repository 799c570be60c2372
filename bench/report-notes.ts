export const REPRODUCE = `\`\`\`sh
npm ci
npm run bench                                  # 2,000 cases, S1–S6, three personas, four servers, writes this file
npm run bench -- --cases 200000                # the large data set (seeded once into .data/bench, then reused)
npm run bench -- --quick                       # smoke check (200 cases, one persona, short runs; writes .data/bench/benchmarks-quick.md)
npm run bench -- --scenarios S3,S5 --profile   # V8 CPU profiles of both API servers in .data/bench/profiles
npm run bench -- --help                        # all options (duration, runs, warm-up, connections, servers, personas)
\`\`\``;

/** The method, as it holds for every run. */
export const NOTES = (maxPageSize: number): string => `- **Servers**, each its own child process started by the bench, all on one embedded PostgreSQL (\`.data/bench/pg\`, free port) and measured side by side in one run:
  - \`api\`: our API as \`npm start\` runs it (compiled \`dist\`, \`NODE_ENV=production\`, tokens of the local dev issuer).
  - \`api-no-privacy\`: the same server with \`privacy: false\` (the schema without the graphql-shield policy; \`buildSchema\` refuses this unless \`CASUSOVERLEG_BENCHMARK=1\`). Row level stays on: it is SQL in the services. The ratio off ÷ on is the privacy layer's overhead.
  - \`postgraphile\`: PostGraphile v5 (amber preset, Node IDs off, \`Promise.withResolvers\` polyfilled on Node 20) on the same database with equivalent queries. **It has no authentication, no row level and no care rule**: its pages are the newest cases of the whole data set, with the same amount of data per case on average. It is measured once per scenario (persona-independent).
  - \`floor\`: \`bench/raw-floor.ts\`, a minimal \`node:http\` + \`pg\` endpoint that verifies the token like the API, keeps the organisation directory in memory, and answers each request with ONE SQL statement that builds the API's exact JSON \`data\` in PostgreSQL (the API's own row-level SQL and the care rule in SQL). The probes compare its \`data\` with the API's.
- **Node flags**: every Node server (all four) runs with the flags of \`npm start\` (package.json's start script, read by \`bench/node-flags.ts\`; today \`--max-semi-space-size=64\`, a larger young generation, so a page's many short-lived objects are collected less often; \`--profile\` shows the garbage collector's share), so the comparison stays like for like.
- **S4** asks for 500 cases while the API caps a page at ${maxPageSize} (\`MAX_PAGE_SIZE\`, tested in errors-and-pagination): the bench does not change the API's contract and sends ${Math.ceil(500 / maxPageSize)} consecutive pages of ${Math.ceil(500 / Math.ceil(500 / maxPageSize))} aliased in one request (cursors taken from the data beforehand); PostGraphile gets the same five aliased pages (offset) and the floor builds them in one statement. If the cap is raised to 500, S4 becomes one page automatically.
- **S6** (registerCase) runs only on our API; the cases it registers are deleted after each cell, so every cell reads the same data.
- **SQL statements** are counted in each server by a preload (\`bench/sql-counter.ts\`, \`node -r\`) that wraps node-postgres's \`Client.prototype.query\` (the driver under TypeORM, PostGraphile and the floor alike), read over IPC: no endpoint and no change in \`src/\`. The count per request comes from a single probe request alone on the server (exact), including the organisation lookup and transaction statements.
- **CPU ms per request**: user + system time of the server process (\`/proc/<pid>/stat\`) over the measured runs ÷ completed requests; PostgreSQL's is the postmaster and all its backends. **Peak RSS**: \`VmHWM\` of the server, reset (\`clear_refs\`) before each cell.
- The load generator (autocannon, in the bench process), the server and PostgreSQL share the machine's cores, so absolute numbers are lower than on a dedicated box; the ratios, measured side by side, are the point.`;
