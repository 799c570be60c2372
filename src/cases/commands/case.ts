import type { InformationCategory, RelationKind, Track, TriageDecision } from "../../domain/enums";

/*
 * Commands on the case itself: registration, triage, the track, and the direction until closure.
 * Optional fields admit null because a GraphQL client may send an explicit null for them.
 */

export interface SubjectData {
  readonly fullName: string;
  readonly dateOfBirth?: string | null;
  readonly municipality?: string | null;
}

export interface RelatedPersonData {
  readonly fullName: string;
  readonly relation: RelationKind;
}

/** Aanmelding at a table, with what the registrant already tried and whether the subject knows. */
export interface RegisterCaseCommand {
  readonly tableId: string;
  readonly subject: SubjectData;
  readonly relatedPersons: readonly RelatedPersonData[];
  readonly triedWithinOwnOrganisation: string;
  readonly triedWithinOwnOrganisationCategory: InformationCategory;
  readonly subjectInformed: boolean;
  readonly subjectNotInformedReason?: string | null;
  readonly subjectNotInformedReasonCategory?: InformationCategory | null;
  readonly professionalName?: string | null;
}

export interface TriageCaseCommand {
  readonly caseId: string;
  readonly decision: TriageDecision;
  readonly reason?: string | null;
  readonly reasonCategory?: InformationCategory | null;
}

export interface DecideTrackCommand {
  readonly caseId: string;
  readonly track: Track;
}

export interface MoveToPassiveDirectionCommand {
  readonly caseId: string;
}

/** Closure on the table's three findings. */
export interface CloseCaseCommand {
  readonly caseId: string;
  readonly qualityOfLifeImproved: boolean;
  readonly safetyInPlace: boolean;
  readonly regularCareCanCarryOn: boolean;
  readonly note?: string | null;
  readonly noteCategory?: InformationCategory | null;
}

export interface RecordTreatmentImpossibleCommand {
  readonly caseId: string;
  readonly note: string;
  readonly noteCategory: InformationCategory;
}

export interface ScaleDownCaseCommand {
  readonly caseId: string;
  readonly reason: string;
  readonly reasonCategory: InformationCategory;
}
