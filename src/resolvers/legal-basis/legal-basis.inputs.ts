import { ArrayMaxSize, ArrayNotEmpty, IsDate, IsEnum, IsOptional, IsString, IsUUID, Length } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { InformationCategory, LegalBasisType } from "../../domain/enums";

@InputType({ description: "Leg een grondslag vast: welke deelnemers welke categorieën informatie in deze casus mogen zien." })
export class RecordLegalBasisInput {
  @Field(() => ID, { description: "De casus." })
  @IsUUID()
  caseId: string;

  @Field(() => LegalBasisType, { description: "Soort grondslag (protocol 458ter Sw, toestemming, convenant …)." })
  @IsEnum(LegalBasisType)
  type: LegalBasisType;

  @Field(() => [InformationCategory], { description: "Categorieën die de grondslag opent (minstens één)." })
  @ArrayNotEmpty()
  @ArrayMaxSize(6)
  @IsEnum(InformationCategory, { each: true })
  categories: InformationCategory[];

  @Field(() => [ID], { description: "Deelnemende organisaties voor wie de grondslag geldt (minstens één)." })
  @ArrayNotEmpty()
  @ArrayMaxSize(100)
  @IsUUID("all", { each: true })
  organisationIds: string[];

  @Field({ description: "Begin van de geldigheid." })
  @IsDate()
  validFrom: Date;

  @Field(() => Date, { nullable: true, description: "Einde van de geldigheid (na het begin); leeg is onbepaald." })
  @IsOptional()
  @IsDate()
  validUntil?: Date;

  @Field({ description: "Documentverwijzing (protocol, toestemmingsformulier, convenant)." })
  @IsString()
  @Length(1, 500)
  documentReference: string;

  @Field(() => InformationCategory, { description: "Categorie van documentReference: SAFETY, of de zorgcategorie die de tekst bevat. Een zorgcategorie vraagt hetzelfde recht als lezen." })
  @IsEnum(InformationCategory)
  documentReferenceCategory: InformationCategory;
}

@InputType({ description: "Trek een grondslag in; vanaf dan opent zij niets meer." })
export class RevokeLegalBasisInput {
  @Field(() => ID, { description: "De grondslag." })
  @IsUUID()
  legalBasisId: string;

  @Field({ description: "Reden van intrekken (bijvoorbeeld: toestemming ingetrokken)." })
  @IsString()
  @Length(5, 2000)
  reason: string;

  @Field(() => InformationCategory, { description: "Categorie van reason: SAFETY, of de zorgcategorie die de tekst bevat. Een zorgcategorie vraagt hetzelfde recht als lezen." })
  @IsEnum(InformationCategory)
  reasonCategory: InformationCategory;
}

@InputType({ description: "Bevestig als tweede persoon een grondslag die zorginformatie opent voor de organisatie die haar vastlegde (vier ogen)." })
export class ConfirmLegalBasisInput {
  @Field(() => ID, { description: "De grondslag." })
  @IsUUID()
  legalBasisId: string;
}
