import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { Action, ActionReport, Goal, Organisation } from "../../entities";
import { reportOnAction, setGoalStatus } from "../../services/plan-execution.service";
import { ReportOnActionInput, SetGoalStatusInput } from "./execution.inputs";

@Resolver(() => Goal)
export class GoalResolver {
  @Mutation(() => Goal, { description: "Status van een doelstelling van het geldende plan vastleggen (behaald, niet behaald)." })
  setGoalStatus(@Arg("input", () => SetGoalStatusInput) input: SetGoalStatusInput, @Ctx() ctx: Context): Promise<Goal> {
    return setGoalStatus(ctx, input);
  }

  @FieldResolver(() => [Action], { description: "Acties die aan deze doelstelling bijdragen." })
  async actions(@Root() goal: Goal, @Ctx() ctx: Context): Promise<Action[]> {
    return (await ctx.loaders.actionsByPlan.load(goal.planId)).filter((action) => action.goalId === goal.id);
  }
}

@Resolver(() => Action)
export class ActionResolver {
  @Mutation(() => ActionReport, { description: "Terugkoppeling van de uitvoerder over een actie van het geldende plan." })
  reportOnAction(@Arg("input", () => ReportOnActionInput) input: ReportOnActionInput, @Ctx() ctx: Context): Promise<ActionReport> {
    return reportOnAction(ctx, input);
  }

  @FieldResolver(() => Organisation, { description: "De uitvoerende organisatie (uitvoerder)." })
  async executor(@Root() action: Action, @Ctx() ctx: Context): Promise<Organisation> {
    return (await ctx.loaders.organisation.load(action.executorId))!;
  }

  @FieldResolver(() => Goal, { nullable: true, description: "De doelstelling waar de actie aan bijdraagt." })
  goal(@Root() action: Action, @Ctx() ctx: Context): Promise<Goal | null> | null {
    return action.goalId ? ctx.loaders.goal.load(action.goalId) : null;
  }

  @FieldResolver(() => [ActionReport], { description: "Terugkoppelingen, oudste eerst." })
  reports(@Root() action: Action, @Ctx() ctx: Context): Promise<ActionReport[]> {
    return ctx.loaders.reportsByAction.load(action.id);
  }
}

@Resolver(() => ActionReport)
export class ActionReportResolver {
  @FieldResolver(() => Organisation, { description: "De organisatie die terugkoppelde." })
  async reportedBy(@Root() report: ActionReport, @Ctx() ctx: Context): Promise<Organisation> {
    return (await ctx.loaders.organisation.load(report.reportedById))!;
  }
}
