import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { RELATION_TABLE, readRelation } from "../relations";
import type { Maybe } from "../../loaders/by-column";
import type { Context } from "../../context";
import { hydrate } from "../../db/hydrate";
import { ConsultationTable, Organisation, Participant } from "../../entities";
import { TABLE_ROWS } from "../../permissions/row-level/table-visibility";

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => [Organisation], { description: "Ketenpartners: de organisaties die via een vertrouwde identity provider kunnen inloggen." })
  organisations(@Ctx() ctx: Context): Promise<Organisation[]> {
    return ctx.ds.getRepository(Organisation).find({ order: { name: "ASC" } });
  }
}

@Resolver(() => ConsultationTable)
export class TableResolver {
  @Query(() => [ConsultationTable], { description: "Tafels (overleggen) waar uw organisatie aan deelneemt of die uw huis voert." })
  async tables(@Ctx() ctx: Context): Promise<ConsultationTable[]> {
    const rule = TABLE_ROWS.filter(ctx.viewer, "t", 1);
    const rows = await ctx.ds.query(`SELECT t.* FROM consultation_table t WHERE ${rule.sql} ORDER BY t.name`, rule.params);
    return hydrate(ctx.ds, ConsultationTable, rows);
  }

  @FieldResolver(() => Organisation, { description: "Het huis (ZVH / SAMEN-bureau) dat de tafel voert." })
  house(@Root() table: ConsultationTable, @Ctx() ctx: Context): Maybe<Organisation> {
    return readRelation(ctx, RELATION_TABLE.ConsultationTable.house, table);
  }

  @FieldResolver(() => [Organisation], { description: "Vaste leden van de tafel." })
  async members(@Root() table: ConsultationTable, @Ctx() ctx: Context): Promise<Organisation[]> {
    const members = await ctx.loaders.membersByTable.load(table.id);
    return (await ctx.loaders.organisation.loadMany(members.map((m) => m.organisationId))) as Organisation[];
  }
}

@Resolver(() => Participant)
export class ParticipantResolver {
  @FieldResolver(() => Organisation, { description: "De deelnemende organisatie." })
  organisation(@Root() participant: Participant, @Ctx() ctx: Context): Maybe<Organisation> {
    return readRelation(ctx, RELATION_TABLE.Participant.organisation, participant);
  }
}
