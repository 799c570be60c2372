import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { Case } from "../../entities";
import { closeCase, moveToPassiveDirection, recordTreatmentImpossible, scaleDownCase } from "../../cases/case-direction.service";
import { CloseCaseInput, MoveToPassiveDirectionInput, RecordTreatmentImpossibleInput, ScaleDownCaseInput } from "./direction.inputs";

/** The follow-up of the plan: passive direction, closing, scaling down (casusregie na het plan). */
@Resolver(() => Case)
export class CaseDirectionResolver {
  @Mutation(() => Case, { description: "Naar passieve casusregie: op zijn vroegst 6 maanden na het plan, als de prioritaire doelen behaald zijn." })
  moveToPassiveDirection(@Arg("input", () => MoveToPassiveDirectionInput) input: MoveToPassiveDirectionInput, @Ctx() ctx: Context): Promise<Case> {
    return moveToPassiveDirection(ctx, input);
  }

  @Mutation(() => Case, { description: "Casus afsluiten na 6 maanden passieve casusregie, als de drie uitspraken gelden." })
  closeCase(@Arg("input", () => CloseCaseInput) input: CloseCaseInput, @Ctx() ctx: Context): Promise<Case> {
    return closeCase(ctx, input);
  }

  @Mutation(() => Case, { description: "Casus afsluiten omdat verdere behandeling onmogelijk is gebleken (alleen na een goedgekeurd plan)." })
  recordTreatmentImpossible(@Arg("input", () => RecordTreatmentImpossibleInput) input: RecordTreatmentImpossibleInput, @Ctx() ctx: Context): Promise<Case> {
    return recordTreatmentImpossible(ctx, input);
  }

  @Mutation(() => Case, { description: "Casus afschalen naar het lokale veld." })
  scaleDownCase(@Arg("input", () => ScaleDownCaseInput) input: ScaleDownCaseInput, @Ctx() ctx: Context): Promise<Case> {
    return scaleDownCase(ctx, input);
  }
}
