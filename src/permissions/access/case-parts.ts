import { ROW_LEVEL } from "../row-level/rows";
import { inheritAll, type TypeAccess } from "./types";
import { guardedTexts } from "./guarded";

/**
 * Reached only through a care field that canReadCare allowed, or through the safety field; content (and
 * category) are checked again against the item's own category, so no other path can show care content.
 */
export const INFORMATION_ITEM: TypeAccess = {
  type: "InformationItem",
  rows: ROW_LEVEL.InformationItem,
  fields: { ...inheritAll("id", "factDate", "sharedAt", "supplier", "legalBasis"), ...guardedTexts("InformationItem").fields },
  needs: guardedTexts("InformationItem").needs,
};

/**
 * Which bases reach a viewer is their row filter (row-level/legal-basis-visibility.ts): those that name the
 * viewer's organisation, all of them for the house's process director. Of those, the document reference and
 * the reason of revocation are free texts guarded by their category.
 */
export const LEGAL_BASIS: TypeAccess = {
  type: "LegalBasis",
  rows: ROW_LEVEL.LegalBasis,
  fields: {
    ...inheritAll(
      "id", "type", "categories", "organisations", "validFrom", "validUntil", "recordedBy", "recordedByUser", "recordedAt",
      "confirmationRequired", "confirmedAt", "confirmedByUser", "revokedAt", "isValid",
    ),
    ...guardedTexts("LegalBasis").fields,
  },
  needs: guardedTexts("LegalBasis").needs,
};

export const PARTICIPANT: TypeAccess = {
  type: "Participant",
  rows: ROW_LEVEL.Participant,
  fields: inheritAll("id", "role", "professionalName", "joinedAt", "leftAt", "organisation"),
};

export const SIGNAL: TypeAccess = {
  type: "Signal",
  rows: ROW_LEVEL.Signal,
  fields: {
    ...inheritAll("id", "kind", "level", "status", "raisedAt", "escalatedAt", "resolvedAt", "raisedBy", "action"),
    ...guardedTexts("Signal").fields,
  },
  needs: guardedTexts("Signal").needs,
};
