import { Field, ObjectType } from "type-graphql";
import { Case } from "../../entities";
import { Connection } from "../common/connection";

@ObjectType({ simpleResolvers: true, description: "Een pagina casussen." })
export class CaseConnection extends Connection(Case, "casus") {}

@ObjectType({ simpleResolvers: true, description: "Afsluiting van een casus: de drie uitspraken, of de vastgestelde onmogelijkheid van verdere behandeling." })
export class CaseClosure {
  @Field(() => Boolean, { nullable: true, description: "De kwaliteit van leven van de betrokkene is verbeterd." })
  qualityOfLifeImproved: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "De veiligheid van betrokkene en omgeving is nog geborgd." })
  safetyInPlace: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Reguliere zorg kan het overnemen." })
  regularCareCanCarryOn: boolean | null;

  @Field({ description: "Verdere behandeling is onmogelijk gebleken." })
  treatmentImpossible: boolean;

  @Field(() => String, { nullable: true, description: "Toelichting bij de afsluiting." })
  note: string | null;
}
