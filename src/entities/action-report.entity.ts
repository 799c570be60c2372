import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { ActionStatus } from "../domain/enums";
import { Action } from "./action.entity";
import { Organisation } from "./organisation.entity";

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

  @Field({ description: "Tekst van de terugkoppeling." })
  @Column("text")
  feedback: string;

  @Field(() => ActionStatus, { description: "Status van de actie na deze terugkoppeling." })
  @Column({ type: "enum", enum: ActionStatus, enumName: "action_status" })
  statusAfter: ActionStatus;
}
