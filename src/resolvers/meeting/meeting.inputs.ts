import { IsBoolean, IsDate, IsEnum, IsOptional, IsString, IsUUID, Length } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { AgendaItemKind, InformationCategory } from "../../domain/enums";

@InputType({ description: "Plan een casusoverleg (vergadering) van een tafel." })
export class ScheduleMeetingInput {
  @Field(() => ID, { description: "De tafel (het overleg)." })
  @IsUUID()
  tableId: string;

  @Field({ description: "Datum en tijd van de vergadering." })
  @IsDate()
  scheduledAt: Date;
}

@InputType({ description: "Zet een casus op de agenda van een gepland casusoverleg." })
export class PutOnAgendaInput {
  @Field(() => ID, { description: "Het geplande casusoverleg, van de tafel van de casus." })
  @IsUUID()
  meetingId: string;

  @Field(() => ID, { description: "De casus." })
  @IsUUID()
  caseId: string;

  @Field(() => AgendaItemKind, { description: "Nieuwe casus of vervolgbespreking." })
  @IsEnum(AgendaItemKind)
  kind: AgendaItemKind;
}

@InputType({ description: "Aanwezigheid (of afmelding) van een organisatie bij een gepland casusoverleg." })
export class RecordAttendanceInput {
  @Field(() => ID, { description: "Het geplande casusoverleg." })
  @IsUUID()
  meetingId: string;

  @Field(() => ID, { description: "De organisatie." })
  @IsUUID()
  organisationId: string;

  @Field({ description: "Aanwezig (true) of afgemeld (false)." })
  @IsBoolean()
  present: boolean;

  @Field(() => String, { nullable: true, description: "Naam van de aanwezige professional." })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  professionalName?: string;
}

@InputType({ description: "Verslag (verslaglegging) van de bespreking van één casus." })
export class RecordMinutesInput {
  @Field(() => ID, { description: "Het agendapunt (de casus op dit overleg)." })
  @IsUUID()
  agendaItemId: string;

  @Field({ description: "Het verslag van de bespreking." })
  @IsString()
  @Length(1, 20000)
  minutes: string;

  @Field(() => InformationCategory, { description: "Categorie van minutes: SAFETY, of de zorgcategorie die het verslag bevat. Een zorgcategorie vraagt hetzelfde recht als lezen." })
  @IsEnum(InformationCategory)
  minutesCategory: InformationCategory;
}

@InputType({ description: "Sluit een casusoverleg af en deel het verslag." })
export class HoldMeetingInput {
  @Field(() => ID, { description: "Het geplande casusoverleg." })
  @IsUUID()
  meetingId: string;
}
