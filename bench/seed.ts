import type { Client } from "pg";
import { BASIS_ORGANISATIONS, HOUSE, ORGANISATIONS, PARTNERS, orgId } from "./seed-organisations";

/** Bump when the shape of the data set changes, so an old seed is replaced. */
export const SEED_VERSION = 3;

const at = (cases: number) => `(timestamptz '2020-01-01 00:00:00+00' + make_interval(secs => floor(n * 189000000.0 / ${cases})))`;
const caseId = "bench.uuid('bench-case-' || n)";
const partnerRanks = PARTNERS.map((o, i) => `(${i + 1}, '${o.key}', ${orgId(o.key)})`).join(",\n    ");
const orgArray = (keys: string[]) => `ARRAY[${keys.map(orgId).join(", ")}]`;

/**
 * A realistic data set in a dozen set-based statements: N cases over six years at three tables of one
 * house, ~5 participants, 0–3 related persons, plan versions with 3 goals each and ~10 actions on the
 * current plan, ~6 information items of all categories, and a legal basis on 40% of the cases (some
 * revoked, some expired) that names police and prosecutor but never the municipality.
 */
function statements(cases: number): string[] {
  const registeredAt = at(cases);
  const orgs = ORGANISATIONS.map((o) => `(${orgId(o.key)}, '${o.code}', '${o.name}', '${o.domain}', 'NL')`).join(", ");
  return [
    `INSERT INTO organisation (id, code, name, domain, country) VALUES ${orgs}`,
    `INSERT INTO consultation_table (id, name, kind, has_criminal_law_component, house_id) VALUES
      (bench.uuid('bench-table-0'), 'Top X Rotterdam', 'TOP_X', true, ${orgId(HOUSE.key)}),
      (bench.uuid('bench-table-1'), 'Casus op Maat Rotterdam', 'CASUS_OP_MAAT', false, ${orgId(HOUSE.key)}),
      (bench.uuid('bench-table-2'), 'MDA++ Rotterdam', 'MDA_PLUS_PLUS', false, ${orgId(HOUSE.key)})`,
    `INSERT INTO table_member (table_id, organisation_id) SELECT t.id, o.id FROM consultation_table t, organisation o WHERE o.domain <> 'COORDINATION'`,
    `CREATE TEMP TABLE bench_n AS SELECT n, ${registeredAt} AS at FROM generate_series(1, ${cases}) n`,
    `INSERT INTO subject (id, full_name, date_of_birth, municipality)
      SELECT bench.uuid('bench-subject-' || n), 'Betrokkene ' || n, date '1960-01-01' + (n * 37 % 18000),
             (ARRAY['Rotterdam', 'Schiedam', 'Vlaardingen', 'Capelle aan den IJssel'])[1 + n % 4] FROM bench_n`,
    `INSERT INTO "case" (id, reference, table_id, subject_id, registered_by_id, phase, track, registered_at,
        tried_within_own_organisation, subject_informed, subject_not_informed_reason, triaged_at, track_decided_at,
        next_review_due, passive_since, closed_at, closure_quality_of_life_improved, closure_safety_in_place,
        closure_regular_care_can_carry_on, closure_treatment_impossible, closure_note, tried_within_own_organisation_category,
        subject_not_informed_reason_category, closure_note_category)
      SELECT ${caseId}, 'B-' || lpad(n::text, 7, '0'), bench.uuid('bench-table-' || (n % 3)), bench.uuid('bench-subject-' || n),
        CASE WHEN n % 7 <> 0 THEN ${orgId("police")} WHEN n % 11 <> 0 THEN ${orgId("municipality")}
             WHEN n % 2 = 0 THEN ${orgId("prosecutor")} WHEN n % 3 <> 0 THEN ${orgId("ggz")} ELSE ${orgId("wijkteam")} END,
        (ARRAY['REGISTERED','DOSSIER_FORMING','ACTIVE_DIRECTION','ACTIVE_DIRECTION','ACTIVE_DIRECTION','ACTIVE_DIRECTION',
               'ACTIVE_DIRECTION','ACTIVE_DIRECTION','PASSIVE_DIRECTION','CLOSED'])[1 + n % 10]::case_phase,
        CASE WHEN n % 10 >= 2 THEN 'TRACK_3_JOINT_APPROACH'::track END, at,
        'Meerdere gesprekken gevoerd, huisbezoek afgelegd en hulp aangeboden; betrokkene houdt afspraken niet na.',
        n % 4 <> 0, CASE WHEN n % 4 = 0 THEN 'Veiligheidsredenen: informeren brengt een melder in gevaar.' END,
        CASE WHEN n % 10 >= 1 THEN at + interval '7 days' END, CASE WHEN n % 10 >= 2 THEN at + interval '21 days' END,
        CASE WHEN n % 10 BETWEEN 2 AND 7 THEN at + interval '6 months' END,
        CASE WHEN n % 10 >= 8 THEN at + interval '7 months' END, CASE WHEN n % 10 = 9 THEN at + interval '14 months' END,
        CASE WHEN n % 10 = 9 THEN true END, CASE WHEN n % 10 = 9 THEN true END, CASE WHEN n % 10 = 9 THEN true END,
        CASE WHEN n % 10 = 9 THEN false END, CASE WHEN n % 10 = 9 THEN 'Doelen behaald; reguliere zorg neemt het over.' END,
        'SAFETY', (CASE WHEN n % 4 = 0 THEN 'SAFETY' END)::information_category, (CASE WHEN n % 10 = 9 THEN 'SAFETY' END)::information_category
      FROM bench_n`,
    `INSERT INTO participant (id, case_id, organisation_id, role, professional_name, joined_at, left_at)
      SELECT bench.uuid('bench-participant-' || n || '-' || key), ${caseId}, org,
        (CASE row_number() OVER (PARTITION BY n ORDER BY rank) WHEN 1 THEN 'REGISTRANT' WHEN 2 THEN 'CASE_DIRECTOR' ELSE 'CHAIN_PARTNER' END)::participant_role,
        'Professional ' || key || ' ' || (n % 17), at + make_interval(hours => rank),
        CASE WHEN key = 'youthCare' AND n % 18 = 0 THEN at + interval '30 days' END
      FROM bench_n JOIN (VALUES ${partnerRanks}) o(rank, key, org) ON
        CASE key ${PARTNERS.map((o) => `WHEN '${o.key}' THEN ${o.joins}`).join(" ")} END`,
    `INSERT INTO related_person (id, case_id, full_name, relation)
      SELECT bench.uuid('bench-related-' || n || '-' || k), ${caseId}, 'Verwante ' || n || '-' || k, (ARRAY['PARENT','SIBLING','PARTNER'])[k]::relation_kind
      FROM bench_n, generate_series(1, 3) k WHERE k <= n % 4`,
    `CREATE TEMP TABLE bench_plan AS
      SELECT n, v, at, bench.uuid('bench-plan-' || n || '-' || v) AS id,
        CASE WHEN v = 1 AND n % 3 = 0 THEN 'SUPERSEDED' WHEN v = 1 OR (v = 2 AND n % 3 = 0) THEN 'APPROVED' ELSE 'DRAFT' END AS status
      FROM bench_n, generate_series(1, 3) v
      WHERE n % 10 >= 2 AND (v = 1 OR (v = 2 AND (n % 3 = 0 OR (n % 5 = 0 AND n % 10 <= 7))) OR (v = 3 AND n % 3 = 0 AND n % 5 = 0 AND n % 10 <= 7))`,
    `INSERT INTO plan (id, case_id, version, status, summary, summary_category, proposed_by_id, proposed_at, approved_at)
      SELECT id, ${caseId}, v, status::plan_status, 'Gezamenlijk toestandsbeeld versie ' || v || ': stabiliseren van wonen, zorg en veiligheid.', 'SAFETY',
        ${orgId("police")}, at + make_interval(days => 30 * v), CASE WHEN status <> 'DRAFT' THEN at + make_interval(days => 30 * v + 7) END
      FROM bench_plan`,
    `INSERT INTO goal (id, plan_id, case_id, description, description_category, priority, status)
      SELECT bench.uuid('bench-goal-' || n || '-' || v || '-' || g), id, ${caseId}, 'Doelstelling ' || g || ' van plan ' || v, 'SAFETY', g = 1,
        (CASE WHEN n % 10 >= 8 THEN 'REACHED' ELSE 'OPEN' END)::goal_status
      FROM bench_plan, generate_series(1, 3) g`,
    `INSERT INTO action (id, plan_id, case_id, goal_id, description, description_category, kind, executor_id, due_date, status)
      SELECT bench.uuid('bench-action-' || n || '-' || v || '-' || k), id, ${caseId},
        CASE WHEN k < 10 THEN bench.uuid('bench-goal-' || n || '-' || v || '-' || (1 + k % 3)) END,
        'Actie ' || k || ': afspraak met betrokkene en terugkoppeling aan de casusregisseur.', 'SAFETY', (CASE WHEN k % 2 = 0 THEN 'CARE' ELSE 'SAFETY' END)::action_kind,
        (ARRAY[${PARTNERS.map((o) => orgId(o.key)).join(", ")}])[1 + (n + k) % ${PARTNERS.length}], (at + make_interval(days => 30 * v + 14 * k))::date,
        (CASE WHEN n % 10 >= 8 OR k <= 3 THEN 'DONE' WHEN k <= 6 THEN 'IN_PROGRESS' ELSE 'OPEN' END)::action_status
      FROM bench_plan, generate_series(1, 10) k WHERE k <= CASE WHEN status = 'APPROVED' THEN 10 ELSE 4 END`,
    `INSERT INTO legal_basis (id, case_id, type, categories, organisation_ids, valid_from, valid_until, document_reference,
        document_reference_category, recorded_by_organisation_id, recorded_by_user, recorded_at, revoked_at, revoked_by_user,
        revocation_reason, revocation_reason_category)
      SELECT bench.uuid('bench-basis-' || n), ${caseId},
        (CASE WHEN n % 5 = 0 THEN 'PROTOCOL_458TER' ELSE 'CONSENT' END)::legal_basis_type,
        (CASE WHEN n % 5 = 0 THEN '{WORK_INCOME,HEALTH,ADDICTION}' ELSE '{HEALTH,EDUCATION}' END)::information_category[],
        CASE WHEN n % 5 = 0 THEN ${orgArray(BASIS_ORGANISATIONS.protocol)} ELSE ${orgArray(BASIS_ORGANISATIONS.consent)} END,
        at + interval '10 days', CASE WHEN n % 35 = 1 THEN at + interval '60 days' END, 'DOC-' || n, 'SAFETY', ${orgId(HOUSE.key)}, 'pd-bench',
        at + interval '10 days', CASE WHEN n % 25 = 0 THEN at + interval '90 days' END, CASE WHEN n % 25 = 0 THEN 'pd-bench' END,
        CASE WHEN n % 25 = 0 THEN 'Toestemming ingetrokken.' END, (CASE WHEN n % 25 = 0 THEN 'SAFETY' END)::information_category
      FROM bench_n WHERE n % 5 IN (0, 1)`,
    `INSERT INTO information_item (id, case_id, category, content, supplier_id, legal_basis_id, fact_date, shared_at)
      SELECT bench.uuid('bench-info-' || n || '-' || c || '-' || k), ${caseId}, cat::information_category,
        'Feit ' || k || ' (' || cat || ') over betrokkene ' || n || ', gedeeld ter voorbereiding van het casusoverleg.',
        CASE WHEN cat = 'SAFETY' THEN ${orgId("police")} WHEN c % 2 = 0 THEN ${orgId("ggz")} ELSE ${orgId("wijkteam")} END,
        CASE WHEN cat <> 'SAFETY' AND ((n % 5 = 0 AND cat IN ('WORK_INCOME','HEALTH','ADDICTION')) OR (n % 5 = 1 AND cat IN ('HEALTH','EDUCATION')))
             THEN bench.uuid('bench-basis-' || n) END,
        (at - make_interval(days => 10 * k))::date, at + make_interval(days => c::int)
      FROM bench_n, unnest(ARRAY['SAFETY','WORK_INCOME','EDUCATION','HEALTH','INTELLECT','ADDICTION']) WITH ORDINALITY AS cats(cat, c),
        generate_series(1, 2) k WHERE k <= 1 + (n + c) % 2`,
  ];
}

