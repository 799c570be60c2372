import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { ParticipantRole } from "../domain/enums";
import { Case } from "./case.entity";
import { Organisation } from "./organisation.entity";

@ObjectType({ simpleResolvers: true, description: "Deelnemer: een organisatie (en haar professional) die aan één casus deelneemt." })
@Entity("participant")
/** The case list's row-level rule and its count look up an organisation's active participations. */
@Index("participant_active_by_organisation", ["organisationId", "caseId"], { where: "left_at IS NULL" })
@Index("participant_active_unique", ["caseId", "organisationId"], { unique: true, where: "left_at IS NULL" })
@Index("participant_one_case_director", ["caseId"], { unique: true, where: "left_at IS NULL AND role = 'CASE_DIRECTOR'" })
export class Participant {
  @Field(() => ID, { description: "Technische sleutel (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index()
  @Column("uuid")
  caseId: string;

  @ManyToOne(() => Case, { onDelete: "CASCADE" })
  @JoinColumn({ name: "case_id" })
  case?: Case;

  @Column("uuid")
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "organisation_id" })
  organisation?: Organisation;

  @Field(() => ParticipantRole, { description: "Rol in de casus: aanmelder, ketenpartner, casusregisseur, ad-hoc partner." })
  @Column({ type: "enum", enum: ParticipantRole, enumName: "participant_role" })
  role: ParticipantRole;

  @Field(() => String, { nullable: true, description: "Naam van de betrokken professional." })
  @Column({ type: "varchar", nullable: true })
  professionalName: string | null;

  @Field({ description: "Moment van toetreden." })
  @Column({ type: "timestamptz" })
  joinedAt: Date;

  @Field(() => Date, { nullable: true, description: "Moment van vertrek uit de casus; null zolang de deelnemer actief is." })
  @Column({ type: "timestamptz", nullable: true })
  leftAt: Date | null;
}
