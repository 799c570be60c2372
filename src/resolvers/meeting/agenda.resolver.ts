import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { AgendaItem, Attendance, Case, Meeting, Organisation } from "../../entities";

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  @FieldResolver(() => Case, { description: "De besproken casus." })
  async case(@Root() item: AgendaItem, @Ctx() ctx: Context): Promise<Case> {
    return (await ctx.loaders.case.load(item.caseId))!;
  }

  @FieldResolver(() => Meeting, { description: "Het casusoverleg (de vergadering) waarop de casus besproken wordt." })
  async meeting(@Root() item: AgendaItem, @Ctx() ctx: Context): Promise<Meeting> {
    return (await ctx.loaders.meeting.load(item.meetingId))!;
  }
}

@Resolver(() => Attendance)
export class AttendanceResolver {
  @FieldResolver(() => Organisation, { description: "De aanwezige (of afgemelde) organisatie." })
  async organisation(@Root() attendance: Attendance, @Ctx() ctx: Context): Promise<Organisation> {
    return (await ctx.loaders.organisation.load(attendance.organisationId))!;
  }
}
