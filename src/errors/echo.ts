import { escapeUnsafeCharacters } from "../domain/plain-text";

/** How much of one quoted client string an error message repeats, and how long a message may get. */
const QUOTED_PREFIX = 40;
const LONGEST_MESSAGE = 300;
const QUOTED = /"((?:[^"\\]|\\.)*)"/g;

/**
 * GraphQL's own messages quote what the client sent: an operation name, a field, a variable's value
 * ("Unknown operation named \"…\""). An answer repeats only a short prefix of each quoted part, with
 * control and bidirectional characters escaped, and no message grows past a few hundred characters.
 */
export function clipClientEcho(message: string): string {
  const clipped = escapeUnsafeCharacters(message).replace(QUOTED, (quoted, inner: string) =>
    inner.length > QUOTED_PREFIX ? `"${inner.slice(0, QUOTED_PREFIX)}…"` : quoted,
  );
  return clipped.length > LONGEST_MESSAGE ? `${clipped.slice(0, LONGEST_MESSAGE)}…` : clipped;
}
