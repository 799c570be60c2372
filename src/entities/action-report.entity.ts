import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { ActionStatus, InformationCategory } from "../domain/enums";
import { Action } from "./action.entity";
import { Case } from "./case.entity";
import { Organisation } from "./organisation.entity";
import { TextCategory } from "./text-category";

@ObjectType({ simpleResolvers: true, description: "Terugkoppeling van een uitvoerder over een actie." })
@Entity("action_report")
export class ActionReport {
  @Field(() => ID, { description: "Technische sleutel (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index()
  @Column("uuid")
  actionId: string;

  @ManyToOne(() => Action, { onDelete: "CASCADE" })
  @JoinColumn({ name: "action_id" })
  action?: Action;

  @Column("uuid")
  reportedById: string;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "reported_by_id" })
  reportedBy?: Organisation;

  @Field({ description: "Moment van terugkoppelen." })
  @Column({ type: "timestamptz" })
  reportedAt: Date;

  /** The case of the action, so rules find it without walking action and plan. */
  @Index()
  @Column("uuid")
  caseId: string;

  @ManyToOne(() => Case, { onDelete: "CASCADE" })
  @JoinColumn({ name: "case_id" })
  case?: Case;

  @Field(() => String, { nullable: true, description: "Tekst van de terugkoppeling. Null met FORBIDDEN als de categorie u niet is geopend." })
  @Column("text")
  feedback: string;

  @TextCategory("feedback")
  feedbackCategory: InformationCategory | null;

  @Field(() => ActionStatus, { description: "Status van de actie na deze terugkoppeling." })
  @Column({ type: "enum", enum: ActionStatus, enumName: "action_status" })
  statusAfter: ActionStatus;
}
