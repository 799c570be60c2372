import { Ctx, Field, ID, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { ViewerRole } from "../../domain/enums";
import { Organisation } from "../../entities";

@ObjectType({ simpleResolvers: true, description: "De ingelogde gebruiker, zoals vastgesteld uit het token en het trust register." })
export class Me {
  @Field(() => ID, { description: "Subject bij de eigen identity provider." })
  userId: string;

  @Field({ description: "De identity provider (issuer) die de gebruiker aanmeldde." })
  issuer: string;

  @Field(() => String, { nullable: true, description: "Naam volgens de identity provider." })
  name: string | null;

  @Field(() => String, { nullable: true, description: "Namens wie de gebruiker handelt, als het token dat zegt." })
  onBehalfOf: string | null;

  @Field(() => Organisation, { description: "De organisatie waarvoor de gebruiker optreedt (uit het trust register)." })
  organisation: Organisation;

  @Field(() => [ViewerRole], { description: "Rollen uit de claims." })
  roles: ViewerRole[];
}

@Resolver(() => Me)
export class ViewerResolver {
  @Query(() => Me, { description: "Wie ben ik: gebruiker, organisatie en rollen." })
  async me(@Ctx() ctx: Context): Promise<Me> {
    const { viewer } = ctx;
    return {
      userId: viewer.userId,
      issuer: viewer.issuer,
      name: viewer.name,
      onBehalfOf: viewer.onBehalfOf,
      organisation: (await ctx.loaders.organisation.load(viewer.organisationId))!,
      roles: [...viewer.roles],
    };
  }
}
