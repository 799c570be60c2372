import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Maybe } from "../../loaders/by-column";
import { prefetch, selectionSets, selectionsOf } from "../look-ahead";
import type { Context } from "../../context";
import { Case, ConsultationTable, InformationItem, LegalBasis, Organisation, Participant, Plan, RelatedPerson, Signal, Subject, AgendaItem } from "../../entities";
import { listCases } from "../../permissions/visible/cases";
import { visible } from "../../permissions/visible/reader";
import { RELATION_TABLE, readRelation } from "../relations";
import { registerCase } from "../../cases/case-registration.service";
import { CaseFilter, RegisterCaseInput } from "./case.inputs";
import { CaseClosure, CaseConnection } from "./case.types";

const relation = RELATION_TABLE.Case;

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => Case, { description: "Eén casus. NOT_FOUND als de casus niet bestaat of u er niet aan deelneemt." })
  async case(@Arg("id", () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Case> {
    const found = await visible(ctx).one("Case", id);
    await prefetch(ctx, info, "Case", [found], selectionSets(info));
    return found;
  }

  @Query(() => CaseConnection, { description: "Casussen waaraan uw organisatie deelneemt (of, voor de procesregisseur, die van het huis), nieuwste eerst." })
  async cases(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("first", () => Int, { defaultValue: 20, description: "Paginagrootte, 1–100." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor (pageInfo.endCursor) van de vorige pagina." }) after?: string,
    @Arg("filter", () => CaseFilter, { nullable: true, description: "Filter op fase, tafel en spoor." }) filter?: CaseFilter,
  ): Promise<CaseConnection> {
    const page = await listCases(ctx, first, after ?? undefined, filter ?? {});
    const nodes = selectionsOf(info, selectionsOf(info, selectionSets(info), "edges"), "node");
    await prefetch(ctx, info, "Case", page.edges.map((edge) => edge.node), nodes);
    return page;
  }

  @Mutation(() => Case, { description: "Aanmelding: meld een casus aan bij een tafel." })
  registerCase(@Arg("input", () => RegisterCaseInput) input: RegisterCaseInput, @Ctx() ctx: Context): Promise<Case> {
    return registerCase(ctx, input);
  }

  @FieldResolver(() => ConsultationTable, { description: "De tafel (overleg) van de casus." })
  table(@Root() found: Case, @Ctx() ctx: Context): Maybe<ConsultationTable> {
    return readRelation(ctx, relation.table, found);
  }

  @FieldResolver(() => Subject, { description: "De betrokkene." })
  subject(@Root() found: Case, @Ctx() ctx: Context): Maybe<Subject> {
    return readRelation(ctx, relation.subject, found);
  }

  @FieldResolver(() => [RelatedPerson], { description: "Verwante personen van de betrokkene." })
  relatedPersons(@Root() found: Case, @Ctx() ctx: Context): Maybe<RelatedPerson[]> {
    return readRelation(ctx, relation.relatedPersons, found);
  }

  @FieldResolver(() => Organisation, { description: "De aanmeldende organisatie." })
  registeredBy(@Root() found: Case, @Ctx() ctx: Context): Maybe<Organisation> {
    return readRelation(ctx, relation.registeredBy, found);
  }

  @FieldResolver(() => [Participant], { description: "Deelnemers (ook vertrokken deelnemers, met leftAt)." })
  participants(@Root() found: Case, @Ctx() ctx: Context): Maybe<Participant[]> {
    return readRelation(ctx, relation.participants, found);
  }

  @FieldResolver(() => Participant, { nullable: true, description: "De huidige casusregisseur." })
  caseDirector(@Root() found: Case, @Ctx() ctx: Context): Maybe<Participant | null> {
    return readRelation(ctx, relation.caseDirector, found);
  }

  @FieldResolver(() => Plan, { nullable: true, description: "Het geldende (laatst goedgekeurde) plan van aanpak." })
  currentPlan(@Root() found: Case, @Ctx() ctx: Context): Maybe<Plan | null> {
    return readRelation(ctx, relation.currentPlan, found);
  }

  @FieldResolver(() => Plan, { nullable: true, description: "Het concept (voorstel of herziening) van het plan van aanpak, als dat er is." })
  draftPlan(@Root() found: Case, @Ctx() ctx: Context): Maybe<Plan | null> {
    return readRelation(ctx, relation.draftPlan, found);
  }

  @FieldResolver(() => [Plan], { description: "Alle versies van het plan van aanpak, oudste eerst." })
  plans(@Root() found: Case, @Ctx() ctx: Context): Maybe<Plan[]> {
    return readRelation(ctx, relation.plans, found);
  }

  @FieldResolver(() => [Signal], { description: "Signalen en opschalingen." })
  signals(@Root() found: Case, @Ctx() ctx: Context): Maybe<Signal[]> {
    return readRelation(ctx, relation.signals, found);
  }

  @FieldResolver(() => [LegalBasis], { description: "Grondslagen die uw organisatie noemen (ook ingetrokken, met revokedAt); de procesregisseur van het huis ziet ze alle." })
  legalBases(@Root() found: Case, @Ctx() ctx: Context): Maybe<LegalBasis[]> {
    return readRelation(ctx, relation.legalBases, found);
  }

  @FieldResolver(() => [AgendaItem], { description: "Besprekingen van deze casus op casusoverleggen." })
  agendaItems(@Root() found: Case, @Ctx() ctx: Context): Maybe<AgendaItem[]> {
    return readRelation(ctx, relation.agendaItems, found);
  }

  @FieldResolver(() => CaseClosure, { nullable: true, description: "Afsluiting: de drie uitspraken of de vastgestelde onmogelijkheid." })
  closure(@Root() found: Case, @Ctx() ctx: Context): Maybe<CaseClosure | null> {
    return readRelation(ctx, relation.closure, found);
  }

  @FieldResolver(() => [InformationItem], { description: "Veiligheidsinformatie (politie, strafrecht, vervolging)." })
  safety(@Root() found: Case, @Ctx() ctx: Context): Maybe<InformationItem[]> {
    return readRelation(ctx, relation.safety, found);
  }

  @FieldResolver(() => [InformationItem], { nullable: true, description: "Zorginformatie werk/inkomen (werk, uitkering, schulden). Alleen met grondslag voor niet-zorgpartners." })
  workIncome(@Root() found: Case, @Ctx() ctx: Context): Maybe<InformationItem[]> {
    return readRelation(ctx, relation.workIncome, found);
  }

  @FieldResolver(() => [InformationItem], { nullable: true, description: "Zorginformatie scholing (school, verzuim). Alleen met grondslag voor niet-zorgpartners." })
  education(@Root() found: Case, @Ctx() ctx: Context): Maybe<InformationItem[]> {
    return readRelation(ctx, relation.education, found);
  }

  @FieldResolver(() => [InformationItem], { nullable: true, description: "Zorginformatie gezondheid (lichamelijk en psychisch, behandeling). Alleen met grondslag voor niet-zorgpartners." })
  health(@Root() found: Case, @Ctx() ctx: Context): Maybe<InformationItem[]> {
    return readRelation(ctx, relation.health, found);
  }

  @FieldResolver(() => [InformationItem], { nullable: true, description: "Zorginformatie intellect (lagere intelligentie, LVB). Alleen met grondslag voor niet-zorgpartners." })
  intellect(@Root() found: Case, @Ctx() ctx: Context): Maybe<InformationItem[]> {
    return readRelation(ctx, relation.intellect, found);
  }

  @FieldResolver(() => [InformationItem], { nullable: true, description: "Zorginformatie verslaving (middelengebruik, behandeling). Alleen met grondslag voor niet-zorgpartners." })
  addiction(@Root() found: Case, @Ctx() ctx: Context): Maybe<InformationItem[]> {
    return readRelation(ctx, relation.addiction, found);
  }
}
