import { IsDefined, IsEnum, IsString, IsUUID, Length, ValidateIf } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { InformationCategory, Track, TriageDecision } from "../../domain/enums";

@InputType({ description: "Screening (triage) van een aangemelde casus." })
export class TriageCaseInput {
  @Field(() => ID, { description: "De aangemelde casus." })
  @IsUUID()
  caseId: string;

  @Field(() => TriageDecision, { description: "Aannemen (naar dossiervorming) of afwijzen." })
  @IsEnum(TriageDecision)
  decision: TriageDecision;

  @Field(() => String, { nullable: true, description: "Reden; verplicht bij afwijzen, wordt aan de aanmelder getoond." })
  @ValidateIf((input: TriageCaseInput) => input.decision === TriageDecision.REJECT || input.reason != null)
  // type-graphql validates with skipMissingProperties; IsDefined is the one check that still sees a missing value.
  @IsDefined({ message: "reason is required when rejecting" })
  @IsString()
  @Length(5, 2000)
  reason?: string;

  @Field(() => InformationCategory, { nullable: true, description: "Categorie van reason; verplicht als reason is ingevuld. Een zorgcategorie vraagt hetzelfde recht als lezen." })
  @ValidateIf((input: TriageCaseInput) => input.reason != null || input.reasonCategory != null)
  @IsDefined({ message: "reasonCategory is required with a reason" })
  @IsEnum(InformationCategory)
  reasonCategory?: InformationCategory;
}

@InputType({ description: "Besluit over het spoor na de eerste bespreking aan tafel." })
export class DecideTrackInput {
  @Field(() => ID, { description: "De casus in dossiervorming." })
  @IsUUID()
  caseId: string;

  @Field(() => Track, { description: "Spoor 1 (advies), 2 (opvolging door een partner) of 3 (ketenaanpak)." })
  @IsEnum(Track)
  track: Track;
}

