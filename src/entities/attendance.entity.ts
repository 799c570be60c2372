import { Field, ObjectType } from "type-graphql";
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { Meeting } from "./meeting.entity";
import { Organisation } from "./organisation.entity";

@ObjectType({ simpleResolvers: true, description: "Aanwezigheid van een organisatie bij een casusoverleg." })
@Entity("attendance")
export class Attendance {
  @PrimaryColumn("uuid")
  meetingId: string;

  @PrimaryColumn("uuid")
  organisationId: string;

  @ManyToOne(() => Meeting, { onDelete: "CASCADE" })
  @JoinColumn({ name: "meeting_id" })
  meeting?: Meeting;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "organisation_id" })
  organisation?: Organisation;

  @Field({ description: "Aanwezig (true) of afgemeld (false)." })
  @Column()
  present: boolean;

  @Field(() => String, { nullable: true, description: "Naam van de aanwezige professional." })
  @Column({ type: "varchar", nullable: true })
  professionalName: string | null;
}
