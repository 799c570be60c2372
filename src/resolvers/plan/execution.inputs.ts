import { IsEnum, IsString, IsUUID, Length } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { ActionStatus, GoalStatus, InformationCategory } from "../../domain/enums";

@InputType({ description: "Terugkoppeling van de uitvoerder over een actie van het geldende plan." })
export class ReportOnActionInput {
  @Field(() => ID, { description: "De actie." })
  @IsUUID()
  actionId: string;

  @Field({ description: "Tekst van de terugkoppeling." })
  @IsString()
  @Length(3, 5000)
  feedback: string;

  @Field(() => InformationCategory, { description: "Categorie van feedback: SAFETY, of de zorgcategorie die de tekst bevat. Een zorgcategorie vraagt hetzelfde recht als lezen." })
  @IsEnum(InformationCategory)
  feedbackCategory: InformationCategory;

  @Field(() => ActionStatus, { description: "Status van de actie na deze terugkoppeling." })
  @IsEnum(ActionStatus)
  status: ActionStatus;
}

@InputType({ description: "Status van een doelstelling van het geldende plan vastleggen." })
export class SetGoalStatusInput {
  @Field(() => ID, { description: "De doelstelling." })
  @IsUUID()
  goalId: string;

  @Field(() => GoalStatus, { description: "Open, behaald of niet behaald." })
  @IsEnum(GoalStatus)
  status: GoalStatus;
}
