/**
 * Characters that no text of this API may carry: C0 controls other than tab, line feed and carriage return,
 * DEL and the C1 controls, the bidirectional overrides and isolates (they make a name or a log line read
 * differently from what it holds), the noncharacters U+FFFE/U+FFFF, and UTF-16 halves without their other
 * half. PostgreSQL refuses U+0000 in text and jsonb and unpaired surrogates in jsonb, so one such character
 * in a shared statement fails every request in it; the rest have no place in a case file either.
 */
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, "g");

/** Whether the text holds a character that {@link UNSAFE} forbids. */
export function hasUnsafeCharacters(text: string): boolean {
  return UNSAFE.test(text);
}

/** The text with every forbidden character written out as `\uXXXX`: for the logs, which must take any input. */
export function escapeUnsafeCharacters(text: string): string {
  return text.replace(UNSAFE_ALL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The same escape applied to every string (keys included) of a JSON-like value. */
export function escapeUnsafeDeep(value: unknown): unknown {
  if (typeof value === "string") return escapeUnsafeCharacters(value);
  if (Array.isArray(value)) return value.map(escapeUnsafeDeep);
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [escapeUnsafeCharacters(key), escapeUnsafeDeep(inner)]));
  }
  return value;
}
