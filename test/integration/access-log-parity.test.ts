import { randomUUID } from "node:crypto";
import { chainHash } from "../../src/audit/chain";
import { InformationCategory, LegalBasisType, SignalKind, ViewerRole } from "../../src/domain/enums";
import { LegalBasis, Signal } from "../../src/entities";
import { createTestApi, PERSONAS, type Persona, type TestApi } from "../support/api";
import { auditLines } from "../support/audit";
import { insertCase } from "../support/fixture";
import { step } from "../support/steps";

const policePrivacyOfficer: Persona = { org: "police", roles: [ViewerRole.PRIVACY_OFFICER], sub: "fg-politie" };
const utrechtPrivacyOfficer: Persona = { org: "otherHouse", roles: [ViewerRole.PRIVACY_OFFICER], sub: "fg-utrecht" };
const LOG = `query ($filter: AuditLogFilter) { auditLog(first: 100, filter: $filter) { edges { node {
  id occurredAt requestId userId issuer organisation { id } onBehalfOf roles action operation outcome reason
  caseId subjectId category legalBasisId legalBasisType detail prevHash hash } } } }`;
const COMPARED = ["action", "operation", "caseId", "subjectId", "legalBasisId", "legalBasisType", "category", "detail", "reason", "outcome"] as const;

