import { ROW_LEVEL } from "../row-level/rows";
import { inheritAll, type TypeAccess } from "./types";

/** Reached only through a care field that canReadCare allowed, or through the safety field. */
export const INFORMATION_ITEM: TypeAccess = {
  type: "InformationItem",
  rows: ROW_LEVEL.InformationItem,
  fields: inheritAll("id", "category", "content", "factDate", "sharedAt", "supplier", "legalBasis"),
};

/** Partners of a case may see on which bases data is shared in it (transparency, not content). */
export const LEGAL_BASIS: TypeAccess = {
  type: "LegalBasis",
  rows: ROW_LEVEL.LegalBasis,
  fields: inheritAll(
    "id", "type", "categories", "organisations", "validFrom", "validUntil", "documentReference", "recordedBy",
    "recordedByUser", "recordedAt", "confirmationRequired", "confirmedAt", "confirmedByUser", "revokedAt", "revocationReason", "isValid",
  ),
};

export const PARTICIPANT: TypeAccess = {
  type: "Participant",
  rows: ROW_LEVEL.Participant,
  fields: inheritAll("id", "role", "professionalName", "joinedAt", "leftAt", "organisation"),
};

export const SIGNAL: TypeAccess = {
  type: "Signal",
  rows: ROW_LEVEL.Signal,
  fields: inheritAll("id", "kind", "description", "level", "status", "raisedAt", "escalatedAt", "resolvedAt", "raisedBy", "action"),
};
