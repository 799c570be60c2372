import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { LegalBasis } from "../../entities";
import { confirmLegalBasis, recordLegalBasis, revokeLegalBasis } from "../../cases/legal-basis.service";
import { ConfirmLegalBasisInput, RecordLegalBasisInput, RevokeLegalBasisInput } from "./legal-basis.inputs";

@Resolver()
export class LegalBasisLifecycleResolver {
  @Mutation(() => LegalBasis, { description: "Leg een grondslag vast (protocol 458ter Sw, toestemming, convenant …) voor categorieën en deelnemers van deze casus." })
  recordLegalBasis(@Arg("input", () => RecordLegalBasisInput) input: RecordLegalBasisInput, @Ctx() ctx: Context): Promise<LegalBasis> {
    return recordLegalBasis(ctx, input);
  }

  @Mutation(() => LegalBasis, { description: "Bevestig als tweede procesregisseur een grondslag die op bevestiging wacht (vier ogen); pas dan opent zij zorginformatie. Niet door wie haar vastlegde." })
  confirmLegalBasis(@Arg("input", () => ConfirmLegalBasisInput) input: ConfirmLegalBasisInput, @Ctx() ctx: Context): Promise<LegalBasis> {
    return confirmLegalBasis(ctx, input);
  }

  @Mutation(() => LegalBasis, { description: "Trek een grondslag in; vanaf dat moment opent zij geen zorginformatie meer." })
  revokeLegalBasis(@Arg("input", () => RevokeLegalBasisInput) input: RevokeLegalBasisInput, @Ctx() ctx: Context): Promise<LegalBasis> {
    return revokeLegalBasis(ctx, input);
  }
}
