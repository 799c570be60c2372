/**
 * A PostgreSQL role name the server may put into SQL and a connection's startup options without quoting:
 * the configured API role (DATABASE_API_ROLE) is interpolated, so only this safe subset is accepted.
 */
export const SQL_ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

const EXPECTED_URL = "expected postgres://user:password@host:5432/database";

/**
 * Why a DATABASE_URL cannot be a PostgreSQL connection URL, or undefined when it can. node-postgres reads
 * almost anything as a host name ('notaurl' becomes host 'base'), so the shape is checked here first.
 * The message never repeats the value: it may hold a password.
 */
export function databaseUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `is not a valid URL; ${EXPECTED_URL}`;
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") return `must start with postgres:// or postgresql:// (not ${url.protocol}//); ${EXPECTED_URL}`;
  // A Unix socket is named with ?host=/path and an empty host part.
  if (!url.hostname && !url.searchParams.get("host")) return `names no host; ${EXPECTED_URL}`;
  if (url.pathname.length > 1 && url.pathname.slice(1).includes("/")) return `has more than one path segment; the path is the database name: ${EXPECTED_URL}`;
  return undefined;
}
