import type { EntityManager } from "typeorm";
import { ConsultationTable, Organisation, TableMember } from "../entities";
import { DEMO_ORGANISATIONS, DEMO_TABLES, type DemoOrg, type DemoTableKey } from "./organisations";
import type { DaysAgo } from "./spec";

const DAY_MS = 24 * 3600 * 1000;

/** Writes demo rows in one transaction and turns "days ago" into moments relative to one anchor. */
export class DemoWriter {
  private readonly orgIds = new Map<DemoOrg, string>();
  private readonly tableIds = new Map<DemoTableKey, string>();
  /** The moment of seeding, on the hour, so every "days ago" lands on the same time of day. */
  readonly anchor = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);

  constructor(readonly em: EntityManager) {}

  at(days: DaysAgo): Date {
    return new Date(this.anchor.getTime() - days * DAY_MS);
  }

  /** A calendar date (JJJJ-MM-DD) `days` before the seed. */
  date(days: DaysAgo): string {
    return this.at(days).toISOString().slice(0, 10);
  }

  org(code: DemoOrg): string {
    const id = this.orgIds.get(code);
    if (!id) throw new Error(`demo data: unknown organisation ${code}`);
    return id;
  }

  table(key: DemoTableKey): string {
    const id = this.tableIds.get(key);
    if (!id) throw new Error(`demo data: unknown table ${key}`);
    return id;
  }

  /** Partners that already exist (same code) are reused, so the demo can sit next to real partner records. */
  async writeOrganisations(): Promise<void> {
    const repo = this.em.getRepository(Organisation);
    for (const [code, data] of Object.entries(DEMO_ORGANISATIONS) as Array<[DemoOrg, (typeof DEMO_ORGANISATIONS)[DemoOrg]]>) {
      const existing = await repo.findOneBy({ code });
      this.orgIds.set(code, (existing ?? (await repo.save(repo.create({ code, ...data })))).id);
    }
  }

  async writeTables(): Promise<void> {
    for (const [key, spec] of Object.entries(DEMO_TABLES) as Array<[DemoTableKey, (typeof DEMO_TABLES)[DemoTableKey]]>) {
      const table = await this.em.save(
        this.em.create(ConsultationTable, { name: spec.name, kind: spec.kind, hasCriminalLawComponent: spec.criminalLaw, houseId: this.org(spec.house) }),
      );
      this.tableIds.set(key, table.id);
      const members: readonly DemoOrg[] = spec.members;
      await this.em.save(members.map((code) => this.em.create(TableMember, { tableId: table.id, organisationId: this.org(code) })));
    }
  }
}
