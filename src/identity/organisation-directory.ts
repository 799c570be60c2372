import type { DataSource } from "typeorm";
import { Organisation } from "../entities";

/**
 * Organisations by code, for sign-in. Every request needs its viewer's organisation, and partners change
 * rarely, so found organisations are kept for a short time (misses are not kept: a partner added to the
 * database can sign in at once). One statement per request saved.
 */
export class OrganisationDirectory {
  private readonly cache = new Map<string, { organisation: Organisation; until: number }>();

  constructor(private readonly ds: DataSource, private readonly ttlMs = 30_000) {}

  async byCode(code: string): Promise<Organisation | null> {
    const cached = this.cache.get(code);
    if (cached && cached.until > Date.now()) return cached.organisation;
    const organisation = await this.ds.getRepository(Organisation).findOneBy({ code });
    if (organisation) this.cache.set(code, { organisation, until: Date.now() + this.ttlMs });
    else this.cache.delete(code);
    return organisation;
  }
}
