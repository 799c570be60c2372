import { z } from "zod";

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

/** An empty value counts as unset: most process managers write an unset variable that way. */
export const unsetWhenEmpty = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema);

/** Digits only: Number() would read " " as 0 and "0x50" as 80. */
export const port = (from: number) => {
  const expected = `expected a port number ${from}–65535`;
  return z.string().regex(/^\d{1,5}$/, expected).transform(Number).pipe(z.number().min(from, expected).max(65535, expected));
};

export const flag = z.enum(["0", "1"], { error: "expected 1 (on) or 0 (off)" });

/** A whole number (of `unit`) of at least `least`, as digits (so "1e3", " 5" and "-1" are refused, not guessed). */
export const wholeNumber = (least: number, unit?: string) => {
  const expected = `expected a whole number${unit ? ` of ${unit}` : ""}, at least ${least}`;
  return z.string().regex(/^\d{1,15}$/, expected).transform(Number).pipe(z.number().min(least, expected));
};

/** A switch that also accepts true/false, as the limits always did. */
export const onOff = z.enum(["1", "0", "true", "false"], { error: "expected 1 (on) or 0 (off)" }).transform((value) => value === "1" || value === "true");
