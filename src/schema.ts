import "reflect-metadata";
import "./domain/enums";
import type { GraphQLSchema } from "graphql";
import { applyMiddleware } from "graphql-middleware";
import { DateTimeResolver } from "graphql-scalars";
import { buildSchemaSync, type NonEmptyArray } from "type-graphql";
import { createShield } from "./permissions/shield";
import { CaseResolver } from "./resolvers/case/case.resolver";
import { OrganisationResolver, ParticipantResolver, TableResolver } from "./resolvers/organisation/organisation.resolver";
import { InformationItemResolver, LegalBasisResolver } from "./resolvers/information/information.resolver";
import { ViewerResolver } from "./resolvers/viewer/viewer.resolver";

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [CaseResolver, OrganisationResolver, TableResolver, ParticipantResolver, ViewerResolver,
  InformationItemResolver, LegalBasisResolver];

/** The schema without the policy: what `schema.graphql` documents. */
export function buildBareSchema(): GraphQLSchema {
  return buildSchemaSync({
    resolvers,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: { forbidUnknownValues: true, whitelist: true, forbidNonWhitelisted: false },
    emitSchemaFile: false,
  });
}

/** The schema the server runs: every field behind the policy table. */
export function buildSchema(): GraphQLSchema {
  return applyMiddleware(buildBareSchema(), createShield());
}
