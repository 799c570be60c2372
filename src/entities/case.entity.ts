import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { CasePhase, InformationCategory, Track } from "../domain/enums";
import { TextCategory, TextCategoryColumn } from "./text-category";
import { Organisation } from "./organisation.entity";
import { Subject } from "./subject.entity";
import { ConsultationTable } from "./table.entity";

@ObjectType({ simpleResolvers: true, description: "Casus (dossier): één betrokkene en het werk rond die persoon aan één tafel." })
@Entity("case")
@Index(["registeredAt", "id"])
export class Case {
  @Field(() => ID, { description: "Technische sleutel (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "Dossiernummer, uniek per huis, bijvoorbeeld ZVH-RR-2026-0001." })
  @Column({ unique: true })
  reference: string;

  @Index()
  @Column("uuid")
  tableId: string;

  @ManyToOne(() => ConsultationTable, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "table_id" })
  table?: ConsultationTable;

  @Column("uuid")
  subjectId: string;

  @ManyToOne(() => Subject, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "subject_id" })
  subject?: Subject;

  @Column("uuid")
  registeredById: string;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "registered_by_id" })
  registeredBy?: Organisation;

  @Field(() => CasePhase, { description: "Fase van de casus." })
  @Index()
  @Column({ type: "enum", enum: CasePhase, enumName: "case_phase", default: CasePhase.REGISTERED })
  phase: CasePhase;

  @Field(() => Track, { nullable: true, description: "Spoor (1, 2 of 3), zodra besloten." })
  @Column({ type: "enum", enum: Track, enumName: "track", nullable: true })
  track: Track | null;

  @Field({ description: "Aanmelddatum." })
  @Column({ type: "timestamptz" })
  registeredAt: Date;

  @Field(() => String, { nullable: true, description: "Wat de aanmelder binnen de eigen organisatie al heeft geprobeerd. Null met FORBIDDEN als de categorie u niet is geopend." })
  @Column("text")
  triedWithinOwnOrganisation: string;

  @TextCategory("triedWithinOwnOrganisation")
  triedWithinOwnOrganisationCategory: InformationCategory | null;

  @Field({ description: "Of de betrokkene over de aanmelding is geïnformeerd." })
  @Column()
  subjectInformed: boolean;

  @Field(() => String, { nullable: true, description: "Waarom de betrokkene (nog) niet is geïnformeerd, bijvoorbeeld veiligheidsredenen. Null met FORBIDDEN als de categorie u niet is geopend." })
  @Column({ type: "text", nullable: true })
  subjectNotInformedReason: string | null;

  @TextCategory("subjectNotInformedReason")
  subjectNotInformedReasonCategory: InformationCategory | null;

  @Field(() => Date, { nullable: true, description: "Moment van screening (triage)." })
  @Column({ type: "timestamptz", nullable: true })
  triagedAt: Date | null;

  @Field(() => String, { nullable: true, description: "Reden van afwijzing bij screening. Null met FORBIDDEN als de categorie u niet is geopend." })
  @Column({ type: "text", nullable: true })
  rejectionReason: string | null;

  @TextCategory("rejectionReason")
  rejectionReasonCategory: InformationCategory | null;

  @Field(() => Date, { nullable: true, description: "Moment van het besluit over het spoor." })
  @Column({ type: "timestamptz", nullable: true })
  trackDecidedAt: Date | null;

  @Field(() => Date, { nullable: true, description: "Uiterlijke datum van de volgende bespreking aan tafel (uiterlijk 6 maanden na het plan)." })
  @Column({ type: "timestamptz", nullable: true })
  nextReviewDue: Date | null;

  @Field(() => Date, { nullable: true, description: "Begin van de passieve casusregie." })
  @Column({ type: "timestamptz", nullable: true })
  passiveSince: Date | null;

  @Field(() => Date, { nullable: true, description: "Moment van afsluiten, afschalen of terugverwijzen." })
  @Column({ type: "timestamptz", nullable: true })
  closedAt: Date | null;

  @Column({ type: "boolean", nullable: true })
  closureQualityOfLifeImproved: boolean | null;

  @Column({ type: "boolean", nullable: true })
  closureSafetyInPlace: boolean | null;

  @Column({ type: "boolean", nullable: true })
  closureRegularCareCanCarryOn: boolean | null;

  @Column({ type: "boolean", nullable: true })
  closureTreatmentImpossible: boolean | null;

  @Column({ type: "text", nullable: true })
  closureNote: string | null;

  /** The category of closureNote, shown as CaseClosure.noteCategory. */
  @TextCategoryColumn()
  closureNoteCategory: InformationCategory | null;

  @Field(() => String, { nullable: true, description: "Reden van afschalen naar het lokale veld. Null met FORBIDDEN als de categorie u niet is geopend." })
  @Column({ type: "text", nullable: true })
  scaleDownReason: string | null;

  @TextCategory("scaleDownReason")
  scaleDownReasonCategory: InformationCategory | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
