import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { thenMaybe, type Maybe } from "../../loaders/by-column";
import { prefetch, selectionSets, selectionsOf } from "../look-ahead";
import type { Context } from "../../context";
import { InformationCategory } from "../../domain/enums";
import { Case, ConsultationTable, InformationItem, LegalBasis, Organisation, Participant, Plan, RelatedPerson, Signal, Subject, AgendaItem } from "../../entities";
import { NotFoundError } from "../../errors";
import { listCases } from "../../permissions/visible/cases";
import { registerCase } from "../../cases/case-registration.service";
import { CaseFilter, RegisterCaseInput } from "./case.inputs";
import { CaseClosure, CaseConnection } from "./case.types";
import { PlanStatus } from "../../domain/enums";

function itemsOf(ctx: Context, found: Case, category: InformationCategory): Maybe<InformationItem[]> {
  return thenMaybe(ctx.loaders.informationByCase.get(found.id), (items) => items.filter((item) => item.category === category));
}

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => Case, { description: "Eén casus. NOT_FOUND als de casus niet bestaat of u er niet aan deelneemt." })
  async case(@Arg("id", () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Case> {
    const found = (await ctx.loaders.caseVisible.load(id)) ? await ctx.loaders.case.load(id) : null;
    if (!found) throw new NotFoundError("Case", id);
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
    return ctx.loaders.table.get(found.tableId) as Maybe<ConsultationTable>;
  }

  @FieldResolver(() => Subject, { description: "De betrokkene." })
  subject(@Root() found: Case, @Ctx() ctx: Context): Maybe<Subject> {
    return ctx.loaders.subject.get(found.subjectId) as Maybe<Subject>;
  }

  @FieldResolver(() => [RelatedPerson], { description: "Verwante personen van de betrokkene." })
  relatedPersons(@Root() found: Case, @Ctx() ctx: Context): Maybe<RelatedPerson[]> {
    return ctx.loaders.relatedPersonsByCase.get(found.id);
  }

  @FieldResolver(() => Organisation, { description: "De aanmeldende organisatie." })
  registeredBy(@Root() found: Case, @Ctx() ctx: Context): Maybe<Organisation> {
    return ctx.loaders.organisation.get(found.registeredById) as Maybe<Organisation>;
  }

  @FieldResolver(() => [Participant], { description: "Deelnemers (ook vertrokken deelnemers, met leftAt)." })
  participants(@Root() found: Case, @Ctx() ctx: Context): Maybe<Participant[]> {
    return ctx.loaders.participantsByCase.get(found.id);
  }

  @FieldResolver(() => Participant, { nullable: true, description: "De huidige casusregisseur." })
  caseDirector(@Root() found: Case, @Ctx() ctx: Context): Maybe<Participant | null> {
    return thenMaybe(ctx.loaders.participantsByCase.get(found.id), (participants) => participants.find((p) => p.role === "CASE_DIRECTOR" && !p.leftAt) ?? null);
  }

  @FieldResolver(() => Plan, { nullable: true, description: "Het geldende (laatst goedgekeurde) plan van aanpak." })
  currentPlan(@Root() found: Case, @Ctx() ctx: Context): Maybe<Plan | null> {
    return thenMaybe(ctx.loaders.plansByCase.get(found.id), (plans) => plans.filter((plan) => plan.status === PlanStatus.APPROVED).pop() ?? null);
  }

  @FieldResolver(() => Plan, { nullable: true, description: "Het concept (voorstel of herziening) van het plan van aanpak, als dat er is." })
  draftPlan(@Root() found: Case, @Ctx() ctx: Context): Maybe<Plan | null> {
    return thenMaybe(ctx.loaders.plansByCase.get(found.id), (plans) => plans.find((plan) => plan.status === PlanStatus.DRAFT) ?? null);
  }

  @FieldResolver(() => [Plan], { description: "Alle versies van het plan van aanpak, oudste eerst." })
  plans(@Root() found: Case, @Ctx() ctx: Context): Maybe<Plan[]> {
    return ctx.loaders.plansByCase.get(found.id);
  }

  @FieldResolver(() => [Signal], { description: "Signalen en opschalingen." })
  signals(@Root() found: Case, @Ctx() ctx: Context): Maybe<Signal[]> {
    return ctx.loaders.signalsByCase.get(found.id);
  }

  @FieldResolver(() => [LegalBasis], { description: "Vastgelegde grondslagen (ook ingetrokken, met revokedAt)." })
  legalBases(@Root() found: Case, @Ctx() ctx: Context): Maybe<LegalBasis[]> {
    return ctx.loaders.legalBasesByCase.get(found.id);
  }

  @FieldResolver(() => [AgendaItem], { description: "Besprekingen van deze casus op casusoverleggen." })
  agendaItems(@Root() found: Case, @Ctx() ctx: Context): Maybe<AgendaItem[]> {
    return ctx.loaders.agendaItemsByCase.get(found.id);
  }

  @FieldResolver(() => CaseClosure, { nullable: true, description: "Afsluiting: de drie uitspraken of de vastgestelde onmogelijkheid." })
  closure(@Root() found: Case): CaseClosure | null {
    if (found.closureTreatmentImpossible === null && found.closureQualityOfLifeImproved === null) return null;
    return {
      qualityOfLifeImproved: found.closureQualityOfLifeImproved,
      safetyInPlace: found.closureSafetyInPlace,
      regularCareCanCarryOn: found.closureRegularCareCanCarryOn,
      treatmentImpossible: found.closureTreatmentImpossible ?? false,
      note: found.closureNote,
    };
  }

  @FieldResolver(() => [InformationItem], { description: "Veiligheidsinformatie (politie, strafrecht, vervolging)." })
  safety(@Root() found: Case, @Ctx() ctx: Context): Maybe<InformationItem[]> {
    return itemsOf(ctx, found, InformationCategory.SAFETY);
  }

  @FieldResolver(() => [InformationItem], { nullable: true, description: "Zorginformatie werk/inkomen (werk, uitkering, schulden). Alleen met grondslag voor niet-zorgpartners." })
  workIncome(@Root() found: Case, @Ctx() ctx: Context): Maybe<InformationItem[]> {
    return itemsOf(ctx, found, InformationCategory.WORK_INCOME);
  }

  @FieldResolver(() => [InformationItem], { nullable: true, description: "Zorginformatie scholing (school, verzuim). Alleen met grondslag voor niet-zorgpartners." })
  education(@Root() found: Case, @Ctx() ctx: Context): Maybe<InformationItem[]> {
    return itemsOf(ctx, found, InformationCategory.EDUCATION);
  }

  @FieldResolver(() => [InformationItem], { nullable: true, description: "Zorginformatie gezondheid (lichamelijk en psychisch, behandeling). Alleen met grondslag voor niet-zorgpartners." })
  health(@Root() found: Case, @Ctx() ctx: Context): Maybe<InformationItem[]> {
    return itemsOf(ctx, found, InformationCategory.HEALTH);
  }

  @FieldResolver(() => [InformationItem], { nullable: true, description: "Zorginformatie intellect (lagere intelligentie, LVB). Alleen met grondslag voor niet-zorgpartners." })
  intellect(@Root() found: Case, @Ctx() ctx: Context): Maybe<InformationItem[]> {
    return itemsOf(ctx, found, InformationCategory.INTELLECT);
  }

  @FieldResolver(() => [InformationItem], { nullable: true, description: "Zorginformatie verslaving (middelengebruik, behandeling). Alleen met grondslag voor niet-zorgpartners." })
  addiction(@Root() found: Case, @Ctx() ctx: Context): Maybe<InformationItem[]> {
    return itemsOf(ctx, found, InformationCategory.ADDICTION);
  }
}
