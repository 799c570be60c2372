import { inheritAll, type TypeAccess } from "./types";

/** The signed-in user: only ever their own. */
export const ME: TypeAccess = {
  type: "Me",
  rows: { through: "Query.me" },
  fields: inheritAll("userId", "issuer", "name", "onBehalfOf", "organisation", "roles"),
};

/** The partner directory and the tables are not personal data: partners need them to register and invite. */
export const ORGANISATION: TypeAccess = {
  type: "Organisation",
  rows: "directory",
  fields: inheritAll("id", "code", "name", "domain", "country"),
};

export const TABLE: TypeAccess = {
  type: "Table",
  rows: "directory",
  fields: inheritAll("id", "name", "kind", "hasCriminalLawComponent", "house", "members"),
};
