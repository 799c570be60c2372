import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { GoalStatus } from "../domain/enums";
import { Plan } from "./plan.entity";

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

  @Field({ description: "Omschrijving van de doelstelling." })
  @Column("text")
  description: string;

  @Field({ description: "Prioritaire doelstelling." })
  @Column({ default: false })
  priority: boolean;

  @Field(() => GoalStatus, { description: "Open, behaald of niet behaald." })
  @Column({ type: "enum", enum: GoalStatus, enumName: "goal_status", default: GoalStatus.OPEN })
  status: GoalStatus;
}
