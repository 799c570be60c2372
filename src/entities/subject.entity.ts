import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

@ObjectType({ simpleResolvers: true, description: "Betrokkene (cliënt): de persoon over wie zorgen bestaan." })
@Entity("subject")
export class Subject {
  @Field(() => ID, { description: "Technische sleutel (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "Naam van de betrokkene." })
  @Column()
  fullName: string;

  @Field(() => String, { nullable: true, description: "Geboortedatum (JJJJ-MM-DD)." })
  @Column({ type: "date", nullable: true })
  dateOfBirth: string | null;

  @Field(() => String, { nullable: true, description: "Woonplaats / gemeente." })
  @Column({ type: "varchar", nullable: true })
  municipality: string | null;
}
