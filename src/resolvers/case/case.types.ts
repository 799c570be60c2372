import { Field, ObjectType } from "type-graphql";
import { InformationCategory } from "../../domain/enums";
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

  @Field(() => String, { nullable: true, description: "Toelichting bij de afsluiting. Null met FORBIDDEN als de categorie u niet is geopend." })
  note: string | null;

  @Field(() => InformationCategory, {
    nullable: true,
    description: "Categorie van note: SAFETY, een zorgcategorie, of null (niet geclassificeerd, telt als zorginformatie). Zelfde regel als note.",
  })
  noteCategory: InformationCategory | null;

  /** The case the closure belongs to, for the care rule on note (not a GraphQL field). */
  caseId: string;
}

/** The closure of a case, or null while it has none. */
export function closureOf(found: Case): CaseClosure | null {
  if (found.closureTreatmentImpossible === null && found.closureQualityOfLifeImproved === null) return null;
  return {
    caseId: found.id,
    qualityOfLifeImproved: found.closureQualityOfLifeImproved,
    safetyInPlace: found.closureSafetyInPlace,
    regularCareCanCarryOn: found.closureRegularCareCanCarryOn,
    treatmentImpossible: found.closureTreatmentImpossible ?? false,
    note: found.closureNote,
    noteCategory: found.closureNoteCategory,
  };
}
