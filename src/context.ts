import type { DataSource } from "typeorm";
import { UnauthenticatedError } from "./errors";
import type { TokenVerifier } from "./identity/token-verifier";
import { assertSeparateDuties, parseRoles, type Viewer } from "./identity/viewer";
import { createLoaders, type Loaders } from "./loaders";
import type { OrganisationDirectory } from "./identity/organisation-directory";
import { AuditTrail } from "./audit/trail";

export interface Context {
  requestId: string;
  viewer: Viewer;
  ds: DataSource;
  loaders: Loaders;
  /** The request's clock: one instant for every decision in the request (validity of legal bases, deadlines). */
  now: Date;
  /** The request's access-log collector: what it records is written within this request (audit/). */
  audit: AuditTrail;
}

export interface ContextDeps {
  ds: DataSource;
  verifier: TokenVerifier;
  organisations: OrganisationDirectory;
  clock?: () => Date;
}

/** The token of an `Authorization: Bearer <token>` header; null for any other header or none. */
export function bearerToken(header: string | undefined): string | null {
  return /^Bearer\s+(\S+)$/i.exec(header ?? "")?.[1] ?? null;
}

function bearer(header: string | undefined): string {
  if (!header) throw new UnauthenticatedError("Sign in: send 'Authorization: Bearer <token>' from your organisation's identity provider.");
  const token = bearerToken(header);
  if (!token) throw new UnauthenticatedError("The Authorization header must be 'Bearer <token>'.");
  return token;
}

/** Builds the request context: a verified viewer (or a 401), fresh loaders, one clock reading, the request's id (http/request-id.ts). */
export async function createContext(deps: ContextDeps, authorization: string | undefined, requestId: string): Promise<Context> {
  const token = await deps.verifier.verify(bearer(authorization));
  const roles = parseRoles(token.roles);
  assertSeparateDuties(roles);
  const organisation = await deps.organisations.byCode(token.organisationCode);
  if (!organisation) throw new UnauthenticatedError(`Organisation ${token.organisationCode} is not a partner of this house.`);
  const viewer: Viewer = {
    userId: token.subject,
    issuer: token.issuer,
    name: token.name,
    onBehalfOf: token.onBehalfOf,
    organisationId: organisation.id,
    organisationCode: organisation.code,
    domain: organisation.domain,
    roles,
  };
  const now = deps.clock?.() ?? new Date();
  return { requestId, viewer, ds: deps.ds, loaders: createLoaders(deps.ds, viewer, now), now, audit: AuditTrail.forViewer(viewer, requestId, now) };
}
