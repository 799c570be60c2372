import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { RELATION_TABLE, readRelation } from "../relations";
import type { Maybe } from "../../loaders/by-column";
import type { Context } from "../../context";
import { AgendaItem, Attendance, ConsultationTable, Meeting } from "../../entities";
import { getMeeting, listMeetings } from "../../permissions/visible/meetings";
import { holdMeeting, putOnAgenda, recordAttendance, recordMinutes, scheduleMeeting } from "../../cases/meeting.service";
import { HoldMeetingInput, PutOnAgendaInput, RecordAttendanceInput, RecordMinutesInput, ScheduleMeetingInput } from "./meeting.inputs";

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => Meeting, { description: "Eén casusoverleg (vergadering). NOT_FOUND als uw organisatie niet aan de tafel zit en uw huis haar niet voert." })
  meeting(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Meeting> {
    return getMeeting(ctx, id);
  }

  @Query(() => [Meeting], { description: "Casusoverleggen van een tafel, laatste eerst; leeg als u de tafel niet kunt zien." })
  meetings(@Arg("tableId", () => ID) tableId: string, @Ctx() ctx: Context): Promise<Meeting[]> {
    return listMeetings(ctx, tableId);
  }

  @Mutation(() => Meeting, { description: "Plan een casusoverleg (vergadering) van een tafel." })
  scheduleMeeting(@Arg("input", () => ScheduleMeetingInput) input: ScheduleMeetingInput, @Ctx() ctx: Context): Promise<Meeting> {
    return scheduleMeeting(ctx, input);
  }

  @Mutation(() => AgendaItem, { description: "Agendering: zet een casus op de agenda van een gepland casusoverleg van haar tafel." })
  putOnAgenda(@Arg("input", () => PutOnAgendaInput) input: PutOnAgendaInput, @Ctx() ctx: Context): Promise<AgendaItem> {
    return putOnAgenda(ctx, input);
  }

  @Mutation(() => Attendance, { description: "Leg de aanwezigheid (of afmelding) van een organisatie vast; opnieuw vastleggen corrigeert." })
  recordAttendance(@Arg("input", () => RecordAttendanceInput) input: RecordAttendanceInput, @Ctx() ctx: Context): Promise<Attendance> {
    return recordAttendance(ctx, input);
  }

  @Mutation(() => AgendaItem, { description: "Verslaglegging: leg het verslag van de bespreking van één casus vast, vóór het verslag wordt gedeeld." })
  recordMinutes(@Arg("input", () => RecordMinutesInput) input: RecordMinutesInput, @Ctx() ctx: Context): Promise<AgendaItem> {
    return recordMinutes(ctx, input);
  }

  @Mutation(() => Meeting, { description: "Sluit het casusoverleg af en deel het verslag; daarna liggen agenda, aanwezigheid en verslag vast." })
  holdMeeting(@Arg("input", () => HoldMeetingInput) input: HoldMeetingInput, @Ctx() ctx: Context): Promise<Meeting> {
    return holdMeeting(ctx, input);
  }

  @FieldResolver(() => ConsultationTable, { description: "De tafel (het overleg) van deze vergadering." })
  table(@Root() meeting: Meeting, @Ctx() ctx: Context): Maybe<ConsultationTable> {
    return readRelation(ctx, RELATION_TABLE.Meeting.table, meeting);
  }

  @FieldResolver(() => [AgendaItem], { description: "Agenda: alleen de casussen die u mag zien." })
  agenda(@Root() meeting: Meeting, @Ctx() ctx: Context): Maybe<AgendaItem[]> {
    return readRelation(ctx, RELATION_TABLE.Meeting.agenda, meeting);
  }

  @FieldResolver(() => [Attendance], { description: "Aanwezigheid per organisatie." })
  attendance(@Root() meeting: Meeting, @Ctx() ctx: Context): Maybe<Attendance[]> {
    return readRelation(ctx, RELATION_TABLE.Meeting.attendance, meeting);
  }
}
