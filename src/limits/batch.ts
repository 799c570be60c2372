import type { Context } from "../context";
import type { AuditWriter } from "../audit/group-commit";
import { CodedError, ErrorCode } from "../errors";
import { logInvalidQuery } from "./plugin";

/** A JSON array of operations: batching is off, each operation is one request with its own limits and log. */
export class BatchRefusedError extends CodedError {
  constructor() {
    super(ErrorCode.INVALID_QUERY, "Send one operation per request: a JSON array of operations (a batch) is not accepted.", { http: { status: 400 } });
  }
}

/**
 * Refuses a batch before Apollo does: Apollo refuses it after the context is built but without running
 * any plugin, so the refusal would be missing from the access log. Written here, identifiers only.
 */
export async function refuseBatch(body: unknown, context: Context, writer: AuditWriter): Promise<void> {
  if (!Array.isArray(body)) return;
  logInvalidQuery(context, "batch");
  await writer.append(context.audit.actor, context.audit.take());
  throw new BatchRefusedError();
}
