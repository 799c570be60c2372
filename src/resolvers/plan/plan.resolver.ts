import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { RELATION_TABLE, readRelation } from "../relations";
import type { Maybe } from "../../loaders/by-column";
import type { Context } from "../../context";
import { Action, Goal, Organisation, Plan } from "../../entities";
import { approvePlan } from "../../cases/plan-approval.service";
import { addAction, addGoal, proposePlan, revisePlan } from "../../cases/plan-drafting.service";
import { AddActionInput, AddGoalInput, ApprovePlanInput, ProposePlanInput, RevisePlanInput } from "./plan.inputs";

@Resolver(() => Plan)
export class PlanResolver {
  @Mutation(() => Plan, { description: "Plan van aanpak voorstellen: de eerste versie, als concept. Daarna herzien met revisePlan." })
  proposePlan(@Arg("input", () => ProposePlanInput) input: ProposePlanInput, @Ctx() ctx: Context): Promise<Plan> {
    return proposePlan(ctx, input);
  }

  @Mutation(() => Plan, { description: "Plan van aanpak herzien: een nieuwe conceptversie met de doelstellingen en acties van het geldende plan." })
  revisePlan(@Arg("input", () => RevisePlanInput) input: RevisePlanInput, @Ctx() ctx: Context): Promise<Plan> {
    return revisePlan(ctx, input);
  }

  @Mutation(() => Goal, { description: "Doelstelling toevoegen aan een concept-plan." })
  addGoal(@Arg("input", () => AddGoalInput) input: AddGoalInput, @Ctx() ctx: Context): Promise<Goal> {
    return addGoal(ctx, input);
  }

  @Mutation(() => Action, { description: "Actie (afspraak) toevoegen aan een concept-plan." })
  addAction(@Arg("input", () => AddActionInput) input: AddActionInput, @Ctx() ctx: Context): Promise<Action> {
    return addAction(ctx, input);
  }

  @Mutation(() => Plan, { description: "Goedkeuring van het concept-plan door de partners vastleggen; de vorige versie wordt vervangen." })
  approvePlan(@Arg("input", () => ApprovePlanInput) input: ApprovePlanInput, @Ctx() ctx: Context): Promise<Plan> {
    return approvePlan(ctx, input);
  }

  @FieldResolver(() => [Goal], { description: "Doelstellingen, prioritaire eerst." })
  goals(@Root() plan: Plan, @Ctx() ctx: Context): Maybe<Goal[]> {
    return readRelation(ctx, RELATION_TABLE.Plan.goals, plan);
  }

  @FieldResolver(() => [Action], { description: "Acties (afspraken), op uiterste datum." })
  actions(@Root() plan: Plan, @Ctx() ctx: Context): Maybe<Action[]> {
    return readRelation(ctx, RELATION_TABLE.Plan.actions, plan);
  }

  @FieldResolver(() => Organisation, { description: "De organisatie die deze versie voorstelde." })
  proposedBy(@Root() plan: Plan, @Ctx() ctx: Context): Maybe<Organisation> {
    return readRelation(ctx, RELATION_TABLE.Plan.proposedBy, plan);
  }
}
