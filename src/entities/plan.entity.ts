import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { InformationCategory, PlanStatus } from "../domain/enums";
import { Case } from "./case.entity";
import { Organisation } from "./organisation.entity";
import { TextCategory } from "./text-category";

@ObjectType({ simpleResolvers: true, description: "Plan van aanpak (PvA, integraal plan, afstemmingsplan): één versie; het plan is organisch en wordt steeds herzien." })
@Entity("plan")
@Index(["caseId", "version"], { unique: true })
@Index("plan_one_draft_per_case", ["caseId"], { unique: true, where: "status = 'DRAFT'" })
export class Plan {
  @Field(() => ID, { description: "Technische sleutel (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column("uuid")
  caseId: string;

  @ManyToOne(() => Case, { onDelete: "CASCADE" })
  @JoinColumn({ name: "case_id" })
  case?: Case;

  @Field(() => Int, { description: "Versienummer, oplopend vanaf 1." })
  @Column("int")
  version: number;

  @Field(() => PlanStatus, { description: "Concept, goedgekeurd of vervangen door een nieuwere versie." })
  @Column({ type: "enum", enum: PlanStatus, enumName: "plan_status", default: PlanStatus.DRAFT })
  status: PlanStatus;

  @Field(() => String, { nullable: true, description: "Samenvatting van het gezamenlijke toestandsbeeld en de aanpak. Null met FORBIDDEN als de categorie u niet is geopend." })
  @Column("text")
  summary: string;

  @TextCategory("summary")
  summaryCategory: InformationCategory | null;

  @Column("uuid")
  proposedById: string;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "proposed_by_id" })
  proposedBy?: Organisation;

  @Field({ description: "Moment van voorstellen." })
  @Column({ type: "timestamptz" })
  proposedAt: Date;

  @Field(() => Date, { nullable: true, description: "Moment van goedkeuring door de partners." })
  @Column({ type: "timestamptz", nullable: true })
  approvedAt: Date | null;
}
