import type { DataSource, EntityManager } from "typeorm";
import { CasePhase, Country, OrganisationDomain, ParticipantRole, TableKind } from "../../src/domain/enums";
import { Case, ConsultationTable, Organisation, Participant, Subject, TableMember } from "../../src/entities";

/** The organisations every test world has, by code. */
export const ORGS = {
  house: { code: "zvh-rijnmond", name: "Zorg- en Veiligheidshuis Rijnmond", domain: OrganisationDomain.COORDINATION, country: Country.NL },
  police: { code: "politie-rotterdam", name: "Politie Rotterdam", domain: OrganisationDomain.SAFETY, country: Country.NL },
  prosecutor: { code: "om-rotterdam", name: "Openbaar Ministerie Rotterdam", domain: OrganisationDomain.SAFETY, country: Country.NL },
  municipality: { code: "gemeente-rotterdam", name: "Gemeente Rotterdam (OOV)", domain: OrganisationDomain.SAFETY, country: Country.NL },
  ggz: { code: "ggz-rijnmond", name: "GGZ Rijnmond", domain: OrganisationDomain.CARE, country: Country.NL },
  wijkteam: { code: "wijkteam-zuid", name: "Wijkteam Rotterdam-Zuid", domain: OrganisationDomain.CARE, country: Country.NL },
  otherPolice: { code: "politie-utrecht", name: "Politie Utrecht", domain: OrganisationDomain.SAFETY, country: Country.NL },
  otherHouse: { code: "zvh-utrecht", name: "Zorg- en Veiligheidshuis Utrecht", domain: OrganisationDomain.COORDINATION, country: Country.NL },
} as const;

export type OrgKey = keyof typeof ORGS;

export interface World {
  org: Record<OrgKey, Organisation>;
  table: ConsultationTable;
  otherTable: ConsultationTable;
}

/** Organisations and two tables (one per house). Members of the Rijnmond table: police, prosecutor, municipality, GGZ, wijkteam. */
export async function createWorld(ds: DataSource): Promise<World> {
  const orgs = await ds.getRepository(Organisation).save(Object.values(ORGS).map((o) => ({ ...o })));
  const org = Object.fromEntries(Object.keys(ORGS).map((key, i) => [key, orgs[i]])) as Record<OrgKey, Organisation>;
  const tables = ds.getRepository(ConsultationTable);
  const table = await tables.save({ name: "Top X Rotterdam", kind: TableKind.TOP_X, hasCriminalLawComponent: true, houseId: org.house.id });
  const otherTable = await tables.save({ name: "Casus op Maat Utrecht", kind: TableKind.CASUS_OP_MAAT, hasCriminalLawComponent: false, houseId: org.otherHouse.id });
  const members: OrgKey[] = ["police", "prosecutor", "municipality", "ggz", "wijkteam"];
  await ds.getRepository(TableMember).save(members.map((key) => ({ tableId: table.id, organisationId: org[key].id })));
  await ds.getRepository(TableMember).save({ tableId: otherTable.id, organisationId: org.otherPolice.id });
  return { org, table, otherTable };
}

let counter = 0;

/**
 * A case inserted straight into the database in the given phase, with the given participants: for tests
 * of reading and privacy. Lifecycle tests go through the mutations instead.
 */
export async function insertCase(
  em: EntityManager | DataSource,
  world: World,
  options: { participants: OrgKey[]; phase?: CasePhase; table?: ConsultationTable; subjectName?: string; registeredAt?: Date; caseDirector?: OrgKey },
): Promise<Case> {
  counter += 1;
  const subject = await em.getRepository(Subject).save({ fullName: options.subjectName ?? `Betrokkene ${counter}`, dateOfBirth: "1990-01-01", municipality: "Rotterdam" });
  const table = options.table ?? world.table;
  const registeredAt = options.registeredAt ?? new Date(Date.UTC(2026, 0, 1) + counter * 60_000);
  const created = await em.getRepository(Case).save({
    reference: `T-${counter}-${subject.id.slice(0, 6)}`,
    tableId: table.id,
    subjectId: subject.id,
    registeredById: world.org[options.participants[0]].id,
    phase: options.phase ?? CasePhase.DOSSIER_FORMING,
    registeredAt,
    triedWithinOwnOrganisation: "Gesprekken gevoerd, huisbezoek afgelegd.",
    subjectInformed: true,
  });
  await em.getRepository(Participant).save(
    options.participants.map((key, i) => ({
      caseId: created.id,
      organisationId: world.org[key].id,
      role: key === options.caseDirector ? ParticipantRole.CASE_DIRECTOR : i === 0 ? ParticipantRole.REGISTRANT : ParticipantRole.CHAIN_PARTNER,
      professionalName: `Professional ${key}`,
      joinedAt: registeredAt,
    })),
  );
  return created;
}
