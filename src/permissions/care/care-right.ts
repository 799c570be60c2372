import { InformationCategory, OrganisationDomain } from "../../domain/enums";
import type { Participant } from "../../entities";
import type { Viewer } from "../../identity/viewer";
import type { Loaders } from "../../loaders/index";
import { CareGround } from "../../domain/audit-enums";

/** What the care decision reads: the viewer, and the request's loaders (participants, legal-basis grants). */
export interface CareReader {
  viewer: Viewer;
  loaders: Loaders;
}

/**
 * Why data of a category of one case is open to the viewer or not: SAFETY_DATA (open to every viewer who
 * reached the object), CARE_PARTNER, the legal basis that opened it, NO_LEGAL_BASIS, or UNCLASSIFIED_TEXT
 * (a text without a category, which only care partners read).
 */
export type CareRight = "SAFETY_DATA" | typeof CareGround.CARE_PARTNER | typeof CareGround.NO_LEGAL_BASIS | typeof CareGround.UNCLASSIFIED_TEXT | { legalBasisId: string };

/** Only a care organisation can take part as a care partner: for anyone else the participants need not be loaded. */
export function isCareOrganisation(viewer: Viewer): boolean {
  return viewer.domain === OrganisationDomain.CARE;
}

/** Whether the viewer is a care organisation among the case's active participants. */
export function isActiveCarePartner(viewer: Viewer, participants: readonly Participant[] | Error): boolean {
  if (!isCareOrganisation(viewer) || participants instanceof Error) return false;
  return participants.some((p) => p.organisationId === viewer.organisationId && !p.leftAt);
}

/** A care organisation that actively takes part in the case reads its care data without a further basis. */
export async function takesPartAsCarePartner({ viewer, loaders }: CareReader, caseId: string): Promise<boolean> {
  if (!isCareOrganisation(viewer)) return false;
  return isActiveCarePartner(viewer, await loaders.participantsByCase.load(caseId));
}

/**
 * THE care decision, for information items, free texts, writes and the look-ahead alike (one copy):
 * SAFETY is open to whoever reached the object; a care category to an active care partner of the case,
 * or under a valid, unrevoked legal basis of this case that names the viewer's organisation and the
 * category; null (unclassified text) only to active care partners, since nobody has said what it holds.
 * It decides on the category alone, never on the data, so a denial looks the same with and without data.
 */
export async function careRight(reader: CareReader, caseId: string, category: InformationCategory | null): Promise<CareRight> {
  if (category === InformationCategory.SAFETY) return "SAFETY_DATA";
  if (await takesPartAsCarePartner(reader, caseId)) return CareGround.CARE_PARTNER;
  if (category === null) return CareGround.UNCLASSIFIED_TEXT;
  const legalBasisId = (await reader.loaders.careGrants.load(caseId)).get(category);
  return legalBasisId ? { legalBasisId } : CareGround.NO_LEGAL_BASIS;
}

/** Whether the right opens the data. */
export function opens(right: CareRight): boolean {
  return typeof right === "object" || right === "SAFETY_DATA" || right === CareGround.CARE_PARTNER;
}
