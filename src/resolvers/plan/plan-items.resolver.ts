import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { thenMaybe, type Maybe } from "../../loaders/by-column";
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
    return thenMaybe(ctx.loaders.actionsByPlan.get(goal.planId), (actions) => actions.filter((action) => action.goalId === goal.id));
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
    return ctx.loaders.organisation.get(action.executorId) as Maybe<Organisation>;
  }

  @FieldResolver(() => Goal, { nullable: true, description: "De doelstelling waar de actie aan bijdraagt." })
  goal(@Root() action: Action, @Ctx() ctx: Context): Maybe<Goal | null> {
    return action.goalId ? ctx.loaders.goal.get(action.goalId) : null;
  }

  @FieldResolver(() => [ActionReport], { description: "Terugkoppelingen, oudste eerst." })
  reports(@Root() action: Action, @Ctx() ctx: Context): Maybe<ActionReport[]> {
    return ctx.loaders.reportsByAction.get(action.id);
  }
}

@Resolver(() => ActionReport)
export class ActionReportResolver {
  @FieldResolver(() => Organisation, { description: "De organisatie die terugkoppelde." })
  reportedBy(@Root() report: ActionReport, @Ctx() ctx: Context): Maybe<Organisation> {
    return ctx.loaders.organisation.get(report.reportedById) as Maybe<Organisation>;
  }
}
