import { LegalBasisType } from "../../src/domain/enums";
import { createTestApi, PERSONAS, type GraphQLResponse, type Persona, type TestApi } from "../support/api";
import { auditLines, auditText, verify, type Line } from "../support/audit";

const at = (time: string) => new Date(`2026-03-02T${time}:00Z`);
const CASE_CARE = `query ($id: ID!) { case(id: $id) { id reference health { content } addiction { content } } }`;

/** What the log should say about one request: [action, operation, outcome, reason, case?, category, basis?]. */
type Expected = [string, string, string, string | null, boolean, string | null, boolean];

describe("access log: a realistic day at the Top X table, line by line", () => {
  let api: TestApi;
  let statements: string[] = [];
  const requests: Array<{ persona: Persona; time: string; statements: string[]; expected: Expected[] }> = [];
  let caseId: string;
  let subjectId: string;
  let basisId: string;

  /** One request at a moment of the day, with the lines it must leave and the statements it sent. */
  async function act(time: string, persona: Persona, query: string, variables: Record<string, unknown>, expected: Expected[]): Promise<GraphQLResponse> {
    api.setNow(at(time));
    statements = [];
    const res = await api.as(persona)(query, variables);
    requests.push({ persona, time, statements: [...statements], expected });
    return res;
  }

  beforeAll(async () => {
    api = await createTestApi({ logErrors: false, onStatement: (sql) => statements.push(sql) });
    const { org, table } = api.world;
    const registered = await act("08:00", PERSONAS.policeCaseDirector, `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id phase } }`, {
      input: { tableId: table.id, subject: { fullName: "Jan de Vries", dateOfBirth: "1990-05-01" }, triedWithinOwnOrganisation: "Meerdere gesprekken en een huisbezoek.", triedWithinOwnOrganisationCategory: "SAFETY", subjectInformed: true },
    }, [["MUTATION", "registerCase", "ALLOWED", null, true, null, false]]);
    caseId = registered.data.registerCase.id;
    subjectId = (await api.ds.query(`SELECT subject_id FROM "case" WHERE id = $1`, [caseId]))[0].subject_id;
    await act("08:30", PERSONAS.prosecutorTriage, `mutation ($input: TriageCaseInput!) { triageCase(input: $input) { id phase } }`,
      { input: { caseId, decision: "ACCEPT" } }, [["MUTATION", "triageCase", "ALLOWED", null, true, null, false]]);
    await act("09:00", PERSONAS.processDirector, `mutation ($input: AddParticipantInput!) { addParticipant(input: $input) { id role } }`,
      { input: { caseId, organisationId: org.ggz.id, role: "CHAIN_PARTNER" } }, [["MUTATION", "addParticipant", "ALLOWED", null, true, null, false]]);
    const basis = await act("09:15", PERSONAS.processDirector, `mutation ($input: RecordLegalBasisInput!) { recordLegalBasis(input: $input) { id } }`, {
      input: { caseId, type: LegalBasisType.COVENANT, categories: ["HEALTH"], organisationIds: [org.police.id], validFrom: at("09:00"), documentReference: "Convenant ZVH Rijnmond 2026", documentReferenceCategory: "SAFETY" },
    }, [["MUTATION", "recordLegalBasis", "ALLOWED", null, true, null, true]]);
    basisId = basis.data.recordLegalBasis.id;
    await act("09:30", PERSONAS.ggz, `mutation ($input: ShareInformationInput!) { shareInformation(input: $input) { id } }`,
      { input: { caseId, category: "HEALTH", content: "Psychose, sinds januari in behandeling.", factDate: "2026-02-20", legalBasisId: basisId } },
      [["MUTATION", "shareInformation", "ALLOWED", null, true, "HEALTH", true]]);
    await act("10:00", PERSONAS.police, CASE_CARE, { id: caseId }, [
      ["READ_CASE", "case", "ALLOWED", null, true, null, false],
      ["READ_CARE_DATA", "health", "ALLOWED", "LEGAL_BASIS", true, "HEALTH", true],
      ["READ_CARE_DATA", "addiction", "DENIED", "NO_LEGAL_BASIS", true, "ADDICTION", false],
    ]);
    await act("10:15", PERSONAS.ggz, `{ cases(first: 10) { edges { node { id health { content } } } } }`, {}, [
      ["LIST_CASES", "cases", "ALLOWED", null, false, null, false],
      ["READ_CASE", "cases", "ALLOWED", null, true, null, false],
      ["READ_CARE_DATA", "health", "ALLOWED", "CARE_PARTNER", true, "HEALTH", false],
    ]);
    await act("11:00", PERSONAS.processDirector, `mutation ($input: RevokeLegalBasisInput!) { revokeLegalBasis(input: $input) { id revokedAt } }`,
      { input: { legalBasisId: basisId, reason: "Toestemming ingetrokken door betrokkene.", reasonCategory: "SAFETY" } }, [["MUTATION", "revokeLegalBasis", "ALLOWED", null, true, null, true]]);
    await act("11:30", PERSONAS.police, `query ($id: ID!) { case(id: $id) { health { content } } }`, { id: caseId }, [
      ["READ_CASE", "case", "ALLOWED", null, true, null, false],
      ["READ_CARE_DATA", "health", "DENIED", "NO_LEGAL_BASIS", true, "HEALTH", false],
    ]);
    await act("12:00", PERSONAS.outsiderPolice, CASE_CARE, { id: caseId }, [["READ_CASE", "case", "DENIED", "NOT_FOUND", true, null, false]]);
    await act("12:05", PERSONAS.outsiderPolice, `mutation ($input: ShareInformationInput!) { shareInformation(input: $input) { id } }`,
      { input: { caseId, category: "SAFETY", content: "Aanhouding in Utrecht.", factDate: "2026-03-01" } },
      [["MUTATION", "shareInformation", "DENIED", "NOT_FOUND", true, "SAFETY", false]]);
    await act("12:30", PERSONAS.police, `mutation ($input: TriageCaseInput!) { triageCase(input: $input) { id } }`,
      { input: { caseId, decision: "REJECT", reason: "Geen zorgen meer.", reasonCategory: "SAFETY" } }, [["MUTATION", "triageCase", "DENIED", "FORBIDDEN", true, null, false]]);
    await act("13:00", PERSONAS.processDirector, `mutation ($input: CloseCaseInput!) { closeCase(input: $input) { id } }`,
      { input: { caseId, qualityOfLifeImproved: true, safetyInPlace: true, regularCareCanCarryOn: true } },
      [["MUTATION", "closeCase", "FAILED", "ILLEGAL_TRANSITION/CLOSE_CASE_NOT_ALLOWED_IN_DOSSIER_FORMING", true, null, false]]);
    await act("14:00", PERSONAS.privacyOfficer, `{ cases(first: 10) { totalCount } }`, {}, [["LIST_CASES", "cases", "DENIED", "FORBIDDEN", false, null, false]]);
    await act("14:05", PERSONAS.privacyOfficer, `query ($caseId: ID!) { auditLog(filter: { caseId: $caseId }) { totalCount } }`, { caseId },
      [["READ_AUDIT_LOG", "auditLog", "ALLOWED", null, true, null, false]]);
    await act("14:10", PERSONAS.privacyOfficer, `query ($subjectId: ID!) { subjectAccessReport(subjectId: $subjectId) { totalCount } }`, { subjectId },
      [["EXPORT_SUBJECT_ACCESS_REPORT", "subjectAccessReport", "ALLOWED", null, false, null, false]]);
    await act("14:15", PERSONAS.police, `{ auditLog { totalCount } }`, {}, [["READ_AUDIT_LOG", "auditLog", "DENIED", "FORBIDDEN", false, null, false]]);
  });
  afterAll(() => api.close());

  it("every request left exactly the lines of what happened, in order, with who, when and for which organisation", async () => {
    const lines = await auditLines(api.ds);
    const byRequest = [...new Set(lines.map((line) => line.requestId))].map((id) => lines.filter((line) => line.requestId === id));
    expect(byRequest).toHaveLength(requests.length);
    requests.forEach((request, i) => {
      const org = api.world.org[request.persona.org];
      const actual = byRequest[i].map((l: Line) => [l.action, l.operation, l.outcome, l.reason, l.caseId === caseId, l.category, l.legalBasisId === basisId]);
      expect({ at: request.time, who: request.persona.sub, lines: actual }).toEqual({ at: request.time, who: request.persona.sub, lines: request.expected });
      for (const line of byRequest[i]) {
        expect([line.userId, line.organisationId, line.occurredAt.toISOString()]).toEqual([request.persona.sub, org.id, at(request.time).toISOString()]);
        // Log parity: house and subject only where the actor could see the case; otherwise the ids as sent.
        const sawCase = line.caseId === caseId && request.persona !== PERSONAS.outsiderPolice && line.action !== "READ_AUDIT_LOG";
        expect([line.houseId, line.subjectId]).toEqual(
          sawCase ? [api.world.org.house.id, subjectId] : [null, line.action === "EXPORT_SUBJECT_ACCESS_REPORT" ? subjectId : null],
        );
      }
    });
  });

  it("lists and log reads record their filter and the number of results, never the results", async () => {
    const lines = await auditLines(api.ds);
    const list = lines.find((l) => l.action === "LIST_CASES" && l.outcome === "ALLOWED")!;
    expect(list.detail).toEqual({ filter: {}, first: 10, after: false, returned: 1, totalCount: 1 });
    const logRead = lines.find((l) => l.action === "READ_AUDIT_LOG" && l.outcome === "ALLOWED")!;
    expect(logRead.detail).toEqual({ filter: { caseId }, first: 50, after: false, returned: 15 });
    expect(lines.find((l) => l.action === "EXPORT_SUBJECT_ACCESS_REPORT")!.detail).toEqual({ entries: 15 });
    expect(lines.find((l) => l.operation === "addParticipant")!.detail).toEqual({ input: { organisationId: api.world.org.ggz.id } });
  });

  it("the log holds identifiers only: no care content, names or free text of the day", async () => {
    const text = await auditText(api.ds);
    for (const content of ["Psychose", "Jan de Vries", "1990-05-01", "huisbezoek", "Toestemming ingetrokken", "Aanhouding", "Geen zorgen", "Convenant"]) {
      expect(text).not.toContain(content);
    }
  });

  // One request at a time, so no other request shares its INSERT (concurrent ones do: audit-group-commit.test.ts).
  it("each request wrote its lines in at most one INSERT, before its answer; a mutation's inside its own transaction", () => {
    for (const request of requests) {
      const inserts = request.statements.map((sql, i) => [sql, i] as const).filter(([sql]) => sql.trim().startsWith("INSERT INTO audit_log"));
      // Every request of the day logged something, so "at most one" is exactly one here.
      expect({ at: request.time, inserts: inserts.length }).toEqual({ at: request.time, inserts: 1 });
      const [, index] = inserts[0];
      const allowedMutation = request.expected[0][0] === "MUTATION" && request.expected[0][2] === "ALLOWED";
      if (allowedMutation) {
        expect(request.statements.slice(0, index)).toContain("START TRANSACTION");
        expect(request.statements[index + 1]).toBe("COMMIT");
      }
    }
  });

  it("the day's chain verifies", async () => {
    const report = await verify(api.ds);
    expect(report).toMatchObject({ ok: true, lines: 22, broken: null });
  });
});
