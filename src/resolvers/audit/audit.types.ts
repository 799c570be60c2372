import { Field, ID, Int, ObjectType } from "type-graphql";
import { AuditEntry, Organisation } from "../../entities";
import { Connection } from "../common/connection";

@ObjectType({ simpleResolvers: true, description: "Een pagina van de toegangslog, nieuwste regel eerst." })
export class AuditLogConnection extends Connection(AuditEntry, "logregel") {}

@ObjectType({ simpleResolvers: true, description: "Inzageverzoek: de regels over één betrokkene van gebruikers van één organisatie." })
export class SubjectAccessGroup {
  @Field(() => Organisation, { description: "De organisatie namens wie werd ingezien of gewijzigd." })
  organisation: Organisation;

  @Field(() => [AuditEntry], { description: "De regels, oudste eerst." })
  entries: AuditEntry[];
}

@ObjectType({ simpleResolvers: true, description: "Inzageverzoek (art. 15 AVG): alles wat over toegang tot de gegevens van één betrokkene is gelogd, per organisatie." })
export class SubjectAccessReport {
  @Field(() => ID, { description: "De betrokkene." })
  subjectId: string;

  @Field({ description: "Moment van opstellen." })
  generatedAt: Date;

  @Field(() => Int, { description: "Aantal regels in het overzicht." })
  totalCount: number;

  @Field(() => [SubjectAccessGroup], { description: "Per organisatie, op naam van de organisatie." })
  organisations: SubjectAccessGroup[];

  @Field({ description: "Het hele overzicht als JSON-document (export)." })
  json: string;

  @Field({ description: "Het hele overzicht als CSV (RFC 4180, één regel per logregel, met organisatie) (export)." })
  csv: string;
}
