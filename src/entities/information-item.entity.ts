import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { InformationCategory } from "../domain/enums";
import { Case } from "./case.entity";
import { LegalBasis } from "./legal-basis.entity";
import { Organisation } from "./organisation.entity";

@ObjectType({ simpleResolvers: true, description: "Infodeling: een feit dat een partner over de betrokkene deelt, met categorie, bron en grondslag." })
@Entity("information_item")
@Index(["caseId", "category"])
export class InformationItem {
  @Field(() => ID, { description: "Technische sleutel (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column("uuid")
  caseId: string;

  @ManyToOne(() => Case, { onDelete: "CASCADE" })
  @JoinColumn({ name: "case_id" })
  case?: Case;

  @Field(() => InformationCategory, { description: "Categorie van de informatie." })
  @Column({ type: "enum", enum: InformationCategory, enumName: "information_category" })
  category: InformationCategory;

  @Field(() => String, { nullable: true, description: "De gedeelde informatie. Null met FORBIDDEN als de categorie u niet is geopend." })
  @Column("text")
  content: string;

  @Column("uuid")
  supplierId: string;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "supplier_id" })
  supplier?: Organisation;

  @Column({ type: "uuid", nullable: true })
  legalBasisId: string | null;

  @ManyToOne(() => LegalBasis, { onDelete: "RESTRICT", nullable: true })
  @JoinColumn({ name: "legal_basis_id" })
  legalBasis?: LegalBasis | null;

  @Field({ description: "Datum waarop het feit gold of bekend werd." })
  @Column({ type: "date" })
  factDate: string;

  @Field({ description: "Moment van delen." })
  @Column({ type: "timestamptz" })
  sharedAt: Date;
}
