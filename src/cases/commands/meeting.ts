import type { AgendaItemKind, InformationCategory } from "../../domain/enums";

export interface ScheduleMeetingCommand {
  readonly tableId: string;
  readonly scheduledAt: Date;
}

export interface PutOnAgendaCommand {
  readonly meetingId: string;
  readonly caseId: string;
  readonly kind: AgendaItemKind;
}

export interface RecordAttendanceCommand {
  readonly meetingId: string;
  readonly organisationId: string;
  readonly present: boolean;
  readonly professionalName?: string | null;
}

export interface RecordMinutesCommand {
  readonly agendaItemId: string;
  readonly minutes: string;
  readonly minutesCategory: InformationCategory;
}

export interface HoldMeetingCommand {
  readonly meetingId: string;
}
