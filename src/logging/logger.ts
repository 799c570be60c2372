import pino, { type DestinationStream, type Logger } from "pino";
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

/**
 * JSON lines (pino) with the request id of the request being served. The default destination is
 * process.stdout, which is synchronous for files and pipes on Linux: no line is lost when the process
 * exits, and everything the server writes passes one door.
 */
export function createLogger(destination: DestinationStream = process.stdout, level = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino(
    {
      level,
      base: { service: "casusoverleg" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
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
