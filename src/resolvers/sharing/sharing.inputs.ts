import { IsDateString, IsEnum, IsOptional, IsString, IsUUID, Length, Matches } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { InformationCategory } from "../../domain/enums";

@InputType({ description: "Infodeling: een feit over de betrokkene dat uw organisatie in de casus deelt." })
export class ShareInformationInput {
  @Field(() => ID, { description: "De casus." })
  @IsUUID()
  caseId: string;

  @Field(() => InformationCategory, { description: "Categorie: veiligheid, of een zorgcategorie." })
  @IsEnum(InformationCategory)
  category: InformationCategory;

  @Field({ description: "De informatie." })
  @IsString()
  @Length(1, 20000)
  content: string;

  @Field({ description: "Datum waarop het feit gold of bekend werd (JJJJ-MM-DD), niet in de toekomst." })
  @IsDateString({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: "factDate must be a date YYYY-MM-DD" })
  factDate: string;

  @Field(() => ID, { nullable: true, description: "Grondslag van deze casus waaronder gedeeld wordt; verplicht voor zorginformatie." })
  @IsOptional()
  @IsUUID()
  legalBasisId?: string;
}
