import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { MeetingStatus } from "../domain/enums";
import { ConsultationTable } from "./table.entity";

@ObjectType({ simpleResolvers: true, description: "Casusoverleg (vergadering): een zitting van een tafel met agenda, aanwezigheid en verslag." })
@Entity("meeting")
export class Meeting {
  @Field(() => ID, { description: "Technische sleutel (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index()
  @Column("uuid")
  tableId: string;

  @ManyToOne(() => ConsultationTable, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "table_id" })
  table?: ConsultationTable;

  @Field({ description: "Geplande datum en tijd." })
  @Column({ type: "timestamptz" })
  scheduledAt: Date;

  @Field(() => MeetingStatus, { description: "Gepland of gehouden." })
  @Column({ type: "enum", enum: MeetingStatus, enumName: "meeting_status", default: MeetingStatus.PLANNED })
  status: MeetingStatus;

  @Field(() => Date, { nullable: true, description: "Moment waarop de procesregisseur het verslag deelde." })
  @Column({ type: "timestamptz", nullable: true })
  reportSharedAt: Date | null;
}
