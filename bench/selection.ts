/**
 * The fields every scenario reads, in one place, so our API, PostGraphile and the raw floor are asked
 * for exactly the same data. `:ts` marks timestamps (ISO-8601 in UTC with milliseconds, as the API's
 * DateTime scalar prints them).
 */
export interface Field {
  name: string;
  column: string;
  timestamp: boolean;
}

const snake = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function fields(spec: string): Field[] {
  return spec.trim().split(/\s+/).map((item) => {
    const [name, kind] = item.split(":");
    return { name, column: snake(name), timestamp: kind === "ts" };
  });
}

export const ORG = fields("id code name domain");
export const CASE = fields(`id reference phase track registeredAt:ts triedWithinOwnOrganisation subjectInformed
  subjectNotInformedReason triagedAt:ts rejectionReason trackDecidedAt:ts nextReviewDue:ts passiveSince:ts closedAt:ts scaleDownReason`);
export const PARTICIPANT = fields("id role professionalName joinedAt:ts leftAt:ts");
export const PLAN = fields("id version status summary proposedAt:ts approvedAt:ts");
export const GOAL = fields("id description priority status");
export const ACTION = fields("id description kind status dueDate");
export const INFO = fields("id category content factDate sharedAt:ts");

/** The care fields of S5: categories whose rule decides per case (a legal basis opens them to some partners). */
export const S5_CARE = [
  { field: "health", category: "HEALTH" },
  { field: "addiction", category: "ADDICTION" },
] as const;

export const names = (list: Field[]): string => list.map((f) => f.name).join(" ");

/** Our API's selection of one case per scenario level: scalars (S2), with relations (S3), with care fields (S5). */
export function apiCaseSelection(level: "scalars" | "relations" | "care"): string {
  if (level === "scalars") return names(CASE);
  const relations = `${names(CASE)}
      participants { ${names(PARTICIPANT)} organisation { ${names(ORG)} } }
      currentPlan { ${names(PLAN)} goals { ${names(GOAL)} } actions { ${names(ACTION)} executor { ${names(ORG)} } } }`;
  if (level === "relations") return relations;
  const care = S5_CARE.map((c) => `${c.field} { ${names(INFO)} supplier { ${names(ORG)} } }`).join("\n      ");
  return `${relations}\n      ${care}`;
}
