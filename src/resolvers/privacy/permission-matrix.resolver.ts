import { Info, Query, Resolver } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { permissionMatrixOf } from "../../permissions/matrix/build";
import { PermissionMatrix } from "./permission-matrix.types";

@Resolver(() => PermissionMatrix)
export class PermissionMatrixResolver {
  @Query(() => PermissionMatrix, {
    description:
      "Autorisatiematrix: wie wat mag lezen en doen, per veld, domein en rol, met de voorwaarde (zoals de grondslag voor zorggegevens) en de reden. " +
      "Afgeleid uit de regels die de server afdwingt; beschrijft regels, geen personen. Zelfde inhoud als docs/permissions.md en GET /privacy/permissions.",
  })
  permissionMatrix(@Info() info: GraphQLResolveInfo): PermissionMatrix {
    return permissionMatrixOf(info.schema);
  }
}
