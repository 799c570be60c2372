import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { GoalStatus, InformationCategory } from "../domain/enums";
import { Case } from "./case.entity";
import { Plan } from "./plan.entity";
import { TextCategory } from "./text-category";

@ObjectType({ simpleResolvers: true, description: "Doelstelling in een plan van aanpak; sommige hebben prioriteit." })
@Entity("goal")
export class Goal {
  @Field(() => ID, { description: "Technische sleutel (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index()
  @Column("uuid")
  planId: string;

  @ManyToOne(() => Plan, { onDelete: "CASCADE" })
  @JoinColumn({ name: "plan_id" })
  plan?: Plan;

  /** The case of the plan, so rules find it without walking the plan. */
  @Index()
  @Column("uuid")
  caseId: string;

  @ManyToOne(() => Case, { onDelete: "CASCADE" })
  @JoinColumn({ name: "case_id" })
  case?: Case;

  @Field(() => String, { nullable: true, description: "Omschrijving van de doelstelling. Null met FORBIDDEN als de categorie u niet is geopend." })
  @Column("text")
  description: string;

  @TextCategory("description")
  descriptionCategory: InformationCategory | null;

  @Field({ description: "Prioritaire doelstelling." })
  @Column({ default: false })
  priority: boolean;

  @Field(() => GoalStatus, { description: "Open, behaald of niet behaald." })
  @Column({ type: "enum", enum: GoalStatus, enumName: "goal_status", default: GoalStatus.OPEN })
  status: GoalStatus;
}
