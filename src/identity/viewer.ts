import { OrganisationDomain, ViewerRole } from "../domain/enums";
import { UnauthenticatedError } from "../errors";

/** The signed-in person, as established from a verified token and the trust registry. */
export interface Viewer {
  userId: string;
  issuer: string;
  name: string | null;
  onBehalfOf: string | null;
  organisationId: string;
  organisationCode: string;
  domain: OrganisationDomain;
  roles: ReadonlySet<ViewerRole>;
}

const KNOWN_ROLES = new Set<string>(Object.values(ViewerRole));

export function parseRoles(claimed: string[]): Set<ViewerRole> {
  return new Set(claimed.filter((role) => KNOWN_ROLES.has(role)) as ViewerRole[]);
}

/** The roles that work on cases; a privacy officer holds none of them in the same token. */
const CASE_ROLES: readonly ViewerRole[] = [ViewerRole.PROCESS_DIRECTOR, ViewerRole.CASE_DIRECTOR, ViewerRole.CHAIN_PARTNER, ViewerRole.TRIAGE_MEMBER];

/**
 * Separation of duties: privacy officers review the case work and its log; they do not work cases. A
 * token that combines the two would read case content and the whole log of the house under one name, so
 * it is refused at sign-in (HTTP 401, and the security log says why) instead of being trimmed silently.
 */
export function assertSeparateDuties(roles: ReadonlySet<ViewerRole>): void {
  const caseRoles = CASE_ROLES.filter((role) => roles.has(role));
  if (roles.has(ViewerRole.PRIVACY_OFFICER) && caseRoles.length) {
    throw new UnauthenticatedError(
      `A token may not combine PRIVACY_OFFICER with a case role (${caseRoles.join(", ")}): privacy officers review, they do not work cases. ` +
        "Sign in separately, with one token per role.",
    );
  }
}
