import { Client } from "pg";

/**
 * Preloaded (`node -r`) into every measured server: counts the statements sent through node-postgres,
 * the one driver under TypeORM, PostGraphile and the raw floor alike, so the count is comparable and
 * nothing in src/ needs a hook. The bench asks for the count over IPC; no HTTP endpoint exists for it.
 */
let statements = 0;
const original = Client.prototype.query as (...args: unknown[]) => unknown;
(Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function countedQuery(this: Client, ...args: unknown[]) {
  statements += 1;
  return original.apply(this, args);
};

process.on("message", (message: { type?: string }) => {
  if (message?.type === "stats") process.send?.({ type: "stats", statements });
});
