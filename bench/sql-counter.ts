import { Client } from "pg";

/**
 * Preloaded (`node -r`) into every measured server: counts the statements sent through node-postgres,
 * the one driver under TypeORM, PostGraphile and the raw floor alike, so the count is comparable
 * across servers (src/db/statement-hook.ts sees only TypeORM's). It also keeps the text of the last
 * statements, so the report can show what one request sends. Read over IPC; no HTTP endpoint exists.
 */
let statements = 0;
const recent: string[] = [];
const original = Client.prototype.query as (...args: unknown[]) => unknown;

function textOf(query: unknown): string {
  const text = typeof query === "string" ? query : ((query as { text?: string })?.text ?? "?");
  return text.replace(/\s+/g, " ").trim().slice(0, 160);
}

(Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function countedQuery(this: Client, ...args: unknown[]) {
  statements += 1;
  recent.push(textOf(args[0]));
  if (recent.length > 200) recent.shift();
  return original.apply(this, args);
};

process.on("message", (message: { type?: string; texts?: number }) => {
  if (message?.type !== "stats") return;
  process.send?.({ type: "stats", statements, texts: message.texts ? recent.slice(-message.texts) : [] });
});
