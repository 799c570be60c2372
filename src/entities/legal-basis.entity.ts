import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { InformationCategory, LegalBasisType } from "../domain/enums";
import { Case } from "./case.entity";
import { Organisation } from "./organisation.entity";
import { TextCategory } from "./text-category";

@ObjectType({ simpleResolvers: true, description: "Grondslag: waarom bepaalde partners bepaalde categorieën informatie in deze casus mogen zien." })
@Entity("legal_basis")
export class LegalBasis {
  @Field(() => ID, { description: "Technische sleutel (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index()
  @Column("uuid")
  caseId: string;

  @ManyToOne(() => Case, { onDelete: "CASCADE" })
  @JoinColumn({ name: "case_id" })
  case?: Case;

  @Field(() => LegalBasisType, { description: "Soort grondslag (protocol 458ter Sw, toestemming, convenant …)." })
  @Column({ type: "enum", enum: LegalBasisType, enumName: "legal_basis_type" })
  type: LegalBasisType;

  @Field(() => [InformationCategory], { description: "Categorieën die de grondslag opent." })
  @Column({ type: "enum", enum: InformationCategory, enumName: "information_category", array: true })
  categories: InformationCategory[];

  /** Organisations the basis opens the categories to. */
  @Column("uuid", { array: true })
  organisationIds: string[];

  @Field({ description: "Begin van de geldigheid." })
  @Column({ type: "timestamptz" })
  validFrom: Date;

  @Field(() => Date, { nullable: true, description: "Einde van de geldigheid; null is onbepaald." })
  @Column({ type: "timestamptz", nullable: true })
  validUntil: Date | null;

  @Field(() => String, { nullable: true, description: "Documentverwijzing (protocol, toestemmingsformulier, convenant). Null met FORBIDDEN als de categorie u niet is geopend." })
  @Column()
  documentReference: string;

  @TextCategory("documentReference")
  documentReferenceCategory: InformationCategory | null;

  @Column("uuid")
  recordedByOrganisationId: string;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "recorded_by_organisation_id" })
  recordedByOrganisation?: Organisation;

  @Field({ description: "Gebruiker (subject bij de eigen identity provider) die de grondslag vastlegde." })
  @Column()
  recordedByUser: string;

  @Field({ description: "Moment van vastleggen." })
  @Column({ type: "timestamptz" })
  recordedAt: Date;

  /**
   * Four eyes: a basis that opens care data to the recorder's own organisation waits for a second
   * person of the house (confirmLegalBasis) and opens nothing until then.
   */
  @Field({ description: "Of de grondslag een tweede persoon nodig heeft (vier ogen): zij opent zorginformatie voor de eigen organisatie van wie haar vastlegde. Tot de bevestiging opent zij niets." })
  @Column({ default: false })
  confirmationRequired: boolean;

  @Field(() => Date, { nullable: true, description: "Moment van bevestigen door een tweede procesregisseur (alleen bij confirmationRequired)." })
  @Column({ type: "timestamptz", nullable: true })
  confirmedAt: Date | null;

  @Field(() => String, { nullable: true, description: "Gebruiker (subject bij de eigen identity provider) die de grondslag bevestigde; nooit wie haar vastlegde." })
  @Column({ type: "varchar", nullable: true })
  confirmedByUser: string | null;

  @Field(() => Date, { nullable: true, description: "Moment van intrekken; vanaf dan opent de grondslag niets meer." })
  @Column({ type: "timestamptz", nullable: true })
  revokedAt: Date | null;

  @Column({ type: "varchar", nullable: true })
  revokedByUser: string | null;

  @Field(() => String, { nullable: true, description: "Reden van intrekken. Null met FORBIDDEN als de categorie u niet is geopend." })
  @Column({ type: "text", nullable: true })
  revocationReason: string | null;

  @TextCategory("revocationReason")
  revocationReasonCategory: InformationCategory | null;
}