/** PostgreSQL's text form of a jsonb value (keys by length, then bytes; ", " and ": "), as the chain hashes it. */
function jsonbText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(jsonbText).join(", ")}]`;
  if (value && typeof value === "object") {
    const keys = Object.keys(value).sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
    return `{${keys.map((k) => `${JSON.stringify(k)}: ${jsonbText((value as Record<string, unknown>)[k])}`).join(", ")}}`;
  }
  return JSON.stringify(value);
}

/** The line's hash recomputed from what the reader sees, with no house: equal only if nothing hidden was stored. */
/** The line's position is not visible (its id is opaque), so it comes from the database; every other hashed field is the visible one. */
function hashFromVisibleFields(node: any, position: string): string {
  const micro = `${new Date(node.occurredAt).toISOString().slice(0, -1)}000Z`;
  return chainHash(node.prevHash, [
    position, micro, node.requestId, node.userId, node.issuer, node.organisation.id, node.onBehalfOf, node.roles.join(","),
    node.action, node.operation, node.outcome, node.reason, null, node.caseId, node.subjectId, node.category, node.legalBasisId,
    node.detail === null ? null : jsonbText(JSON.parse(node.detail)),
  ]);
}

/** A line as a reader compares it, with the ids the requester sent replaced by a placeholder. */
function withoutSentIds(node: any, sent: string): Record<string, unknown> {
  const scrub = (value: unknown) => (typeof value === "string" ? value.split(sent).join("<sent>") : value);
  return Object.fromEntries(COMPARED.map((field) => [field, scrub(node[field])]));
}

describe("log parity: a refused or not-found attempt leaves the line it would leave for an id that does not exist", () => {
  let api: TestApi;
  let foreignCase: { id: string; subjectId: string };
  let foreignSignalId: string;
  let foreignBasisId: string;

  async function visibleLines(reader: Persona): Promise<any[]> {
    const res = await api.as(reader)(LOG, {});
    expect(res.errors).toBeUndefined();
    return res.data.auditLog.edges.map((e: any) => e.node);
  }

  beforeAll(async () => {
    api = await createTestApi();
    const { world } = api;
    foreignCase = await insertCase(api.ds, world, { participants: ["otherPolice"], table: world.otherTable });
    foreignSignalId = (await api.ds.getRepository(Signal).save({
      caseId: foreignCase.id, raisedById: world.org.otherPolice.id, kind: SignalKind.SITUATION_CHANGED, description: "Nieuwe melding.", raisedAt: new Date("2026-02-01"),
    })).id;
    foreignBasisId = (await api.ds.getRepository(LegalBasis).save({
      caseId: foreignCase.id, type: LegalBasisType.CONSENT, categories: [InformationCategory.HEALTH], organisationIds: [world.org.otherPolice.id],
      validFrom: new Date("2026-01-01"), validUntil: null, documentReference: "Toestemming 2026", recordedByOrganisationId: world.org.otherHouse.id,
      recordedByUser: "pd-utrecht", recordedAt: new Date("2026-01-01"),
    })).id;
  });
  afterAll(() => api.close());

  /** Two attempts, one at a real object of another house and one at an id that exists nowhere, as the police's privacy officer reads them. */
  async function pair(attempt: (id: string) => Promise<unknown>, realId: string, operation: string): Promise<[any, any]> {
    const fakeId = randomUUID();
    await attempt(realId);
    await attempt(fakeId);
    const lines = (await visibleLines(policePrivacyOfficer)).filter((l) => l.operation === operation && l.outcome === "DENIED");
    const real = lines.find((l) => JSON.stringify(l).includes(realId));
    const fake = lines.find((l) => JSON.stringify(l).includes(fakeId));
    expect(real && fake).toBeTruthy();
    expect(withoutSentIds(real, realId)).toEqual(withoutSentIds(fake, fakeId));
    for (const line of [real, fake]) {
      const [{ position }] = await api.ds.query(`SELECT id::text AS position FROM audit_log WHERE hash = $1`, [line.hash]);
      expect(line.hash).toBe(hashFromVisibleFields(line, position));
    }
    return [real, fake];
  }

  it("agent Bram's refused case(id) of Utrecht's case and of a made-up id read alike: the id as sent, no subject", async () => {
    const read = (id: string) => api.as(PERSONAS.police)(`query ($id: ID!) { case(id: $id) { id } }`, { id });
    const [real] = await pair(read, foreignCase.id, "case");
    expect(real).toMatchObject({ caseId: foreignCase.id, subjectId: null, reason: "NOT_FOUND" });
  });

  it("case director Cor's NOT_FOUND escalateSignal names only the signal id he sent, never its case or subject", async () => {
    const escalate = (signalId: string) => step(api, PERSONAS.policeCaseDirector, "escalateSignal", { signalId });
    const [real] = await pair(escalate, foreignSignalId, "escalateSignal");
    expect(real).toMatchObject({ caseId: null, subjectId: null, legalBasisId: null, detail: JSON.stringify({ input: { signalId: foreignSignalId } }) });
  });

  it("agent Bram's NOT_FOUND revokeLegalBasis names only the basis id he sent, in the input: no case, subject or basis type", async () => {
    const revoke = (legalBasisId: string) => step(api, PERSONAS.police, "revokeLegalBasis", { legalBasisId, reason: "Ingetrokken." });
    const [real] = await pair(revoke, foreignBasisId, "revokeLegalBasis");
    expect(real).toMatchObject({ caseId: null, subjectId: null, legalBasisId: null, legalBasisType: null });
  });

  it("the stored lines hold nothing resolved either: no house, no subject, so the house's privacy officer cannot tell real from made-up", async () => {
    const probes = (await auditLines(api.ds)).filter((l) => l.outcome === "DENIED" && l.organisationId === api.world.org.police.id);
    expect(probes).toHaveLength(6);
    expect(probes.map((l) => [l.houseId, l.subjectId])).toEqual(probes.map(() => [null, null]));
    const utrecht = await visibleLines(utrechtPrivacyOfficer);
    expect(utrecht.filter((l) => l.organisation.id === api.world.org.police.id)).toEqual([]);
  });

  it("an allowed read still names the case's subject: parity only strips what the actor could not see", async () => {
    const own = await insertCase(api.ds, api.world, { participants: ["police"] });
    await api.as(PERSONAS.police)(`query ($id: ID!) { case(id: $id) { id } }`, { id: own.id });
    const line = (await visibleLines(policePrivacyOfficer)).find((l) => l.caseId === own.id);
    expect(line).toMatchObject({ outcome: "ALLOWED", subjectId: own.subjectId });
  });
});
