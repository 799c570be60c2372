import { defaultFieldResolver, isObjectType, Kind, type FieldNode, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from "graphql";
import type { IMiddlewareFunction, IMiddlewareTypeMap } from "graphql-middleware";
import type { Context } from "../context";
import { completedMutation, LOGGED_QUERIES, mutationLine, outcomeOf, refusedMutation, refusedQuery } from "./describe";

interface Settled {
  value?: unknown;
  error?: unknown;
  thrown: boolean;
}

/** Runs the (shielded) resolver and keeps its outcome: graphql-shield returns a denial as the value, others throw. */
async function settle(run: () => unknown): Promise<Settled> {
  try {
    const value = await run();
    return value instanceof Error ? { value, error: value, thrown: false } : { value, thrown: false };
  } catch (error) {
    return { error, thrown: true };
  }
}

function replay(settled: Settled): unknown {
  if (settled.thrown) throw settled.error;
  return settled.value;
}

/** The root field a nested object was reached through (case, cases, meeting, registerCase …), aliases resolved. */
function rootField(info: GraphQLResolveInfo): string {
  let path = info.path;
  while (path.prev) path = path.prev;
  const key = String(path.key);
  const field = info.operation.selectionSet.selections.find(
    (s): s is FieldNode => s.kind === Kind.FIELD && (s.alias?.value ?? s.name.value) === key,
  );
  return field?.name.value ?? key;
}

/** Reads of cases and the log are logged whatever their outcome; any other query only when refused. */
const auditQuery: IMiddlewareFunction<unknown, Context> = async (resolve, parent, args, ctx, info) => {
  const settled = await settle(() => resolve(parent, args, ctx, info));
  const describe = LOGGED_QUERIES[info.fieldName];
  if (settled.error) {
    const line = describe ? describe(args, undefined) : refusedQuery(info.fieldName);
    ctx.audit.record({ ...line, ...outcomeOf(settled.error) });
  } else if (describe) {
    const line = describe(args, settled.value);
    ctx.audit.record(line, info.fieldName === "case" && line.caseId ? `case:${line.caseId}` : undefined);
  }
  return replay(settled);
};

/**
 * Every mutation is logged with its outcome. An allowed one writes its line inside its own transaction
 * (cases/transaction.ts); a refused one (policy, process, input) is logged at the end of the request.
 * The line starts as the requester sent it; its case is named only once the reader of visible objects
 * found it for this actor (ctx.audit.targetSeen), so a refused attempt reveals nothing (log parity).
 */
const auditMutation: IMiddlewareFunction<unknown, Context> = async (resolve, parent, args, ctx, info) => {
  const line = mutationLine(info.fieldName, args.input);
  ctx.audit.beginMutation((result, seen) => completedMutation(line, result, seen));
  const settled = await settle(() => resolve(parent, args, ctx, info));
  const seen = ctx.audit.seenTarget();
  const written = ctx.audit.endMutation();
  if (settled.error) ctx.audit.record(refusedMutation(line, seen, settled.error));
  else if (!written) ctx.audit.record(completedMutation(line, settled.value, seen));
  return replay(settled);
};

type CaseOf = (parent: any) => string | null | undefined;

const byCaseId: CaseOf = (parent: { caseId?: string } | null) => parent?.caseId;

/** The types whose objects belong to one case, and how to find that case on an object. */
const CASE_OBJECTS: Record<string, CaseOf> = {
  Case: (parent: { id?: string } | null) => parent?.id,
  AgendaItem: byCaseId,
  InformationItem: byCaseId,
  LegalBasis: byCaseId,
  Participant: byCaseId,
  Plan: byCaseId,
  Signal: byCaseId,
};

/** Outermost middleware for the root fields (schema.ts): it sees what the policy decided as well as what the resolvers did. */
export const auditMiddleware: IMiddlewareTypeMap<any, Context> = {
  Query: auditQuery,
  Mutation: auditMutation,
};

/**
 * Any object of a case reaching the viewer is a read of that case: one READ_CASE line per case per
 * request. Every field of these types is wrapped, outermost (after the policy, schema.ts), in place: a
 * plain function call per field rather than graphql-middleware's closure per call, because on a page
 * these wrappers run for every field of every row. The object itself is checked once, on its first field.
 */
export function recordCaseReads(schema: GraphQLSchema): GraphQLSchema {
  for (const [typeName, caseOf] of Object.entries(CASE_OBJECTS)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`recordCaseReads: ${typeName} is not an object type of the schema.`);
    for (const field of Object.values(type.getFields())) {
      const inner: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
      field.resolve = (parent, args, ctx: Context, info) => {
        if (ctx.audit.firstSight(parent)) {
          const caseId = caseOf(parent);
          if (caseId && !ctx.audit.logs(`case:${caseId}`)) ctx.audit.caseRead(caseId, rootField(info));
        }
        return inner(parent, args, ctx, info);
      };
    }
  }
  return schema;
}
