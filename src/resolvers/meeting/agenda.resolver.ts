import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { RELATION_TABLE, readRelation } from "../relations";
import type { Maybe } from "../../loaders/by-column";
import type { Context } from "../../context";
import { AgendaItem, Attendance, Case, Meeting, Organisation } from "../../entities";

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  @FieldResolver(() => Case, { description: "De besproken casus." })
  case(@Root() item: AgendaItem, @Ctx() ctx: Context): Maybe<Case> {
    return readRelation(ctx, RELATION_TABLE.AgendaItem.case, item);
  }

  @FieldResolver(() => Meeting, { description: "Het casusoverleg (de vergadering) waarop de casus besproken wordt." })
  meeting(@Root() item: AgendaItem, @Ctx() ctx: Context): Maybe<Meeting> {
    return readRelation(ctx, RELATION_TABLE.AgendaItem.meeting, item);
  }
}

@Resolver(() => Attendance)
export class AttendanceResolver {
  @FieldResolver(() => Organisation, { description: "De aanwezige (of afgemelde) organisatie." })
  organisation(@Root() attendance: Attendance, @Ctx() ctx: Context): Maybe<Organisation> {
    return readRelation(ctx, RELATION_TABLE.Attendance.organisation, attendance);
  }
}
