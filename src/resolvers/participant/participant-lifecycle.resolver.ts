import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { Case, Participant } from "../../entities";
import { assignCaseDirector, handOverCaseDirector } from "../../cases/case-director.service";
import { addParticipant, leaveCase } from "../../cases/participant.service";
import { AddParticipantInput, AssignCaseDirectorInput, HandOverCaseDirectorInput, LeaveCaseInput } from "./participant.inputs";

@Resolver()
export class ParticipantLifecycleResolver {
  @Mutation(() => Participant, { description: "Voeg een deelnemer (ketenpartner of ad-hoc partner) toe aan een lopende casus." })
  addParticipant(@Arg("input", () => AddParticipantInput) input: AddParticipantInput, @Ctx() ctx: Context): Promise<Participant> {
    return addParticipant(ctx, input);
  }

  @Mutation(() => Participant, { description: "Een deelnemer verlaat de casus (leftAt wordt gezet; de geschiedenis blijft). De casusregisseur draagt eerst over." })
  leaveCase(@Arg("input", () => LeaveCaseInput) input: LeaveCaseInput, @Ctx() ctx: Context): Promise<Participant> {
    return leaveCase(ctx, input);
  }

  @Mutation(() => Case, { description: "Wijs de casusregisseur aan, als de casus er nog geen heeft." })
  assignCaseDirector(@Arg("input", () => AssignCaseDirectorInput) input: AssignCaseDirectorInput, @Ctx() ctx: Context): Promise<Case> {
    return assignCaseDirector(ctx, input);
  }

  @Mutation(() => Case, { description: "Draag de casusregie over aan een andere deelnemer; de vorige casusregisseur blijft ketenpartner." })
  handOverCaseDirector(@Arg("input", () => HandOverCaseDirectorInput) input: HandOverCaseDirectorInput, @Ctx() ctx: Context): Promise<Case> {
    return handOverCaseDirector(ctx, input);
  }
}
