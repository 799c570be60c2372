import "reflect-metadata";
import "./domain/enums";
import type { GraphQLSchema } from "graphql";
import { applyMiddleware } from "graphql-middleware";
import { DateTimeResolver } from "graphql-scalars";
import { buildSchemaSync, type NonEmptyArray } from "type-graphql";
import { config } from "./config";
import { policyMiddleware } from "./permissions/shield";
import { CaseResolver } from "./resolvers/case/case.resolver";
import { OrganisationResolver, ParticipantResolver, TableResolver } from "./resolvers/organisation/organisation.resolver";
import { InformationItemResolver, LegalBasisResolver } from "./resolvers/information/information.resolver";
import { ViewerResolver } from "./resolvers/viewer/viewer.resolver";
import { TriageResolver } from "./resolvers/triage/triage.resolver";
import { MeetingResolver } from "./resolvers/meeting/meeting.resolver";
import { AgendaItemResolver, AttendanceResolver } from "./resolvers/meeting/agenda.resolver";
import { ParticipantLifecycleResolver } from "./resolvers/participant/participant-lifecycle.resolver";
import { LegalBasisLifecycleResolver } from "./resolvers/legal-basis/legal-basis-lifecycle.resolver";
import { SharingResolver } from "./resolvers/sharing/sharing.resolver";
import { PlanResolver } from "./resolvers/plan/plan.resolver";
import { ActionReportResolver, ActionResolver, GoalResolver } from "./resolvers/plan/plan-items.resolver";
import { CaseDirectionResolver } from "./resolvers/plan/direction.resolver";
import { SignalResolver } from "./resolvers/signal/signal.resolver";
import { AuditResolver } from "./resolvers/audit/audit.resolver";
import { PermissionMatrixResolver } from "./resolvers/privacy/permission-matrix.resolver";
import { auditMiddleware, recordCaseReads } from "./audit/middleware";
import { inputGuard } from "./input/input-guard";

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [CaseResolver, OrganisationResolver, TableResolver, ParticipantResolver, ViewerResolver,
  InformationItemResolver, LegalBasisResolver,
  TriageResolver, MeetingResolver, AgendaItemResolver, AttendanceResolver, ParticipantLifecycleResolver, LegalBasisLifecycleResolver,
  SharingResolver,
  PlanResolver, GoalResolver, ActionResolver, ActionReportResolver, CaseDirectionResolver, SignalResolver,
  AuditResolver, PermissionMatrixResolver];

/** The schema without the policy: what `schema.graphql` documents. */
export function buildBareSchema(): GraphQLSchema {
  return buildSchemaSync({
    resolvers,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: { forbidUnknownValues: true, whitelist: true, forbidNonWhitelisted: false },
    emitSchemaFile: false,
  });
}

/**
 * The schema the server runs: every field behind the policy table. `privacy: false` (the bare schema)
 * exists only so the benchmark can measure what the policy costs; it is refused outside benchmark mode.
 */
export function buildSchema(options: { privacy?: boolean } = {}): GraphQLSchema {
  if (options.privacy === false) {
    if (config().CASUSOVERLEG_BENCHMARK !== "1") throw new Error("privacy: false is only allowed in benchmark mode (CASUSOVERLEG_BENCHMARK=1).");
    return buildBareSchema();
  }
  // The audit is outermost, so it logs what the input guard and the policy refused as well as what was served.
  const schema = buildBareSchema();
  return recordCaseReads(applyMiddleware(schema, auditMiddleware, inputGuard, policyMiddleware(schema)));
}
