import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { RelationKind } from "../domain/enums";
import { Case } from "./case.entity";

@ObjectType({ simpleResolvers: true, description: "Verwante persoon van de betrokkene (gezinslid, broer/zus, groepslid)." })
@Entity("related_person")
export class RelatedPerson {
  @Field(() => ID, { description: "Technische sleutel (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Index()
  @Column("uuid")
  caseId: string;

  @ManyToOne(() => Case, { onDelete: "CASCADE" })
  @JoinColumn({ name: "case_id" })
  case?: Case;

  @Field({ description: "Naam van de verwante persoon." })
  @Column()
  fullName: string;

  @Field(() => RelationKind, { description: "Relatie tot de betrokkene." })
  @Column({ type: "enum", enum: RelationKind, enumName: "relation_kind" })
  relation: RelationKind;
}
