import { IsBoolean, IsOptional, IsString, IsUUID, Length } from "class-validator";
import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "Overgang naar passieve casusregie." })
export class MoveToPassiveDirectionInput {
  @Field(() => ID, { description: "De casus." })
  @IsUUID()
  caseId: string;
}

@InputType({ description: "Afsluiten van een casus na passieve casusregie, op de drie uitspraken van de tafel." })
export class CloseCaseInput {
  @Field(() => ID, { description: "De casus." })
  @IsUUID()
  caseId: string;

  @Field({ description: "De kwaliteit van leven van de betrokkene is verbeterd." })
  @IsBoolean()
  qualityOfLifeImproved: boolean;

  @Field({ description: "De veiligheid van betrokkene en omgeving is nog geborgd." })
  @IsBoolean()
  safetyInPlace: boolean;

  @Field({ description: "Reguliere zorg kan het overnemen." })
  @IsBoolean()
  regularCareCanCarryOn: boolean;

  @Field(() => String, { nullable: true, description: "Toelichting bij de afsluiting." })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  note?: string;
}

@InputType({ description: "Vastleggen dat verdere behandeling onmogelijk is gebleken; sluit de casus af." })
export class RecordTreatmentImpossibleInput {
  @Field(() => ID, { description: "De casus." })
  @IsUUID()
  caseId: string;

  @Field({ description: "Waarom verdere behandeling onmogelijk is." })
  @IsString()
  @Length(5, 5000)
  note: string;
}

@InputType({ description: "Afschalen van een casus naar het lokale veld." })
export class ScaleDownCaseInput {
  @Field(() => ID, { description: "De casus." })
  @IsUUID()
  caseId: string;

  @Field({ description: "Reden van afschalen." })
  @IsString()
  @Length(5, 5000)
  reason: string;
}
