import type { EntityManager } from "typeorm";
import { ConsultationTable, Organisation, type Meeting } from "../entities";
import { BadInputError, NotFoundError } from "../errors";

/**
 * Who can attend a meeting: the house that chairs it, the table's member organisations, and partners
 * (such as ad-hoc partners) taking part in a case on its agenda. Anyone else has no business there.
 */
export async function assertAttendee(em: EntityManager, meeting: Meeting, organisationId: string): Promise<void> {
  if (!(await em.existsBy(Organisation, { id: organisationId }))) throw new NotFoundError("Organisation", organisationId);
  const table = await em.findOneByOrFail(ConsultationTable, { id: meeting.tableId });
  if (table.houseId === organisationId) return;
  const [{ expected }] = await em.query(
    `SELECT EXISTS (SELECT 1 FROM table_member m WHERE m.table_id = $1 AND m.organisation_id = $2)
         OR EXISTS (SELECT 1 FROM agenda_item a JOIN participant p ON p.case_id = a.case_id
                     WHERE a.meeting_id = $3 AND p.organisation_id = $2 AND p.left_at IS NULL) AS expected`,
    [table.id, organisationId, meeting.id],
  );
  if (!expected) {
    throw new BadInputError("The organisation neither sits at this table nor takes part in a case on the agenda.", {
      organisationId: ["not a member of the table nor a participant of a case on the agenda"],
    });
  }
}
