import pino, { type DestinationStream, type Logger } from "pino";
import { escapeUnsafeCharacters } from "../domain/plain-text";
import { currentRequestId } from "../http/request-id";

export type { Logger };

/**
 * Removed from every line whatever a caller passes: secrets, and the places personal data travels in
 * (bodies, GraphQL variables, SQL parameters). The server log holds identifiers only; what a professional
 * read is in the access log, behind the privacy officer's rule.
 */
export const REDACTED_PATHS = [
  "authorization", "*.authorization", "headers.authorization", "req.headers.authorization", "req.headers.cookie",
  "token", "*.token", "body", "*.body", "variables", "*.variables", "parameters", "*.parameters",
];

const DEEPEST = 8;

/**
 * Every string of a line (keys too) with control and bidirectional characters written out as `\uXXXX`:
 * fields carry what clients sent (a token's claims, a refusal's reason), and a right-to-left override or
 * an escape sequence must not make a line read differently in a terminal or a log viewer. Only plain
 * objects and arrays are entered: errors and other instances go to pino's serializers as they are.
 */
export function escapeLogValue(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return escapeUnsafeCharacters(value);
  if (depth >= DEEPEST || !value || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => escapeLogValue(item, depth + 1));
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [escapeUnsafeCharacters(key), escapeLogValue(inner, depth + 1)]));
}

/**
 * JSON lines (pino) with the request id of the request being served, every string escaped (escapeLogValue). The default destination is
 * process.stdout, which is synchronous for files and pipes on Linux: no line is lost when the process
 * exits, and everything the server writes passes one door.
 */
export function createLogger(destination: DestinationStream = process.stdout, level = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino(
    {
      level,
      base: { service: "casusoverleg" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }), log: (fields) => escapeLogValue(fields) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((arg) => escapeLogValue(arg)) as Parameters<typeof method>);
        },
      },
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
    destination,
  );
}

/** The server's one logger. */
export const logger = createLogger();