/** Seeds an empty, migrated database in one transaction and records what it holds. */
export async function seed(client: Client, cases: number, log: (line: string) => void): Promise<void> {
  await client.query("BEGIN");
  await client.query(`CREATE SCHEMA IF NOT EXISTS bench`);
  // md5 of a label, stamped as a version-4 UUID so that the API's @IsUUID() inputs accept the ids.
  await client.query(`CREATE OR REPLACE FUNCTION bench.uuid(label text) RETURNS uuid IMMUTABLE LANGUAGE sql
    AS $$ SELECT overlay(overlay(md5(label) placing '4' from 13) placing '8' from 17)::uuid $$`);
  for (const sql of statements(cases)) {
    const started = Date.now();
    const result = await client.query(sql);
    log(`  ${sql.trim().split(/\s+/).slice(0, 3).join(" ")}: ${result.rowCount ?? 0} rows in ${Date.now() - started} ms`);
  }
  await client.query(`CREATE TABLE IF NOT EXISTS bench.seed (cases int NOT NULL, version int NOT NULL, seeded_at timestamptz NOT NULL DEFAULT now())`);
  await client.query(`INSERT INTO bench.seed (cases, version) VALUES ($1, $2)`, [cases, SEED_VERSION]);
  await client.query("COMMIT");
  await client.query("DROP TABLE IF EXISTS bench_n, bench_plan");
  await client.query("ANALYZE");
}
