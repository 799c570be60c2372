import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from "node:crypto";
import { config } from "../config";

/**
 * The key of the access log's cursors and entry ids: `AUDIT_CURSOR_KEY` (at least 32 characters, the
 * same on every instance), else one drawn at start, so a cursor is valid only on the instance that gave it
 * until it restarts. Why a key at all: a line's position in the log is how many lines everybody wrote before
 * it, and a privacy officer paging their own lines must not learn how many others wrote in between.
 */
function keyOf(secret: string | undefined): Buffer {
  return secret ? createHash("sha256").update(`audit-cursor:${secret}`).digest() : randomBytes(32);
}

let key: Buffer | null = null;
const theKey = (): Buffer => (key ??= keyOf(config().AUDIT_CURSOR_KEY));

/** The position as a cursor: AES-256-GCM with a fresh nonce, so two cursors of neighbouring lines look unrelated. */
export function sealPosition(id: string): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", theKey(), nonce);
  const sealed = Buffer.concat([cipher.update(BigInt(id).toString(16).padStart(16, "0"), "utf8"), cipher.final()]);
  return Buffer.concat([nonce, cipher.getAuthTag(), sealed]).toString("base64url");
}

/** The position in a cursor, or null when it was not made by sealPosition with this key (forged, tampered, foreign). */
export function openPosition(cursor: string): string | null {
  const raw = Buffer.from(cursor, "base64url");
  if (raw.length !== 12 + 16 + 16) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", theKey(), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    const hex = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
    return /^[0-9a-f]{16}$/.test(hex) ? BigInt(`0x${hex}`).toString() : null;
  } catch {
    return null;
  }
}

/** A line's id as clients see it: stable, but says nothing about its position (a keyed hash of it). */
export function opaqueEntryId(id: string): string {
  return createHmac("sha256", theKey()).update(`entry:${id}`).digest("base64url").slice(0, 22);
}
