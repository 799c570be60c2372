import { ArrayMaxSize, IsBoolean, IsDefined, ValidateIf, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Min, ValidateNested } from "class-validator";
import { IsCalendarDay } from "../../input/calendar-day";
import { Field, ID, InputType, Int } from "type-graphql";
import { ActionKind, InformationCategory } from "../../domain/enums";

@InputType({ description: "Een doelstelling in een plan van aanpak." })
export class GoalInput {
  @Field({ description: "Omschrijving van de doelstelling." })
  @IsString()
  @Length(3, 2000)
  description: string;

  @Field(() => InformationCategory, { description: "Categorie van description: SAFETY, of de zorgcategorie die de tekst bevat. Een zorgcategorie vraagt hetzelfde recht als lezen." })
  @IsEnum(InformationCategory)
  descriptionCategory: InformationCategory;

  @Field({ description: "Prioritaire doelstelling: moet behaald zijn voor passieve casusregie." })
  @IsBoolean()
  priority: boolean;
}

/** Shared fields of an action in a proposal and in a draft; not itself part of the schema (no field uses it). */
@InputType({ description: "Velden van een actie." })
abstract class ActionFields {
  @Field({ description: "Omschrijving van de actie (afspraak)." })
  @IsString()
  @Length(3, 2000)
  description: string;

  @Field(() => InformationCategory, { description: "Categorie van description: SAFETY, of de zorgcategorie die de tekst bevat. Een zorgcategorie vraagt hetzelfde recht als lezen." })
  @IsEnum(InformationCategory)
  descriptionCategory: InformationCategory;

  @Field(() => ActionKind, { description: "Zorg- of veiligheidsinterventie." })
  @IsEnum(ActionKind)
  kind: ActionKind;

  @Field(() => ID, { description: "De uitvoerende organisatie (uitvoerder); moet deelnemen aan de casus." })
  @IsUUID()
  executorOrganisationId: string;

  @Field({ description: "Uiterste datum (JJJJ-MM-DD)." })
  @IsCalendarDay()
  dueDate: string;
}

@InputType({ description: "Een actie in een voorstel voor een plan van aanpak." })
export class ProposedActionInput extends ActionFields {
  @Field(() => Int, { nullable: true, description: "Index (vanaf 0) van de doelstelling in `goals` waar de actie aan bijdraagt." })
  @IsOptional()
  @IsInt()
  @Min(0)
  goalIndex?: number;
}

@InputType({ description: "Voorstel voor het eerste plan van aanpak (PvA) van een casus." })
export class ProposePlanInput {
  @Field(() => ID, { description: "De casus." })
  @IsUUID()
  caseId: string;

  @Field({ description: "Samenvatting van het gezamenlijke toestandsbeeld en de aanpak." })
  @IsString()
  @Length(3, 10000)
  summary: string;

  @Field(() => InformationCategory, { description: "Categorie van summary: SAFETY, of de zorgcategorie die de tekst bevat. Een zorgcategorie vraagt hetzelfde recht als lezen." })
  @IsEnum(InformationCategory)
  summaryCategory: InformationCategory;

  @Field(() => [GoalInput], { defaultValue: [], description: "Doelstellingen." })
  @ValidateNested({ each: true })
  @ArrayMaxSize(50)
  goals: GoalInput[];

  @Field(() => [ProposedActionInput], { defaultValue: [], description: "Acties (afspraken)." })
  @ValidateNested({ each: true })
  @ArrayMaxSize(200)
  actions: ProposedActionInput[];
}

@InputType({ description: "Herziening van het plan van aanpak: een nieuwe conceptversie op basis van het geldende plan." })
export class RevisePlanInput {
  @Field(() => ID, { description: "De casus." })
  @IsUUID()
  caseId: string;

  @Field(() => String, { nullable: true, description: "Nieuwe samenvatting; zonder blijft de samenvatting van het geldende plan." })
  @IsOptional()
  @IsString()
  @Length(3, 10000)
  summary?: string;

  @Field(() => InformationCategory, { nullable: true, description: "Categorie van summary; verplicht als summary is ingevuld. Een zorgcategorie vraagt hetzelfde recht als lezen." })
  @ValidateIf((input: RevisePlanInput) => input.summary != null || input.summaryCategory != null)
  // type-graphql validates with skipMissingProperties; IsDefined is the one check that still sees a missing value.
  @IsDefined({ message: "summaryCategory is required with a new summary" })
  @IsEnum(InformationCategory)
  summaryCategory?: InformationCategory;
}

@InputType({ description: "Een doelstelling toevoegen aan een concept-plan." })
export class AddGoalInput extends GoalInput {
  @Field(() => ID, { description: "Het concept-plan." })
  @IsUUID()
  planId: string;
}

@InputType({ description: "Een actie toevoegen aan een concept-plan." })
export class AddActionInput extends ActionFields {
  @Field(() => ID, { description: "Het concept-plan." })
  @IsUUID()
  planId: string;

  @Field(() => ID, { nullable: true, description: "De doelstelling (van hetzelfde plan) waar de actie aan bijdraagt." })
  @IsOptional()
  @IsUUID()
  goalId?: string;
}

@InputType({ description: "Goedkeuring van een concept-plan door de partners, vastgelegd door de procesregisseur." })
export class ApprovePlanInput {
  @Field(() => ID, { description: "Het concept-plan." })
  @IsUUID()
  planId: string;
}
