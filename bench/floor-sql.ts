import { caseVisibility, countVisibleCases } from "../src/permissions/row-level/case-visibility";
import type { Viewer } from "../src/identity/viewer";
import { ACTION, CASE, GOAL, INFO, ORG, PARTICIPANT, PLAN, S5_CARE, type Field } from "./selection";

/**
 * The raw-SQL floor: each scenario as ONE statement that builds the API's exact JSON in PostgreSQL,
 * with the same row level (the API's own caseVisibility) and the same care rule, so the floor returns
 * the same `data` as our API and the bench can compare the two.
 */
export type Level = "scalars" | "relations" | "care";

const iso = (expr: string) => `to_char(${expr} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

function object(alias: string, fields: Field[], extra: string[] = []): string {
  const pairs = fields.map((f) => `'${f.name}', ${f.timestamp ? iso(`${alias}.${f.column}`) : `${alias}.${f.column}`}`);
  return `json_build_object(${[...pairs, ...extra].join(", ")})`;
}

const list = (element: string, from: string, order: string) => `coalesce((SELECT json_agg(${element} ORDER BY ${order}) ${from}), '[]'::json)`;

/** Everything the policy lets this viewer see of the care category on case `c` (canReadCare, in SQL). */
function careAllowed(viewer: Viewer, category: string): string {
  const basis = `EXISTS (SELECT 1 FROM legal_basis b WHERE b.case_id = c.id AND $1 = ANY(b.organisation_ids) AND b.revoked_at IS NULL
      AND b.valid_from <= now() AND (b.valid_until IS NULL OR b.valid_until > now()) AND '${category}' = ANY(b.categories))`;
  if (viewer.domain !== "CARE") return basis;
  return `(EXISTS (SELECT 1 FROM participant vp WHERE vp.case_id = c.id AND vp.organisation_id = $1 AND vp.left_at IS NULL) OR ${basis})`;
}

export function caseNode(viewer: Viewer, level: Level): string {
  if (level === "scalars") return object("c", CASE);
  const participants = list(
    object("p", PARTICIPANT, [`'organisation', ${object("o", ORG)}`]),
    "FROM participant p JOIN organisation o ON o.id = p.organisation_id WHERE p.case_id = c.id",
    "p.joined_at, p.id",
  );
  const goals = list(object("g", GOAL), "FROM goal g WHERE g.plan_id = pl.id", "g.priority DESC, g.id");
  const actions = list(
    object("a", ACTION, [`'executor', ${object("eo", ORG)}`]),
    "FROM action a JOIN organisation eo ON eo.id = a.executor_id WHERE a.plan_id = pl.id",
    "a.due_date, a.id",
  );
  const plan = `(SELECT ${object("pl", PLAN, [`'goals', ${goals}`, `'actions', ${actions}`])}
      FROM plan pl WHERE pl.case_id = c.id AND pl.status = 'APPROVED' ORDER BY pl.version DESC LIMIT 1)`;
  const extra = [`'participants', ${participants}`, `'currentPlan', ${plan}`];
  if (level === "care") {
    for (const { field, category } of S5_CARE) {
      const items = list(
        object("i", INFO, [`'supplier', ${object("so", ORG)}`]),
        `FROM information_item i JOIN organisation so ON so.id = i.supplier_id WHERE i.case_id = c.id AND i.category = '${category}'`,
        "i.fact_date, i.id",
      );
      extra.push(`'${field}', CASE WHEN ${careAllowed(viewer, category)} THEN ${items} END`);
    }
  }
  return object("c", CASE, extra);
}

const cursor = (alias: string) =>
  `rtrim(translate(encode(convert_to('["' || ${iso(`${alias}.registered_at`)} || '","' || ${alias}.id || '"]', 'UTF8'), 'base64'), E'+/\\n', '-_'), '=')`;

/**
 * One page per alias, keyset on (registered_at, id) after the given cursors, like listCases. Parameters:
 * $1 the viewer's organisation, $2 the page size, then a (timestamp, id) pair for each page with `after`.
 */
export function pagesSql(
  viewer: Viewer,
  level: Level,
  first: number,
  pages: Array<{ alias: string; after: [Date, string] | null }>,
): { sql: string; params: unknown[] } {
  const visibility = caseVisibility(viewer, "c", 1).sql;
  // The API's own count: from the participations where the rule allows it, else with the rule ($1 is the organisation in both).
  const fastCount = countVisibleCases(viewer);
  const totalCount = fastCount ? `(${fastCount.sql})` : `(SELECT count(*)::int FROM "case" c WHERE ${visibility})`;
  const params: unknown[] = [viewer.organisationId, first];
  const ctes: string[] = [];
  const fields: string[] = [];
  pages.forEach(({ alias, after }, i) => {
    let keyset = "";
    if (after) {
      params.push(after[0], after[1]);
      keyset = ` AND (c.registered_at, c.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
    }
    ctes.push(`page_${i} AS (SELECT c.*, row_number() OVER (ORDER BY c.registered_at DESC, c.id DESC) AS rn FROM
      (SELECT c.* FROM "case" c WHERE ${visibility}${keyset} ORDER BY c.registered_at DESC, c.id DESC LIMIT $2::int + 1) c)`);
    fields.push(`'${alias}', json_build_object(
      'totalCount', ${totalCount},
      'pageInfo', json_build_object('hasNextPage', EXISTS (SELECT 1 FROM page_${i} WHERE rn > $2::int), 'endCursor', (SELECT ${cursor("c")} FROM page_${i} c WHERE rn <= $2::int ORDER BY rn DESC LIMIT 1)),
      'edges', ${list(`json_build_object('cursor', ${cursor("c")}, 'node', ${caseNode(viewer, level)})`, `FROM page_${i} c WHERE rn <= $2::int`, "rn")})`);
  });
  return { sql: `WITH ${ctes.join(",\n")} SELECT json_build_object(${fields.join(", ")})::text AS data`, params };
}

export function oneCaseSql(viewer: Viewer, caseId: string): { sql: string; params: unknown[] } {
  const visibility = caseVisibility(viewer, "c", 1).sql;
  return {
    sql: `SELECT json_build_object('case', (SELECT ${caseNode(viewer, "relations")} FROM "case" c WHERE c.id = $2::uuid AND ${visibility}))::text AS data`,
    params: [viewer.organisationId, caseId],
  };
}
