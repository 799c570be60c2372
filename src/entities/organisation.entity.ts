import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { Country, OrganisationDomain } from "../domain/enums";

@ObjectType({ simpleResolvers: true, description: "Ketenpartner-organisatie: politie, OM/parket, gemeente, zorgaanbieder, of het ZVH / SAMEN-bureau zelf." })
@Entity("organisation")
export class Organisation {
  @Field(() => ID, { description: "Technische sleutel (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "Stabiele code (slug), ook gebruikt in het trust register." })
  @Column({ unique: true })
  code: string;

  @Field({ description: "Naam van de organisatie." })
  @Column()
  name: string;

  @Field(() => OrganisationDomain, { description: "Domein: veiligheid, zorg of coördinatie." })
  @Column({ type: "enum", enum: OrganisationDomain, enumName: "organisation_domain" })
  domain: OrganisationDomain;

  @Field(() => Country, { description: "Land (NL of BE)." })
  @Column({ type: "enum", enum: Country, enumName: "country" })
  country: Country;
}
