import { Country, OrganisationDomain, TableKind } from "../domain/enums";

const { SAFETY, CARE, COORDINATION } = OrganisationDomain;

/**
 * The partners of the demo houses. Codes match config/trust-registry.json where a partner is listed
 * there (politie-rotterdam, parket-antwerpen, ggz-rijnmond, wijkteam-rotterdam-zuid, veilig-thuis-rr), so
 * the same code works with the development issuer and with a real identity provider.
 */
export const DEMO_ORGANISATIONS = {
  // Nederland — Zorg- en Veiligheidshuis Rotterdam-Rijnmond
  "zvh-rotterdam-rijnmond": { name: "Zorg- en Veiligheidshuis Rotterdam-Rijnmond", domain: COORDINATION, country: Country.NL },
  "politie-rotterdam": { name: "Politie eenheid Rotterdam", domain: SAFETY, country: Country.NL },
  "om-rotterdam": { name: "Openbaar Ministerie, arrondissementsparket Rotterdam", domain: SAFETY, country: Country.NL },
  "gemeente-rotterdam-oov": { name: "Gemeente Rotterdam, Openbare Orde en Veiligheid", domain: SAFETY, country: Country.NL },
  "reclassering-rotterdam": { name: "Reclassering Nederland, regio Rotterdam", domain: SAFETY, country: Country.NL },
  "bvo-maasstad": { name: "BVO Maasstad (betaald voetbal, afdeling veiligheid)", domain: SAFETY, country: Country.NL },
  "ggz-rijnmond": { name: "GGZ Rijnmond", domain: CARE, country: Country.NL },
  "wijkteam-rotterdam-zuid": { name: "Wijkteam Rotterdam-Zuid", domain: CARE, country: Country.NL },
  "veilig-thuis-rr": { name: "Veilig Thuis Rotterdam Rijnmond", domain: CARE, country: Country.NL },
  "jeugdzorg-rijnmond": { name: "Jeugdbescherming en jeugdzorg Rijnmond", domain: CARE, country: Country.NL },
  // België — SAMEN Antwerpen (casusoverleg art. 458ter Sw)
  "samen-antwerpen": { name: "SAMEN Antwerpen (Stad Antwerpen, casusoverleg 458ter)", domain: COORDINATION, country: Country.BE },
  "parket-antwerpen": { name: "Parket Antwerpen (Openbaar Ministerie)", domain: SAFETY, country: Country.BE },
  "politie-antwerpen": { name: "Politiezone Antwerpen", domain: SAFETY, country: Country.BE },
  "justitiehuis-antwerpen": { name: "Justitiehuis Antwerpen", domain: SAFETY, country: Country.BE },
  "stad-antwerpen-veiligheid": { name: "Stad Antwerpen, Integrale Veiligheid", domain: SAFETY, country: Country.BE },
  "caw-antwerpen": { name: "CAW Antwerpen", domain: CARE, country: Country.BE },
  "cgg-antwerpen": { name: "CGG Antwerpen (geestelijke gezondheidszorg)", domain: CARE, country: Country.BE },
  "ocmw-antwerpen": { name: "OCMW Antwerpen, sociale dienst", domain: CARE, country: Country.BE },
  "vk-antwerpen": { name: "Vertrouwenscentrum Kindermishandeling Antwerpen", domain: CARE, country: Country.BE },
} as const;

export type DemoOrg = keyof typeof DEMO_ORGANISATIONS;

/** The two houses; the seed does nothing when either already exists. */
export const DEMO_HOUSES: readonly DemoOrg[] = ["zvh-rotterdam-rijnmond", "samen-antwerpen"];

export interface DemoTable {
  name: string;
  kind: TableKind;
  criminalLaw: boolean;
  house: DemoOrg;
  members: DemoOrg[];
}

export const DEMO_TABLES = {
  topX: {
    name: "Top X Rotterdam", kind: TableKind.TOP_X, criminalLaw: true, house: "zvh-rotterdam-rijnmond",
    members: ["politie-rotterdam", "om-rotterdam", "gemeente-rotterdam-oov", "reclassering-rotterdam", "ggz-rijnmond", "wijkteam-rotterdam-zuid"],
  },
  casusOpMaat: {
    name: "Casus op Maat Rotterdam-Zuid", kind: TableKind.CASUS_OP_MAAT, criminalLaw: false, house: "zvh-rotterdam-rijnmond",
    members: ["gemeente-rotterdam-oov", "politie-rotterdam", "wijkteam-rotterdam-zuid", "ggz-rijnmond", "veilig-thuis-rr"],
  },
  mda: {
    name: "MDA++ Rotterdam-Rijnmond", kind: TableKind.MDA_PLUS_PLUS, criminalLaw: true, house: "zvh-rotterdam-rijnmond",
    members: ["veilig-thuis-rr", "politie-rotterdam", "om-rotterdam", "reclassering-rotterdam", "jeugdzorg-rijnmond", "wijkteam-rotterdam-zuid", "ggz-rijnmond"],
  },
  pgaVoetbal: {
    name: "PGA Voetbal Rotterdam", kind: TableKind.PGA_VOETBAL, criminalLaw: true, house: "zvh-rotterdam-rijnmond",
    members: ["politie-rotterdam", "om-rotterdam", "gemeente-rotterdam-oov", "bvo-maasstad", "reclassering-rotterdam"],
  },
  samenStraf: {
    name: "SAMEN-expertentafel Antwerpen (met strafrechtcomponent)", kind: TableKind.SAMEN_EXPERTENTAFEL, criminalLaw: true, house: "samen-antwerpen",
    members: ["parket-antwerpen", "politie-antwerpen", "justitiehuis-antwerpen", "stad-antwerpen-veiligheid", "caw-antwerpen", "cgg-antwerpen", "ocmw-antwerpen"],
  },
  samenZorg: {
    name: "SAMEN-expertentafel Antwerpen (zonder strafrechtcomponent)", kind: TableKind.SAMEN_EXPERTENTAFEL, criminalLaw: false, house: "samen-antwerpen",
    members: ["parket-antwerpen", "politie-antwerpen", "stad-antwerpen-veiligheid", "caw-antwerpen", "cgg-antwerpen", "ocmw-antwerpen", "vk-antwerpen"],
  },
} satisfies Record<string, DemoTable>;

export type DemoTableKey = keyof typeof DEMO_TABLES;
