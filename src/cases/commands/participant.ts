import type { ParticipantRole } from "../../domain/enums";

export interface AddParticipantCommand {
  readonly caseId: string;
  readonly organisationId: string;
  readonly role: ParticipantRole;
  readonly professionalName?: string | null;
}

export interface LeaveCaseCommand {
  readonly caseId: string;
  readonly organisationId: string;
}

export interface AssignCaseDirectorCommand {
  readonly caseId: string;
  readonly organisationId: string;
  readonly professionalName: string;
}

export interface HandOverCaseDirectorCommand {
  readonly caseId: string;
  readonly toOrganisationId: string;
  readonly professionalName: string;
}
