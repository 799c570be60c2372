import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { RELATION_TABLE, readRelation } from "../relations";
import type { Maybe } from "../../loaders/by-column";
import type { Context } from "../../context";
import { Action, ActionReport, Goal, Organisation } from "../../entities";
import { reportOnAction, setGoalStatus } from "../../cases/plan-execution.service";
import { ReportOnActionInput, SetGoalStatusInput } from "./execution.inputs";

@Resolver(() => Goal)
export class GoalResolver {
  @Mutation(() => Goal, { description: "Status van een doelstelling van het geldende plan vastleggen (behaald, niet behaald)." })
  setGoalStatus(@Arg("input", () => SetGoalStatusInput) input: SetGoalStatusInput, @Ctx() ctx: Context): Promise<Goal> {
    return setGoalStatus(ctx, input);
  }

  @FieldResolver(() => [Action], { description: "Acties die aan deze doelstelling bijdragen." })
  actions(@Root() goal: Goal, @Ctx() ctx: Context): Maybe<Action[]> {
    return readRelation(ctx, RELATION_TABLE.Goal.actions, goal);
  }
}

@Resolver(() => Action)
export class ActionResolver {
  @Mutation(() => ActionReport, { description: "Terugkoppeling van de uitvoerder over een actie van het geldende plan." })
  reportOnAction(@Arg("input", () => ReportOnActionInput) input: ReportOnActionInput, @Ctx() ctx: Context): Promise<ActionReport> {
    return reportOnAction(ctx, input);
  }

  @FieldResolver(() => Organisation, { description: "De uitvoerende organisatie (uitvoerder)." })
  executor(@Root() action: Action, @Ctx() ctx: Context): Maybe<Organisation> {
    return readRelation(ctx, RELATION_TABLE.Action.executor, action);
  }

  @FieldResolver(() => Goal, { nullable: true, description: "De doelstelling waar de actie aan bijdraagt." })
  goal(@Root() action: Action, @Ctx() ctx: Context): Maybe<Goal | null> {
    return readRelation(ctx, RELATION_TABLE.Action.goal, action);
  }

  @FieldResolver(() => [ActionReport], { description: "Terugkoppelingen, oudste eerst." })
  reports(@Root() action: Action, @Ctx() ctx: Context): Maybe<ActionReport[]> {
    return readRelation(ctx, RELATION_TABLE.Action.reports, action);
  }
}

@Resolver(() => ActionReport)
export class ActionReportResolver {
  @FieldResolver(() => Organisation, { description: "De organisatie die terugkoppelde." })
  reportedBy(@Root() report: ActionReport, @Ctx() ctx: Context): Maybe<Organisation> {
    return readRelation(ctx, RELATION_TABLE.ActionReport.reportedBy, report);
  }
}
