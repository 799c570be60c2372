import { Action } from "./action.entity";
import { ActionReport } from "./action-report.entity";
import { AgendaItem } from "./agenda-item.entity";
import { AuditAnchor } from "./audit-anchor.entity";
import { AuditEntry } from "./audit-entry.entity";
import { Attendance } from "./attendance.entity";
import { Case } from "./case.entity";
import { Goal } from "./goal.entity";
import { InformationItem } from "./information-item.entity";
import { LegalBasis } from "./legal-basis.entity";
import { Meeting } from "./meeting.entity";
import { Organisation } from "./organisation.entity";
import { Participant } from "./participant.entity";
import { Plan } from "./plan.entity";
import { RelatedPerson } from "./related-person.entity";
import { Signal } from "./signal.entity";
import { Subject } from "./subject.entity";
import { ConsultationTable } from "./table.entity";
import { TableMember } from "./table-member.entity";

export {
  Action, ActionReport, AgendaItem, Attendance, AuditAnchor, AuditEntry, Case, ConsultationTable, Goal, InformationItem, LegalBasis,
  Meeting, Organisation, Participant, Plan, RelatedPerson, Signal, Subject, TableMember,
};

export const entities = [
  Action, ActionReport, AgendaItem, Attendance, AuditAnchor, AuditEntry, Case, ConsultationTable, Goal, InformationItem, LegalBasis,
  Meeting, Organisation, Participant, Plan, RelatedPerson, Signal, Subject, TableMember,
];
