import { IsDate, IsOptional, IsString, IsUUID, Length } from "class-validator";
import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "Filter op de toegangslog: betrokkene, gebruiker, organisatie, casus en periode (alles optioneel, gecombineerd met EN)." })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: "Alleen regels over deze betrokkene." })
  @IsOptional()
  @IsUUID()
  subjectId?: string;

  @Field(() => String, { nullable: true, description: "Alleen regels van deze gebruiker (subject bij de eigen identity provider)." })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  userId?: string;

  @Field(() => ID, { nullable: true, description: "Alleen regels van gebruikers van deze organisatie." })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @Field(() => ID, { nullable: true, description: "Alleen regels over deze casus." })
  @IsOptional()
  @IsUUID()
  caseId?: string;

  @Field(() => Date, { nullable: true, description: "Vanaf dit moment (inclusief)." })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => Date, { nullable: true, description: "Tot dit moment (exclusief)." })
  @IsOptional()
  @IsDate()
  to?: Date;
}
