import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { LegalBasis } from "../../entities";
import { recordLegalBasis, revokeLegalBasis } from "../../cases/legal-basis.service";
import { RecordLegalBasisInput, RevokeLegalBasisInput } from "./legal-basis.inputs";

@Resolver()
export class LegalBasisLifecycleResolver {
  @Mutation(() => LegalBasis, { description: "Leg een grondslag vast (protocol 458ter Sw, toestemming, convenant …) voor categorieën en deelnemers van deze casus." })
  recordLegalBasis(@Arg("input", () => RecordLegalBasisInput) input: RecordLegalBasisInput, @Ctx() ctx: Context): Promise<LegalBasis> {
    return recordLegalBasis(ctx, input);
  }

  @Mutation(() => LegalBasis, { description: "Trek een grondslag in; vanaf dat moment opent zij geen zorginformatie meer." })
  revokeLegalBasis(@Arg("input", () => RevokeLegalBasisInput) input: RevokeLegalBasisInput, @Ctx() ctx: Context): Promise<LegalBasis> {
    return revokeLegalBasis(ctx, input);
  }
}
