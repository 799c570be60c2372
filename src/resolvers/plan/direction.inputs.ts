import { IsBoolean, IsDefined, IsEnum, IsOptional, IsString, IsUUID, Length, ValidateIf } from "class-validator";
import { InformationCategory } from "../../domain/enums";
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

  @Field(() => InformationCategory, { nullable: true, description: "Categorie van note; verplicht als note is ingevuld. Een zorgcategorie vraagt hetzelfde recht als lezen." })
  @ValidateIf((input: CloseCaseInput) => input.note != null || input.noteCategory != null)
  @IsDefined({ message: "noteCategory is required with a note" })
  @IsEnum(InformationCategory)
  noteCategory?: InformationCategory;
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

  @Field(() => InformationCategory, { description: "Categorie van note: SAFETY, of de zorgcategorie die de tekst bevat. Een zorgcategorie vraagt hetzelfde recht als lezen." })
  @IsEnum(InformationCategory)
  noteCategory: InformationCategory;
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

  @Field(() => InformationCategory, { description: "Categorie van reason: SAFETY, of de zorgcategorie die de tekst bevat. Een zorgcategorie vraagt hetzelfde recht als lezen." })
  @IsEnum(InformationCategory)
  reasonCategory: InformationCategory;
}
