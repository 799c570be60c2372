import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { AgendaItemKind, InformationCategory } from "../domain/enums";
import { Case } from "./case.entity";
import { Meeting } from "./meeting.entity";
import { TextCategory } from "./text-category";

@ObjectType({ simpleResolvers: true, description: "Agendapunt: een casus op de agenda van een casusoverleg, met het verslag van die bespreking." })
@Entity("agenda_item")
@Index(["meetingId", "caseId"], { unique: true })
export class AgendaItem {
  @Field(() => ID, { description: "Technische sleutel (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column("uuid")
  meetingId: string;

  @ManyToOne(() => Meeting, { onDelete: "CASCADE" })
  @JoinColumn({ name: "meeting_id" })
  meeting?: Meeting;

  @Index()
  @Column("uuid")
  caseId: string;

  @ManyToOne(() => Case, { onDelete: "CASCADE" })
  @JoinColumn({ name: "case_id" })
  case?: Case;

  @Field(() => AgendaItemKind, { description: "Nieuwe casus of vervolgbespreking." })
  @Column({ type: "enum", enum: AgendaItemKind, enumName: "agenda_item_kind" })
  kind: AgendaItemKind;

  @Field(() => String, { nullable: true, description: "Verslag (verslaglegging) van de bespreking van deze casus. Null met FORBIDDEN als de categorie u niet is geopend." })
  @Column({ type: "text", nullable: true })
  minutes: string | null;

  @TextCategory("minutes")
  minutesCategory: InformationCategory | null;
}
