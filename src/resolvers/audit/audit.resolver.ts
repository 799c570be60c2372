import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { legalBasisTypeOf } from "../../audit/basis-type";
import type { Context } from "../../context";
import { LegalBasisType } from "../../domain/enums";
import { AuditEntry, Organisation } from "../../entities";
import { listAuditLog } from "../../audit/audit-log.service";
import { opaqueEntryId } from "../../audit/opaque";
import { subjectAccessReport } from "../../audit/subject-access-report.service";
import { AuditLogFilter } from "./audit.inputs";
import { AuditLogConnection, SubjectAccessReport } from "./audit.types";

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditLogConnection, {
    description: "Toegangslog (NEN 7513) voor de functionaris gegevensbescherming: regels over casussen van het eigen huis en van gebruikers van de eigen organisatie, nieuwste eerst. Alleen kenmerken, geen inhoud; het lezen wordt zelf gelogd.",
  })
  auditLog(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { defaultValue: 50, description: "Paginagrootte, 1–100." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor (pageInfo.endCursor) van de vorige pagina." }) after?: string,
    @Arg("filter", () => AuditLogFilter, { nullable: true, description: "Filter op betrokkene, gebruiker, organisatie, casus en periode." }) filter?: AuditLogFilter,
  ): Promise<AuditLogConnection> {
    return listAuditLog(ctx, first, after ?? undefined, filter ?? {});
  }

  @Query(() => SubjectAccessReport, {
    description: "Inzageverzoek: alles wat over toegang tot de gegevens van één betrokkene is gelogd, per organisatie, met export als JSON en CSV. Voor de functionaris gegevensbescherming; wordt zelf gelogd.",
  })
  subjectAccessReport(@Arg("subjectId", () => ID, { description: "De betrokkene." }) subjectId: string, @Ctx() ctx: Context): Promise<SubjectAccessReport> {
    return subjectAccessReport(ctx, subjectId);
  }

  @FieldResolver(() => ID, { name: "id", description: "Vaste, ondoorzichtige sleutel van de regel; zegt niets over de plaats in de keten of het aantal regels ervoor." })
  opaqueId(@Root() entry: AuditEntry): string {
    return opaqueEntryId(entry.id);
  }

  @FieldResolver(() => Organisation, { description: "De organisatie namens wie de gebruiker handelde." })
  async organisation(@Root() entry: AuditEntry, @Ctx() ctx: Context): Promise<Organisation> {
    return (await ctx.loaders.organisation.load(entry.organisationId))!;
  }

  @FieldResolver(() => LegalBasisType, { nullable: true, description: "Soort grondslag van legalBasisId, zolang die grondslag nog bestaat." })
  legalBasisType(@Root() entry: AuditEntry, @Ctx() ctx: Context): Promise<LegalBasisType | null> {
    return legalBasisTypeOf(ctx, entry.legalBasisId);
  }

  @FieldResolver(() => String, { nullable: true, description: "Nadere kenmerken als JSON: filter en aantal resultaten van een zoekvraag, ids uit de invoer van een wijziging." })
  detail(@Root() entry: AuditEntry): string | null {
    return entry.detail ? JSON.stringify(entry.detail) : null;
  }
}
