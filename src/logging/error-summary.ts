/** The parts of a database driver's error that name things, never values. */
interface DriverFields {
  code?: unknown;
  table?: unknown;
  column?: unknown;
  constraint?: unknown;
  routine?: unknown;
}

const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/**
 * Only the frames: an error's message line (and a PostgreSQL error's detail) may quote the values that
 * broke it (`invalid input syntax for type uuid: "<what was sent>"`, `Key (name)=(…)`), so they stay out.
 */
function frames(stack: string | undefined): string[] {
  return (stack ?? "").split("\n").filter((line) => /^\s+at /.test(line)).map((line) => line.trim());
}

/**
 * What the server log may say about an unexpected error: its class, its codes, the SQL statement that
 * failed (the text, never its parameters) and where it was thrown. Enough to find the fault, nothing
 * a person could be recognised by.
 */
export function describeError(error: unknown): Record<string, unknown> {
  // Not `instanceof Error`: an error from another realm (a vm context, a worker) is no instance of this one's.
  if (typeof error !== "object" || error === null || typeof (error as Error).stack !== "string") return { errorClass: typeof error };
  const withFields = error as Error & { code?: unknown; query?: unknown; driverError?: DriverFields };
  const driver: DriverFields = withFields.driverError ?? (withFields as DriverFields);
  const summary: Record<string, unknown> = {
    errorClass: withFields.constructor?.name ?? "Error",
    code: text(withFields.code) ?? text(driver.code),
    table: text(driver.table),
    column: text(driver.column),
    constraint: text(driver.constraint),
    routine: text(driver.routine),
    statement: text(withFields.query),
    stack: frames(withFields.stack),
  };
  return Object.fromEntries(Object.entries(summary).filter(([, value]) => value !== undefined));
}
