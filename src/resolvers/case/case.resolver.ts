import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { InformationCategory } from "../../domain/enums";
import { Case, ConsultationTable, InformationItem, LegalBasis, Organisation, Participant, Plan, RelatedPerson, Signal, Subject, AgendaItem } from "../../entities";
import { NotFoundError } from "../../errors";
import { listCases } from "../../services/case-query.service";
import { registerCase } from "../../services/case-registration.service";
import { CaseFilter, RegisterCaseInput } from "./case.inputs";
import { CaseClosure, CaseConnection } from "./case.types";
import { PlanStatus } from "../../domain/enums";

async function itemsOf(ctx: Context, found: Case, category: InformationCategory): Promise<InformationItem[]> {
  return (await ctx.loaders.informationByCase.load(found.id)).filter((item) => item.category === category);
}

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => Case, { description: "Eén casus. NOT_FOUND als de casus niet bestaat of u er niet aan deelneemt." })
  async case(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Case> {
    const found = (await ctx.loaders.caseVisible.load(id)) ? await ctx.loaders.case.load(id) : null;
    if (!found) throw new NotFoundError("Case", id);
    return found;
  }

  @Query(() => CaseConnection, { description: "Casussen waaraan uw organisatie deelneemt (of, voor de procesregisseur, die van het huis), nieuwste eerst." })
  cases(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { defaultValue: 20, description: "Paginagrootte, 1–100." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor (pageInfo.endCursor) van de vorige pagina." }) after?: string,
    @Arg("filter", () => CaseFilter, { nullable: true, description: "Filter op fase, tafel en spoor." }) filter?: CaseFilter,
  ): Promise<CaseConnection> {
    return listCases(ctx, first, after ?? undefined, filter ?? {});
  }

  @Mutation(() => Case, { description: "Aanmelding: meld een casus aan bij een tafel." })
  registerCase(@Arg("input", () => RegisterCaseInput) input: RegisterCaseInput, @Ctx() ctx: Context): Promise<Case> {
    return registerCase(ctx, input);
  }

  @FieldResolver(() => ConsultationTable, { description: "De tafel (overleg) van de casus." })
  async table(@Root() found: Case, @Ctx() ctx: Context): Promise<ConsultationTable> {
    return (await ctx.loaders.table.load(found.tableId))!;
  }

  @FieldResolver(() => Subject, { description: "De betrokkene." })
  async subject(@Root() found: Case, @Ctx() ctx: Context): Promise<Subject> {
    return (await ctx.loaders.subject.load(found.subjectId))!;
  }

  @FieldResolver(() => [RelatedPerson], { description: "Verwante personen van de betrokkene." })
  relatedPersons(@Root() found: Case, @Ctx() ctx: Context): Promise<RelatedPerson[]> {
    return ctx.loaders.relatedPersonsByCase.load(found.id);
  }

  @FieldResolver(() => Organisation, { description: "De aanmeldende organisatie." })
  async registeredBy(@Root() found: Case, @Ctx() ctx: Context): Promise<Organisation> {
    return (await ctx.loaders.organisation.load(found.registeredById))!;
  }

  @FieldResolver(() => [Participant], { description: "Deelnemers (ook vertrokken deelnemers, met leftAt)." })
  participants(@Root() found: Case, @Ctx() ctx: Context): Promise<Participant[]> {
    return ctx.loaders.participantsByCase.load(found.id);
  }

  @FieldResolver(() => Participant, { nullable: true, description: "De huidige casusregisseur." })
  async caseDirector(@Root() found: Case, @Ctx() ctx: Context): Promise<Participant | null> {
    const participants = await ctx.loaders.participantsByCase.load(found.id);
    return participants.find((p) => p.role === "CASE_DIRECTOR" && !p.leftAt) ?? null;
  }

  @FieldResolver(() => Plan, { nullable: true, description: "Het geldende (laatst goedgekeurde) plan van aanpak." })
  async currentPlan(@Root() found: Case, @Ctx() ctx: Context): Promise<Plan | null> {
    const plans = await ctx.loaders.plansByCase.load(found.id);
    return plans.filter((plan) => plan.status === PlanStatus.APPROVED).pop() ?? null;
  }

  @FieldResolver(() => Plan, { nullable: true, description: "Het concept (voorstel of herziening) van het plan van aanpak, als dat er is." })
  async draftPlan(@Root() found: Case, @Ctx() ctx: Context): Promise<Plan | null> {
    const plans = await ctx.loaders.plansByCase.load(found.id);
    return plans.find((plan) => plan.status === PlanStatus.DRAFT) ?? null;
  }

  @FieldResolver(() => [Plan], { description: "Alle versies van het plan van aanpak, oudste eerst." })
  plans(@Root() found: Case, @Ctx() ctx: Context): Promise<Plan[]> {
    return ctx.loaders.plansByCase.load(found.id);
  }

  @FieldResolver(() => [Signal], { description: "Signalen en opschalingen." })
  signals(@Root() found: Case, @Ctx() ctx: Context): Promise<Signal[]> {
    return ctx.loaders.signalsByCase.load(found.id);
  }

  @FieldResolver(() => [LegalBasis], { description: "Vastgelegde grondslagen (ook ingetrokken, met revokedAt)." })
  legalBases(@Root() found: Case, @Ctx() ctx: Context): Promise<LegalBasis[]> {
    return ctx.loaders.legalBasesByCase.load(found.id);
  }

  @FieldResolver(() => [AgendaItem], { description: "Besprekingen van deze casus op casusoverleggen." })
  agendaItems(@Root() found: Case, @Ctx() ctx: Context): Promise<AgendaItem[]> {
    return ctx.loaders.agendaItemsByCase.load(found.id);
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
  safety(@Root() found: Case, @Ctx() ctx: Context): Promise<InformationItem[]> {
    return itemsOf(ctx, found, InformationCategory.SAFETY);
  }

  @FieldResolver(() => [InformationItem], { nullable: true, description: "Zorginformatie werk/inkomen (werk, uitkering, schulden). Alleen met grondslag voor niet-zorgpartners." })
  workIncome(@Root() found: Case, @Ctx() ctx: Context): Promise<InformationItem[]> {
    return itemsOf(ctx, found, InformationCategory.WORK_INCOME);
  }

  @FieldResolver(() => [InformationItem], { nullable: true, description: "Zorginformatie scholing (school, verzuim). Alleen met grondslag voor niet-zorgpartners." })
  education(@Root() found: Case, @Ctx() ctx: Context): Promise<InformationItem[]> {
    return itemsOf(ctx, found, InformationCategory.EDUCATION);
  }

  @FieldResolver(() => [InformationItem], { nullable: true, description: "Zorginformatie gezondheid (lichamelijk en psychisch, behandeling). Alleen met grondslag voor niet-zorgpartners." })
  health(@Root() found: Case, @Ctx() ctx: Context): Promise<InformationItem[]> {
    return itemsOf(ctx, found, InformationCategory.HEALTH);
  }

  @FieldResolver(() => [InformationItem], { nullable: true, description: "Zorginformatie intellect (lagere intelligentie, LVB). Alleen met grondslag voor niet-zorgpartners." })
  intellect(@Root() found: Case, @Ctx() ctx: Context): Promise<InformationItem[]> {
    return itemsOf(ctx, found, InformationCategory.INTELLECT);
  }

  @FieldResolver(() => [InformationItem], { nullable: true, description: "Zorginformatie verslaving (middelengebruik, behandeling). Alleen met grondslag voor niet-zorgpartners." })
  addiction(@Root() found: Case, @Ctx() ctx: Context): Promise<InformationItem[]> {
    return itemsOf(ctx, found, InformationCategory.ADDICTION);
  }
}
