import { IsBoolean, IsDefined, IsEnum, IsOptional, IsString, IsUUID, Length, ValidateIf, ValidateNested, ArrayMaxSize } from "class-validator";
import { IsCalendarDay } from "../../input/calendar-day";
import { Field, ID, InputType } from "type-graphql";
import { CasePhase, InformationCategory, RelationKind, Track } from "../../domain/enums";

@InputType({ description: "Filter voor casussen." })
export class CaseFilter {
  @Field(() => [CasePhase], { nullable: true, description: "Alleen casussen in een van deze fasen." })
  @IsOptional()
  @IsEnum(CasePhase, { each: true })
  phases?: CasePhase[];

  @Field(() => ID, { nullable: true, description: "Alleen casussen van deze tafel." })
  @IsOptional()
  @IsUUID()
  tableId?: string;

  @Field(() => Track, { nullable: true, description: "Alleen casussen in dit spoor." })
  @IsOptional()
  @IsEnum(Track)
  track?: Track;
}

@InputType({ description: "De betrokkene bij aanmelding." })
export class SubjectInput {
  @Field({ description: "Naam van de betrokkene." })
  @IsString()
  @Length(1, 200)
  fullName: string;

  @Field(() => String, { nullable: true, description: "Geboortedatum (JJJJ-MM-DD)." })
  @IsOptional()
  @IsCalendarDay()
  dateOfBirth?: string;

  @Field(() => String, { nullable: true, description: "Woonplaats / gemeente." })
  @IsOptional()
  @Length(1, 200)
  municipality?: string;
}

@InputType({ description: "Een verwante persoon bij aanmelding." })
export class RelatedPersonInput {
  @Field({ description: "Naam." })
  @IsString()
  @Length(1, 200)
  fullName: string;

  @Field(() => RelationKind, { description: "Relatie tot de betrokkene." })
  @IsEnum(RelationKind)
  relation: RelationKind;
}

@InputType({ description: "Aanmelding van een casus." })
export class RegisterCaseInput {
  @Field(() => ID, { description: "De tafel waar de casus wordt aangemeld." })
  @IsUUID()
  tableId: string;

  @Field(() => SubjectInput, { description: "De betrokkene." })
  @ValidateNested()
  subject: SubjectInput;

  @Field(() => [RelatedPersonInput], { defaultValue: [], description: "Verwante personen (gezin, broers/zussen, groepsleden)." })
  @ValidateNested({ each: true })
  @ArrayMaxSize(50)
  relatedPersons: RelatedPersonInput[];

  @Field({ description: "Wat binnen de eigen organisatie al is geprobeerd." })
  @IsString()
  @Length(10, 5000)
  triedWithinOwnOrganisation: string;

  @Field(() => InformationCategory, { description: "Categorie van triedWithinOwnOrganisation: SAFETY, of de zorgcategorie die de tekst bevat. Een zorgcategorie vraagt hetzelfde recht als lezen." })
  @IsEnum(InformationCategory)
  triedWithinOwnOrganisationCategory: InformationCategory;

  @Field({ description: "Of de betrokkene is geïnformeerd." })
  @IsBoolean()
  subjectInformed: boolean;

  @Field(() => String, { nullable: true, description: "Verplicht als de betrokkene niet is geïnformeerd: waarom niet (bijvoorbeeld veiligheid)." })
  @ValidateIf((input: RegisterCaseInput) => input.subjectInformed === false)
  @IsDefined({ message: "subjectNotInformedReason is required when the subject has not been informed" })
  @IsString()
  @Length(5, 2000)
  subjectNotInformedReason?: string;

  @Field(() => InformationCategory, { nullable: true, description: "Categorie van subjectNotInformedReason; verplicht als subjectNotInformedReason is ingevuld. Een zorgcategorie vraagt hetzelfde recht als lezen." })
  @ValidateIf((input: RegisterCaseInput) => input.subjectNotInformedReason != null || input.subjectNotInformedReasonCategory != null)
  @IsDefined({ message: "subjectNotInformedReasonCategory is required with a subjectNotInformedReason" })
  @IsEnum(InformationCategory)
  subjectNotInformedReasonCategory?: InformationCategory;

  @Field(() => String, { nullable: true, description: "Naam van de aanmeldende professional." })
  @IsOptional()
  @Length(1, 200)
  professionalName?: string;
}

