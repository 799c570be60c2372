import { randomInt } from "node:crypto";

/** Crockford's base32: no I, L, O or U, so a reference read aloud or typed over is not mistaken. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

function group(length: number): string {
  return Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}

/**
 * A case reference: the year of registration and ten random characters (50 bits), YYYY-XXXXX-XXXXX.
 * Deliberately not a counter: a sequence number, per house or per table, tells every partner who
 * registers a case how many cases others registered in between (cases it may not know exist). The year
 * is no secret (registeredAt says it). Random, not derived from any id, so it reveals nothing else either.
 */
export function newCaseReference(registeredAt: Date): string {
  return `${registeredAt.getUTCFullYear()}-${group(5)}-${group(5)}`;
}
