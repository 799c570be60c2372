import { BadInputError } from "../errors";

/** Keyset cursor over (timestamp, id): stable under inserts, no OFFSET scans. */
export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString("base64url");
}

export function decodeCursor(cursor: string): [Date, string] {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [string, string];
    const date = new Date(at);
    if (Number.isNaN(date.getTime()) || typeof id !== "string" || !/^[0-9a-f-]{36}$/i.test(id)) throw new Error("bad");
    return [date, id];
  } catch {
    throw new BadInputError("The cursor is not valid; use a cursor from pageInfo.endCursor.", { after: ["invalid cursor"] });
  }
}
