import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { AuditAction, AuditOutcome } from "../domain/audit-enums";
import { InformationCategory, ViewerRole } from "../domain/enums";

/**
 * One line of the access log (toegangslog). Identifiers only, never content, and no foreign keys: the log
 * outlives the cases it speaks of (retention AUDIT_RETENTION_YEARS). Append-only: the API's database role
 * may only insert and read, a trigger refuses updates and deletes, and every line carries the hash of the
 * line before it (migrations/…-AuditLog.ts computes it; src/audit/verify.ts checks it).
 */
@ObjectType({ simpleResolvers: true, description: "Regel in de toegangslog (NEN 7513): wie, wanneer, namens welke organisatie, wat, bij welke casus, op welke grondslag. Alleen kenmerken, nooit inhoud." })
@Entity("audit_log")
@Index("audit_log_subject", ["subjectId", "id"])
@Index("audit_log_case", ["caseId", "id"])
@Index("audit_log_house", ["houseId", "id"])
@Index("audit_log_organisation", ["organisationId", "id"])
@Index("audit_log_user", ["userId", "id"])
export class AuditEntry {
  // Not a field: the number says how many lines everybody wrote; clients get an opaque id (AuditResolver.id).
  @PrimaryColumn({ type: "bigint" })
  id: string;

  @Field({ description: "Moment (de klok van het verzoek)." })
  @Column({ type: "timestamptz" })
  occurredAt: Date;

  @Field(() => ID, { description: "Het verzoek waarin dit gebeurde; regels van één verzoek delen het." })
  @Column("uuid")
  requestId: string;

  @Field({ description: "Gebruiker (subject bij de eigen identity provider)." })
  @Column()
  userId: string;

  @Field({ description: "De identity provider (issuer) die de gebruiker aanmeldde." })
  @Column()
  issuer: string;

  /** Resolved to an Organisation in the GraphQL type. */
  @Column("uuid")
  organisationId: string;

  @Field(() => String, { nullable: true, description: "Namens wie de gebruiker handelde, als het token dat zei." })
  @Column({ type: "varchar", nullable: true })
  onBehalfOf: string | null;

  @Field(() => [ViewerRole], { description: "Rollen van de gebruiker op dat moment." })
  @Column("varchar", { array: true })
  roles: ViewerRole[];

  @Field(() => AuditAction, { description: "Soort handeling." })
  @Column({ type: "enum", enum: AuditAction, enumName: "audit_action" })
  action: AuditAction;

  @Field(() => String, { nullable: true, description: "GraphQL-veld of -mutatie (bijvoorbeeld health, cases, registerCase)." })
  @Column({ type: "varchar", nullable: true })
  operation: string | null;

  @Field(() => AuditOutcome, { description: "Toegestaan, geweigerd of mislukt." })
  @Column({ type: "enum", enum: AuditOutcome, enumName: "audit_outcome" })
  outcome: AuditOutcome;

  @Field(() => String, { nullable: true, description: "Waarom: CARE_PARTNER of LEGAL_BASIS bij toegang, de foutcode (en reden) bij weigering of mislukking." })
  @Column({ type: "varchar", nullable: true })
  reason: string | null;

  /** The house (ZVH / SAMEN office) whose table holds the case: decides which privacy officer sees the line. */
  @Column({ type: "uuid", nullable: true })
  houseId: string | null;

  @Field(() => ID, { nullable: true, description: "De casus (kenmerk)." })
  @Column({ type: "uuid", nullable: true })
  caseId: string | null;

  @Field(() => ID, { nullable: true, description: "De betrokkene (kenmerk)." })
  @Column({ type: "uuid", nullable: true })
  subjectId: string | null;

  @Field(() => InformationCategory, { nullable: true, description: "Categorie informatie (bij zorginformatie en infodeling)." })
  @Column({ type: "enum", enum: InformationCategory, enumName: "information_category", nullable: true })
  category: InformationCategory | null;

  @Field(() => ID, { nullable: true, description: "De grondslag die de informatie opende (of waarop de wijziging betrekking had)." })
  @Column({ type: "uuid", nullable: true })
  legalBasisId: string | null;

  /** Non-content particulars: a list's filter and result count, the ids a mutation named. */
  @Column({ type: "jsonb", nullable: true })
  detail: Record<string, unknown> | null;

  @Field({ description: "Hash van de vorige regel (keten)." })
  @Column({ type: "char", length: 64 })
  prevHash: string;

  @Field({ description: "SHA-256 over de vorige hash en de inhoud van deze regel." })
  @Column({ type: "char", length: 64 })
  hash: string;
}
