import type { InformationCategory, LegalBasisType } from "../../domain/enums";

/** Which participating organisations may see which categories of this case, on what document. */
export interface RecordLegalBasisCommand {
  readonly caseId: string;
  readonly type: LegalBasisType;
  readonly categories: readonly InformationCategory[];
  readonly organisationIds: readonly string[];
  readonly validFrom: Date;
  readonly validUntil?: Date | null;
  readonly documentReference: string;
  readonly documentReferenceCategory: InformationCategory;
}

export interface RevokeLegalBasisCommand {
  readonly legalBasisId: string;
  readonly reason: string;
  readonly reasonCategory: InformationCategory;
}

/** The second pair of eyes on a basis that opens care data to its recorder's own organisation. */
export interface ConfirmLegalBasisCommand {
  readonly legalBasisId: string;
}
