import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { EscalationLevel, InformationCategory, SignalKind, SignalStatus } from "../domain/enums";
import { Action } from "./action.entity";
import { Case } from "./case.entity";
import { Organisation } from "./organisation.entity";
import { TextCategory } from "./text-category";

@ObjectType({ simpleResolvers: true, description: "Signaal (opschaling): een partner meldt dat een actie niet lukt of dat er iets veranderde." })
@Entity("signal")
export class Signal {
  @Field(() => ID, { description: "Technische sleutel (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index()
  @Column("uuid")
  caseId: string;

  @ManyToOne(() => Case, { onDelete: "CASCADE" })
  @JoinColumn({ name: "case_id" })
  case?: Case;

  @Column({ type: "uuid", nullable: true })
  actionId: string | null;

  @ManyToOne(() => Action, { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "action_id" })
  action?: Action | null;

  @Column("uuid")
  raisedById: string;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "raised_by_id" })
  raisedBy?: Organisation;

  @Field(() => SignalKind, { description: "Soort signaal." })
  @Column({ type: "enum", enum: SignalKind, enumName: "signal_kind" })
  kind: SignalKind;

  @Field(() => String, { nullable: true, description: "Toelichting. Null met FORBIDDEN als de categorie u niet is geopend." })
  @Column("text")
  description: string;

  @TextCategory("description")
  descriptionCategory: InformationCategory | null;

  @Field(() => EscalationLevel, { description: "Huidig opschalingsniveau." })
  @Column({ type: "enum", enum: EscalationLevel, enumName: "escalation_level", default: EscalationLevel.CASE_DIRECTOR })
  level: EscalationLevel;

  @Field(() => SignalStatus, { description: "Open of afgehandeld." })
  @Column({ type: "enum", enum: SignalStatus, enumName: "signal_status", default: SignalStatus.OPEN })
  status: SignalStatus;

  @Field({ description: "Moment van melden." })
  @Column({ type: "timestamptz" })
  raisedAt: Date;

  @Field(() => Date, { nullable: true, description: "Moment van de laatste opschaling." })
  @Column({ type: "timestamptz", nullable: true })
  escalatedAt: Date | null;

  @Field(() => Date, { nullable: true, description: "Moment van afhandeling." })
  @Column({ type: "timestamptz", nullable: true })
  resolvedAt: Date | null;
}
