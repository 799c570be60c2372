import { IsEnum, IsOptional, IsString, IsUUID, Length } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { InformationCategory, SignalKind } from "../../domain/enums";

@InputType({ description: "Een signaal melden: een actie lukt niet, of de situatie is veranderd." })
export class RaiseSignalInput {
  @Field(() => ID, { description: "De casus." })
  @IsUUID()
  caseId: string;

  @Field(() => SignalKind, { description: "Soort signaal." })
  @IsEnum(SignalKind)
  kind: SignalKind;

  @Field({ description: "Toelichting." })
  @IsString()
  @Length(3, 5000)
  description: string;

  @Field(() => InformationCategory, { description: "Categorie van description: SAFETY, of de zorgcategorie die de tekst bevat. Een zorgcategorie vraagt hetzelfde recht als lezen." })
  @IsEnum(InformationCategory)
  descriptionCategory: InformationCategory;

  @Field(() => ID, { nullable: true, description: "De actie van het geldende plan waar het signaal over gaat." })
  @IsOptional()
  @IsUUID()
  actionId?: string;
}

@InputType({ description: "Een signaal één niveau opschalen: van casusregisseur naar procesregisseur, of naar het management." })
export class EscalateSignalInput {
  @Field(() => ID, { description: "Het signaal." })
  @IsUUID()
  signalId: string;
}

@InputType({ description: "Een signaal als afgehandeld markeren." })
export class ResolveSignalInput {
  @Field(() => ID, { description: "Het signaal." })
  @IsUUID()
  signalId: string;
}
