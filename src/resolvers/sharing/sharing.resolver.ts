import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { InformationItem } from "../../entities";
import { shareInformation } from "../../cases/sharing.service";
import { ShareInformationInput } from "./sharing.inputs";

@Resolver()
export class SharingResolver {
  @Mutation(() => InformationItem, { description: "Infodeling: deel een feit over de betrokkene; zorginformatie alleen onder een geldige grondslag van deze casus." })
  shareInformation(@Arg("input", () => ShareInformationInput) input: ShareInformationInput, @Ctx() ctx: Context): Promise<InformationItem> {
    return shareInformation(ctx, input);
  }
}
