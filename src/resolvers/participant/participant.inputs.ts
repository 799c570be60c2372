import { IsIn, IsOptional, IsString, IsUUID, Length } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { ParticipantRole } from "../../domain/enums";

@InputType({ description: "Voeg een organisatie als deelnemer (ketenpartner of ad-hoc partner) aan een casus toe." })
export class AddParticipantInput {
  @Field(() => ID, { description: "De casus." })
  @IsUUID()
  caseId: string;

  @Field(() => ID, { description: "De organisatie die deelneemt." })
  @IsUUID()
  organisationId: string;

  @Field(() => ParticipantRole, { description: "CHAIN_PARTNER (ketenpartner) of AD_HOC_PARTNER; de casusregisseur wordt apart aangewezen." })
  @IsIn([ParticipantRole.CHAIN_PARTNER, ParticipantRole.AD_HOC_PARTNER], { message: "role must be CHAIN_PARTNER or AD_HOC_PARTNER" })
  role: ParticipantRole;

  @Field(() => String, { nullable: true, description: "Naam van de betrokken professional." })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  professionalName?: string;
}

@InputType({ description: "Een organisatie verlaat een casus (de geschiedenis blijft bewaard)." })
export class LeaveCaseInput {
  @Field(() => ID, { description: "De casus." })
  @IsUUID()
  caseId: string;

  @Field(() => ID, { description: "De organisatie die vertrekt." })
  @IsUUID()
  organisationId: string;
}

@InputType({ description: "Wijs de casusregisseur aan in een casus die er nog geen heeft." })
export class AssignCaseDirectorInput {
  @Field(() => ID, { description: "De casus." })
  @IsUUID()
  caseId: string;

  @Field(() => ID, { description: "De deelnemende organisatie die de casusregie krijgt." })
  @IsUUID()
  organisationId: string;

  @Field({ description: "Naam van de casusregisseur (eerste aanspreekpunt)." })
  @IsString()
  @Length(1, 200)
  professionalName: string;
}

@InputType({ description: "Draag de casusregie over aan een andere deelnemende organisatie." })
export class HandOverCaseDirectorInput {
  @Field(() => ID, { description: "De casus." })
  @IsUUID()
  caseId: string;

  @Field(() => ID, { description: "De deelnemende organisatie die de casusregie overneemt." })
  @IsUUID()
  toOrganisationId: string;

  @Field({ description: "Naam van de nieuwe casusregisseur." })
  @IsString()
  @Length(1, 200)
  professionalName: string;
}
