import { Field, ObjectType, registerEnumType } from "type-graphql";
import type * as Model from "../../permissions/matrix/model";

export enum MatrixAccess {
  YES = "YES",
  NO = "NO",
  ANY = "ANY",
  IF = "IF",
  INHERIT = "INHERIT",
  UNDESCRIBED = "UNDESCRIBED",
}

export enum MatrixDimension {
  DOMAIN = "DOMAIN",
  ROLE = "ROLE",
}

registerEnumType(MatrixAccess, {
  name: "MatrixAccess",
  description: "Toegang in een cel van de autorisatiematrix: altijd, nooit, ongeacht deze kolom, onder voorwaarde, erft van het bovenliggende object, of (fout) niet beschreven.",
});
registerEnumType(MatrixDimension, { name: "MatrixDimension", description: "Waar een kolom van de autorisatiematrix naar kijkt: domein van de organisatie of rol van de gebruiker." });

@ObjectType({ simpleResolvers: true, description: "Kolom van de autorisatiematrix: een domein (veiligheid, zorg, huis) of een rol." })
export class MatrixColumn implements Model.MatrixColumn {
  @Field({ description: "OrganisationDomain- of ViewerRole-waarde." }) key: string;
  @Field(() => MatrixDimension, { description: "Domein of rol." }) dimension: Model.MatrixColumn["dimension"];
  @Field({ description: "Naam van de kolom." }) label: string;
  @Field({ description: "Wie hieronder valt." }) description: string;
}

@ObjectType({ simpleResolvers: true, description: "Cel van de autorisatiematrix: wat een regel zegt voor één kolom." })
export class MatrixCell implements Model.MatrixCell {
  @Field({ description: "Sleutel van de kolom (MatrixColumn.key)." }) column: string;
  @Field(() => MatrixAccess, { description: "Soort toegang." }) access: Model.Access;
  @Field({ description: "De cel als tekst, met de voorwaarde (bijv. 'if a legal basis opens HEALTH to them')." }) text: string;
}

@ObjectType({ simpleResolvers: true, description: "Regel van de autorisatiematrix: één Type.veld met een eigen regel (query, mutatie of bewaakt veld)." })
export class MatrixRow implements Model.MatrixRow {
  @Field({ description: "GraphQL-type (Query, Mutation, Case …)." }) type: string;
  @Field({ description: "Veld." }) field: string;
  @Field({ description: "De regel als uitdrukking van regelnamen, bijv. and(actsForPartner, canRegisterAtTable)." }) rule: string;
  @Field({ description: "Wat zichtbaar moet zijn (rijniveau) voordat de regel beslist." }) target: string;
  @Field(() => [MatrixCell], { description: "Eén cel per kolom, in de volgorde van columns." }) cells: MatrixCell[];
  @Field(() => [String], { description: "Waarom de regels toestaan of weigeren (uit defineRule)." }) reasons: string[];
}

@ObjectType({ simpleResolvers: true, description: "Velden van één type die de beslissing over het bovenliggende object erven (inherit)." })
export class InheritedFields implements Model.InheritedFields {
  @Field({ description: "GraphQL-type." }) type: string;
  @Field(() => [String], { description: "De erfende velden." }) fields: string[];
  @Field({ description: "Erven alle velden van het type?" }) allFields: boolean;
  @Field(() => [String], { description: "Velden (Type.veld) waarlangs een object van dit type een client bereikt." }) reachedThrough: string[];
}

@ObjectType({ simpleResolvers: true, description: "Regel op rijniveau: welke casussen, overleggen en logregels een gebruiker überhaupt ziet." })
export class RowLevelRule implements Model.RowLevelRule {
  @Field({ description: "Welke objecten." }) name: string;
  @Field({ description: "Bronbestand van de regel." }) source: string;
  @Field({ description: "Waarom." }) reason: string;
  @Field(() => [MatrixCell], { description: "Eén cel per kolom." }) cells: MatrixCell[];
}

@ObjectType({ simpleResolvers: true, description: "Voorwaarde die in cellen van de autorisatiematrix voorkomt, met haar precieze betekenis." })
export class MatrixCondition implements Model.MatrixCondition {
  @Field({ description: "Sleutel." }) key: string;
  @Field({ description: "Zoals in een cel." }) label: string;
  @Field({ description: "Precieze betekenis." }) description: string;
}

@ObjectType({ simpleResolvers: true, description: "Een regel (rule) van het beleid met de reden waarom hij toestaat of weigert." })
export class MatrixRule implements Model.MatrixRule {
  @Field({ description: "Naam van de regel." }) name: string;
  @Field({ description: "Waarom hij toestaat of weigert." }) reason: string;
}

@ObjectType({ simpleResolvers: true, description: "Autorisatiematrix: wat de server afdwingt, per veld, domein en rol, afgeleid uit de code (zelfde als docs/permissions.md)." })
export class PermissionMatrix implements Model.PermissionMatrix {
  @Field(() => [String], { description: "Hoe de matrix te lezen." }) notes: string[];
  @Field(() => [MatrixColumn], { description: "Kolommen: domeinen, dan rollen." }) columns: MatrixColumn[];
  @Field(() => [MatrixRow], { description: "Queries, mutaties en bewaakte velden." }) rows: MatrixRow[];
  @Field(() => [InheritedFields], { description: "Erfende velden per type." }) inherited: InheritedFields[];
  @Field(() => [RowLevelRule], { description: "Regels op rijniveau." }) rowLevel: RowLevelRule[];
  @Field(() => [MatrixCondition], { description: "Voorwaarden in de cellen." }) conditions: MatrixCondition[];
  @Field(() => [MatrixRule], { description: "Regels met hun reden." }) rules: MatrixRule[];
}
