import type { EntityManager } from "typeorm";
import type { Context } from "../context";
import { MeetingStatus } from "../domain/enums";
import { AgendaItem, Attendance, ConsultationTable, Meeting } from "../entities";
import { BadInputError, ConflictError, IllegalTransitionError, NotFoundError } from "../errors";
import { forgetMeeting, rememberRow } from "../loaders/forget";
import { visible } from "../permissions/visible/reader";
import type {
  HoldMeetingCommand, PutOnAgendaCommand, RecordAttendanceCommand, RecordMinutesCommand, ScheduleMeetingCommand,
} from "./commands";
import { assertAttendee } from "./meeting-attendees";
import { inTransaction } from "./transaction";
import { caseStep } from "./case-step";
import { assertMayWriteCategories } from "../permissions/care/care-writes";

/** Serialises steps on one meeting (agenda, attendance, minutes) against holding it. */
async function lockMeeting(em: EntityManager, meetingId: string): Promise<Meeting> {
  const found = await em.getRepository(Meeting).findOne({ where: { id: meetingId }, lock: { mode: "pessimistic_write" } });
  if (!found) throw new NotFoundError("Meeting", meetingId);
  return found;
}

/** Once held, the report is shared with the partners: what they received must not change afterwards. */
function assertPlanned(meeting: Meeting): void {
  if (meeting.status !== MeetingStatus.PLANNED) {
    throw new IllegalTransitionError("MEETING_ALREADY_HELD", `Meeting ${meeting.id} was held and its report shared; it can no longer change.`);
  }
}

/** A sitting starts empty and PLANNED: agenda, attendance and minutes are added until it is held. */
export function scheduleMeeting(ctx: Context, input: ScheduleMeetingCommand): Promise<Meeting> {
  return inTransaction(ctx, (em) =>
    em.save(em.create(Meeting, { tableId: input.tableId, scheduledAt: input.scheduledAt, status: MeetingStatus.PLANNED, reportSharedAt: null })),
  );
}

/**
 * A case is put on a meeting of its own table. A meeting of another house is as unknown as a missing
 * one; a meeting of another table of the same house is a mistake in the input.
 */
export async function putOnAgenda(ctx: Context, input: PutOnAgendaCommand): Promise<AgendaItem> {
  const item = await caseStep(ctx, input.caseId, "PUT_ON_AGENDA", async (em, found) => {
    const meeting = await lockMeeting(em, input.meetingId);
    if (meeting.tableId !== found.tableId) {
      const [own, other] = await Promise.all([found.tableId, meeting.tableId].map((id) => em.findOneByOrFail(ConsultationTable, { id })));
      if (own.houseId !== other.houseId) throw new NotFoundError("Meeting", input.meetingId);
      throw new BadInputError("The meeting is not a meeting of the case's table.", { meetingId: ["not a meeting of the case's table"] });
    }
    assertPlanned(meeting);
    if (await em.existsBy(AgendaItem, { meetingId: meeting.id, caseId: found.id })) {
      throw new ConflictError("ALREADY_ON_AGENDA", "The case is already on the agenda of this meeting.");
    }
    return em.save(em.create(AgendaItem, { meetingId: meeting.id, caseId: found.id, kind: input.kind, minutes: null }));
  });
  forgetMeeting(ctx.loaders, item.meetingId);
  return item;
}

/** Attendance is kept per organisation: recording it again corrects the earlier record. */
export async function recordAttendance(ctx: Context, input: RecordAttendanceCommand): Promise<Attendance> {
  const attendance = await inTransaction(ctx, async (em) => {
    const meeting = await lockMeeting(em, input.meetingId);
    assertPlanned(meeting);
    await assertAttendee(em, meeting, input.organisationId);
    return em.save(em.create(Attendance, {
      meetingId: meeting.id, organisationId: input.organisationId, present: input.present, professionalName: input.professionalName ?? null,
    }));
  });
  forgetMeeting(ctx.loaders, input.meetingId);
  return attendance;
}

/** Minutes belong to the report, so they are written before the meeting is held and the report shared. */
export async function recordMinutes(ctx: Context, input: RecordMinutesCommand): Promise<AgendaItem> {
  const known = await visible(ctx).one("AgendaItem", input.agendaItemId);
  const item = await caseStep(ctx, known.caseId, "RECORD_MINUTES", async (em) => {
    assertPlanned(await lockMeeting(em, known.meetingId));
    await assertMayWriteCategories(ctx, known.caseId, [input.minutesCategory]);
    const current = await em.findOneByOrFail(AgendaItem, { id: known.id });
    current.minutes = input.minutes;
    current.minutesCategory = input.minutesCategory;
    return em.save(current);
  });
  forgetMeeting(ctx.loaders, item.meetingId);
  return item;
}

/** Holding the meeting shares its report with the partners; from then on agenda, attendance and minutes are fixed. */
export async function holdMeeting(ctx: Context, input: HoldMeetingCommand): Promise<Meeting> {
  const meeting = await inTransaction(ctx, async (em) => {
    const found = await lockMeeting(em, input.meetingId);
    assertPlanned(found);
    found.status = MeetingStatus.HELD;
    found.reportSharedAt = ctx.now;
    return em.save(found);
  });
  forgetMeeting(ctx.loaders, meeting.id);
  rememberRow(ctx.loaders, "meeting", meeting);
  return meeting;
}
