import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { Pool } from "pg";
import { trustedIssuers } from "../src/config";
import type { OrganisationDomain } from "../src/domain/enums";
import { TokenVerifier } from "../src/identity/token-verifier";
import { parseRoles, type Viewer } from "../src/identity/viewer";
import { announceReady, failed, requireEnv } from "./child";
import { oneCaseSql, pagesSql, type Level } from "./floor-sql";

/**
 * The floor: a minimal HTTP endpoint on raw `pg` that answers the bench's requests (by operationName)
 * with the same JSON `data` as our API. It verifies the token like the API (jose, same trust registry),
 * keeps the small organisation directory in memory, and sends one SQL statement per request that
 * builds the whole JSON in PostgreSQL. Nothing is cached between requests but the organisations.
 */
const LEVELS: Record<string, Level> = { S2: "scalars", S3: "relations", S4: "relations", S5: "care" };

interface Body {
  operationName?: string;
  variables?: Record<string, unknown>;
}

function decodeCursor(cursor: unknown): [Date, string] | null {
  if (typeof cursor !== "string") return null;
  const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [string, string];
  return [new Date(at), id];
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

async function main(): Promise<void> {
  const pool = new Pool({ connectionString: requireEnv("DATABASE_URL"), max: 10 });
  const verifier = new TokenVerifier(await trustedIssuers());
  const { rows } = await pool.query<{ id: string; code: string; domain: OrganisationDomain }>("SELECT id, code, domain FROM organisation");
  const organisations = new Map(rows.map((row) => [row.code, row]));

  async function viewerOf(authorization: string | undefined): Promise<Viewer | null> {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
    if (!token) return null;
    const verified = await verifier.verify(token);
    const organisation = organisations.get(verified.organisationCode);
    if (!organisation) return null;
    return {
      userId: verified.subject, issuer: verified.issuer, name: verified.name, onBehalfOf: verified.onBehalfOf,
      organisationId: organisation.id, organisationCode: organisation.code, domain: organisation.domain, roles: parseRoles(verified.roles),
    };
  }

  function statementFor(viewer: Viewer, body: Body): { sql: string; params: unknown[] } | null {
    const vars = body.variables ?? {};
    const name = body.operationName ?? "";
    if (name === "S1") return oneCaseSql(viewer, String(vars.id));
    const level = LEVELS[name];
    if (!level) return null;
    const first = Number(vars.first);
    if (name !== "S4") return pagesSql(viewer, level, first, [{ alias: "cases", after: decodeCursor(vars.after) }]);
    const aliases = Object.keys(vars).filter((key) => /^a\d+$/.test(key)).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
    return pagesSql(viewer, level, first, aliases.map((key) => ({ alias: `p${key.slice(1)}`, after: decodeCursor(vars[key]) })));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const send = (status: number, text: string) => {
      res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
      res.end(text);
    };
    if (req.method !== "POST") return send(405, '{"errors":[{"message":"POST only"}]}');
    const body = JSON.parse(await readBody(req)) as Body;
    const viewer = await viewerOf(req.headers.authorization).catch(() => null);
    if (!viewer) return send(401, '{"errors":[{"message":"unauthenticated"}]}');
    const statement = statementFor(viewer, body);
    if (!statement) return send(400, `{"errors":[{"message":"the floor does not know operation ${JSON.stringify(body.operationName ?? null)}"}]}`);
    const result = await pool.query<{ data: string }>(statement.sql, statement.params);
    send(200, `{"data":${result.rows[0].data}}`);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500).end('{"errors":[{"message":"internal"}]}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  announceReady(`http://127.0.0.1:${port}/graphql`, async () => {
    server.close();
    await pool.end();
  });
}

main().catch(failed);
