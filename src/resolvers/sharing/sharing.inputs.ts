import { IsEnum, IsOptional, IsString, IsUUID, Length } from "class-validator";
import { IsCalendarDay } from "../../input/calendar-day";
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
  @IsCalendarDay()
  factDate: string;

  @Field(() => ID, { nullable: true, description: "Grondslag van deze casus waaronder gedeeld wordt; verplicht voor zorginformatie." })
  @IsOptional()
  @IsUUID()
  legalBasisId?: string;
}
