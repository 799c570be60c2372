import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { ActionKind, ActionStatus, InformationCategory } from "../domain/enums";
import { Case } from "./case.entity";
import { Goal } from "./goal.entity";
import { Organisation } from "./organisation.entity";
import { Plan } from "./plan.entity";
import { TextCategory } from "./text-category";

@ObjectType({ simpleResolvers: true, description: "Actie (afspraak): één afgesproken stap met uitvoerder en termijn." })
@Entity("action")
export class Action {
  @Field(() => ID, { description: "Technische sleutel (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index()
  @Column("uuid")
  planId: string;

  @ManyToOne(() => Plan, { onDelete: "CASCADE" })
  @JoinColumn({ name: "plan_id" })
  plan?: Plan;

  @Column({ type: "uuid", nullable: true })
  goalId: string | null;

  @ManyToOne(() => Goal, { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "goal_id" })
  goal?: Goal | null;

  /** The case of the plan, so rules find it without walking the plan. */
  @Index()
  @Column("uuid")
  caseId: string;

  @ManyToOne(() => Case, { onDelete: "CASCADE" })
  @JoinColumn({ name: "case_id" })
  case?: Case;

  @Field(() => String, { nullable: true, description: "Omschrijving van de actie. Null met FORBIDDEN als de categorie u niet is geopend." })
  @Column("text")
  description: string;

  @TextCategory("description")
  descriptionCategory: InformationCategory | null;

  @Field(() => ActionKind, { description: "Zorg- of veiligheidsinterventie." })
  @Column({ type: "enum", enum: ActionKind, enumName: "action_kind" })
  kind: ActionKind;

  @Column("uuid")
  executorId: string;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "executor_id" })
  executor?: Organisation;

  @Field({ description: "Uiterste datum (JJJJ-MM-DD)." })
  @Column({ type: "date" })
  dueDate: string;

  @Field(() => ActionStatus, { description: "Status van de actie." })
  @Column({ type: "enum", enum: ActionStatus, enumName: "action_status", default: ActionStatus.OPEN })
  status: ActionStatus;
}
