import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { TableKind } from "../domain/enums";
import { Organisation } from "./organisation.entity";

@ObjectType("Table", { simpleResolvers: true, description: "Overleg (tafel, expertentafel): een vast overleg van een huis met vaste leden." })
@Entity("consultation_table")
export class ConsultationTable {
  @Field(() => ID, { description: "Technische sleutel (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "Naam van het overleg." })
  @Column()
  name: string;

  @Field(() => TableKind, { description: "Soort overleg." })
  @Column({ type: "enum", enum: TableKind, enumName: "table_kind" })
  kind: TableKind;

  @Field({ description: "Strafrechtcomponent: of het overleg een strafrechtelijke component heeft." })
  @Column({ default: false })
  hasCriminalLawComponent: boolean;

  /** The ZVH / SAMEN office (COORDINATION organisation) whose process directors run this table. */
  @Column("uuid")
  houseId: string;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "house_id" })
  house?: Organisation;
}
