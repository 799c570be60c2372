import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { Case } from "../../entities";
import { decideTrack, triageCase } from "../../cases/triage.service";
import { DecideTrackInput, TriageCaseInput } from "./triage.inputs";

@Resolver()
export class TriageResolver {
  @Mutation(() => Case, { description: "Screening (triage): neem een aangemelde casus aan voor dossiervorming, of wijs haar af met reden." })
  triageCase(@Arg("input", () => TriageCaseInput) input: TriageCaseInput, @Ctx() ctx: Context): Promise<Case> {
    return triageCase(ctx, input);
  }

  @Mutation(() => Case, { description: "Besluit over het spoor (1, 2 of 3) na de eerste bespreking; spoor 3 start de actieve casusregie." })
  decideTrack(@Arg("input", () => DecideTrackInput) input: DecideTrackInput, @Ctx() ctx: Context): Promise<Case> {
    return decideTrack(ctx, input);
  }
}
