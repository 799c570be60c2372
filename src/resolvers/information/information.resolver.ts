import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { RELATION_TABLE, readRelation } from "../relations";
import type { Context } from "../../context";
import type { Maybe } from "../../loaders/by-column";
import { InformationItem, LegalBasis, Organisation } from "../../entities";

@Resolver(() => InformationItem)
export class InformationItemResolver {
  @FieldResolver(() => Organisation, { description: "De organisatie die de informatie aanleverde (bron)." })
  supplier(@Root() item: InformationItem, @Ctx() ctx: Context): Maybe<Organisation> {
    return readRelation(ctx, RELATION_TABLE.InformationItem.supplier, item);
  }

  @FieldResolver(() => LegalBasis, { nullable: true, description: "De grondslag waaronder de informatie werd gedeeld; null als die u niet noemt (alleen de procesregisseur van het huis ziet alle grondslagen)." })
  legalBasis(@Root() item: InformationItem, @Ctx() ctx: Context): Maybe<LegalBasis | null> {
    return readRelation(ctx, RELATION_TABLE.InformationItem.legalBasis, item);
  }
}

@Resolver(() => LegalBasis)
export class LegalBasisResolver {
  @FieldResolver(() => [Organisation], { description: "De organisaties waarvoor de grondslag de categorieën opent." })
  async organisations(@Root() basis: LegalBasis, @Ctx() ctx: Context): Promise<Organisation[]> {
    return (await ctx.loaders.organisation.loadMany(basis.organisationIds)) as Organisation[];
  }

  @FieldResolver(() => Organisation, { description: "De organisatie die de grondslag vastlegde." })
  async recordedBy(@Root() basis: LegalBasis, @Ctx() ctx: Context): Promise<Organisation> {
    return (await ctx.loaders.organisation.load(basis.recordedByOrganisationId))!;
  }

  @FieldResolver({ description: "Of de grondslag nu geldig is: begonnen, niet verlopen, niet ingetrokken en (bij vier ogen) bevestigd." })
  isValid(@Root() basis: LegalBasis, @Ctx() ctx: Context): boolean {
    return !basis.revokedAt && (!basis.confirmationRequired || Boolean(basis.confirmedAt)) && basis.validFrom <= ctx.now && (!basis.validUntil || basis.validUntil > ctx.now);
  }
}
