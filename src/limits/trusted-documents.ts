import { createHash } from "node:crypto";
import type { DataSource } from "typeorm";
import { preparedQuery } from "../db/prepared";
import type { Viewer } from "../identity/viewer";
import { DocumentByPostError, DocumentMismatchError, DocumentRequiredError, PersistedQueryVersionError, UnknownDocumentError } from "./errors";

/** The id of a document: the SHA-256 of its exact text, hex (what Apollo's persisted queries send). */
export function documentHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** The parts of a GraphQL-over-HTTP body this reads and rewrites. */
export interface RequestBody {
  query?: unknown;
  documentId?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown; version?: unknown } } & Record<string, unknown>;
}

function hashOf(raw: unknown): string | null {
  if (raw === undefined || raw === null) return null;
  const hash = typeof raw === "string" ? raw.replace(/^sha256:/, "").toLowerCase() : "";
  // A malformed id is as unknown as a well-formed one nobody registered.
  if (!/^[0-9a-f]{64}$/.test(hash)) throw new UnknownDocumentError();
  return hash;
}

/**
 * `documentId` (optionally `sha256:<hash>`) or `extensions.persistedQuery.sha256Hash` (version 1); null when
 * the body names none. Both, naming different documents, are refused: which one was meant is unknown.
 */
export function requestedHash(body: RequestBody): string | null {
  const persisted = body.extensions?.persistedQuery;
  if (persisted !== undefined && persisted !== null && persisted.version !== 1) throw new PersistedQueryVersionError();
  const byId = hashOf(body.documentId);
  const byExtension = hashOf(persisted?.sha256Hash);
  if (byId !== null && byExtension !== null && byId !== byExtension) throw new DocumentMismatchError();
  return byId ?? byExtension;
}

/** A GET's query string naming a document (`documentId=…`, `extensions=…persistedQuery…`). */
export function namesDocument(search: Record<string, unknown> | undefined): boolean {
  return search !== undefined && (search.documentId !== undefined || (typeof search.extensions === "string" && search.extensions.includes("persistedQuery")));
}

const FIND = `SELECT document FROM trusted_document WHERE organisation_id = $1 AND hash = $2 LIMIT 1`;

/**
 * Documents registered per organisation and app (npm run documents:register). A request that names one
 * by hash runs that document's text, and only if it is registered for the caller's organisation; any other
 * organisation's registration is indistinguishable from none. With `trustedOnly`, free-form queries are
 * refused: only what a partner registered for its apps runs (as persisted query lists do).
 */
export class TrustedDocuments {
  /** Texts by organisation and hash: a registration is never changed in place, so a found text stays right. */
  private readonly known = new Map<string, string>();

  constructor(private readonly ds: DataSource, readonly trustedOnly: boolean) {}

  /**
   * Puts the registered text into the body as its `query` (Apollo reads the body after the context is
   * built) and drops the persisted-query extension, which Apollo's own cache would otherwise handle.
   */
  async resolve(body: RequestBody, viewer: Viewer, search?: Record<string, unknown>): Promise<void> {
    if (namesDocument(search)) throw new DocumentByPostError();
    const hash = requestedHash(body);
    if (hash === null) {
      if (this.trustedOnly) throw new DocumentRequiredError();
      return;
    }
    const registered = await this.find(viewer.organisationId, hash);
    // A query sent along must be the registered text itself; any other text is refused, never silently replaced.
    if (body.query !== undefined && body.query !== null && body.query !== registered) throw new DocumentMismatchError();
    body.query = registered;
    delete body.documentId;
    if (body.extensions) delete body.extensions.persistedQuery;
  }

  private async find(organisationId: string, hash: string): Promise<string> {
    const key = `${organisationId}:${hash}`;
    const cached = this.known.get(key);
    if (cached !== undefined) return cached;
    const [row] = await preparedQuery<{ document: string }>(this.ds, FIND, [organisationId, hash]);
    if (!row) throw new UnknownDocumentError();
    this.known.set(key, row.document);
    return row.document;
  }
}
