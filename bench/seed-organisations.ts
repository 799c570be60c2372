/**
 * The partners of the bench data set. `joins` is a SQL predicate over the case number `n` saying in
 * which cases the organisation takes part; together they give ~5 participants a case. The persona
 * organisations (police, municipality, GGZ) take part in most cases so that every persona sees
 * pages of 500 cases even in the quick data set.
 */
export interface BenchOrganisation {
  key: string;
  code: string;
  name: string;
  domain: "SAFETY" | "CARE" | "COORDINATION";
  joins: string | null;
}

export const HOUSE: BenchOrganisation = { key: "house", code: "zvh-rijnmond", name: "Zorg- en Veiligheidshuis Rijnmond", domain: "COORDINATION", joins: null };

/** In rank order: the first participating organisation of a case registered it, the second directs it. */
export const PARTNERS: BenchOrganisation[] = [
  { key: "police", code: "politie-rotterdam", name: "Politie Rotterdam", domain: "SAFETY", joins: "n % 7 <> 0" },
  { key: "municipality", code: "gemeente-rotterdam", name: "Gemeente Rotterdam (OOV)", domain: "SAFETY", joins: "n % 11 <> 0" },
  { key: "prosecutor", code: "om-rotterdam", name: "Openbaar Ministerie Rotterdam", domain: "SAFETY", joins: "n % 2 = 0" },
  { key: "ggz", code: "ggz-rijnmond", name: "GGZ Rijnmond", domain: "CARE", joins: "n % 3 <> 0" },
  { key: "wijkteam", code: "wijkteam-zuid", name: "Wijkteam Rotterdam-Zuid", domain: "CARE", joins: "n % 2 = 1" },
  { key: "caw", code: "caw-rotterdam", name: "CAW Rotterdam", domain: "CARE", joins: "n % 4 IN (0, 1)" },
  { key: "probation", code: "reclassering-rotterdam", name: "Reclassering Rotterdam", domain: "SAFETY", joins: "n % 5 = 0" },
  { key: "veiligThuis", code: "veilig-thuis-rotterdam", name: "Veilig Thuis Rotterdam-Rijnmond", domain: "CARE", joins: "n % 6 = 0" },
  { key: "youthCare", code: "jeugdzorg-rotterdam", name: "Jeugdzorg Rotterdam", domain: "CARE", joins: "n % 9 = 0" },
];

export const ORGANISATIONS = [HOUSE, ...PARTNERS];

/** Legal bases name police and the prosecutor, never the municipality: the persona "safety partner without basis". */
export const BASIS_ORGANISATIONS = { protocol: ["police", "prosecutor"], consent: ["police"] };

/** Deterministic ids (bench.uuid: md5 of a label) so every seed of the same size has the same ids and cursors. */
export const uuidOf = (label: string): string => `bench.uuid(${label})`;

export const orgId = (key: string): string => uuidOf(`'bench-org-${key}'`);
