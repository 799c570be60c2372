import { OrganisationDomain, ViewerRole } from "../domain/enums";

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
