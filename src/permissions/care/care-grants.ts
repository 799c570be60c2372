import type { DataSource } from "typeorm";
import { InformationCategory } from "../../domain/enums";
import { preparedQuery } from "../../db/prepared";

/** For each case: which categories a legal basis opens to one organisation right now, and by which basis. */
export type CareGrants = Map<string, Map<InformationCategory, string>>;

/**
 * Loads the valid, unrevoked legal bases of these cases that name `organisationId`. A basis opens a
 * category only between validFrom and validUntil, only until it is revoked, and, if it opens care data to
 * its recorder's own organisation, only once a second person confirmed it (four eyes).
 */
export async function loadCareGrants(ds: DataSource, organisationId: string, caseIds: readonly string[], now: Date): Promise<CareGrants> {
  const rows = await preparedQuery<{ case_id: string; id: string; categories: InformationCategory[] | string }>(
    ds,
    `SELECT case_id, id, categories FROM legal_basis
      WHERE case_id = ANY($1::uuid[]) AND $2::uuid = ANY(organisation_ids)
        AND revoked_at IS NULL AND (NOT confirmation_required OR confirmed_at IS NOT NULL) AND valid_from <= $3 AND (valid_until IS NULL OR valid_until > $3)
      ORDER BY recorded_at`,
    [caseIds, organisationId, now],
  );
  const grants: CareGrants = new Map(caseIds.map((id) => [id, new Map()]));
  for (const row of rows) {
    const categories = Array.isArray(row.categories) ? row.categories : parsePgArray(row.categories);
    for (const category of categories) {
      const perCase = grants.get(row.case_id)!;
      if (!perCase.has(category)) perCase.set(category, row.id);
    }
  }
  return grants;
}

/** node-postgres returns arrays of enum types as their text form `{A,B}`. */
function parsePgArray(text: string): InformationCategory[] {
  return text.replace(/^\{|\}$/g, "").split(",").filter(Boolean) as InformationCategory[];
}
