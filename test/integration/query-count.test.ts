import { ActionKind, ActionStatus, CasePhase, InformationCategory, LegalBasisType, PlanStatus } from "../../src/domain/enums";
import { Action, Goal, LegalBasis, Plan } from "../../src/entities";
import { createTestApi, PERSONAS, type TestApi } from "../support/api";
import { insertCase } from "../support/fixture";

const CASES_WITH_PLANS = /* GraphQL */ `
  query ($first: Int!) {
    cases(first: $first) {
      totalCount
      edges { node {
        id reference phase
        participants { role organisation { name domain } }
        currentPlan { version goals { description } actions { description status executor { name } } }
      } }
    }
  }
`;

/**
 * What one page of cases with everything the overview shows costs today (the viewer's organisation is
 * kept by the server's directory after the first request): the page, its count, then one batch per relation (participants, their organisations, plans, goals, actions,
 * executors), the legal-basis grants the care rule reads for the care-category texts (one batch), and the one access-log
 * INSERT for the whole page (audit/). Independent of the page size:
 * DataLoaders, never a query per row. Raise it only on purpose.
 */
const MAX_STATEMENTS = 10;

describe("SQL statements per request: a page of cases costs the same for 5 as for 50", () => {
  let api: TestApi;
  let statements: string[] = [];

  /**
   * An active case (police directs, GGZ and wijkteam take part) with an approved plan: two goals, three
   * actions, one carried out by an organisation outside the case (the municipality), so executors need
   * their own batch and are not all answered from the participants' organisations. The texts are SAFETY
   * except the GGZ intake (HEALTH), which a basis opens to the house, so the care rule loads grants.
   */
  async function seedCase(): Promise<void> {
    const { world, ds } = api;
    const found = await insertCase(ds, world, { participants: ["police", "ggz", "wijkteam"], phase: CasePhase.ACTIVE_DIRECTION, caseDirector: "police" });
    const plan = await ds.getRepository(Plan).save({
      caseId: found.id, version: 1, status: PlanStatus.APPROVED, summary: "Zorg en veiligheid samen.",
      proposedById: world.org.police.id, proposedAt: new Date("2026-02-01"), approvedAt: new Date("2026-02-08"),
    });
    const [care, safety] = await ds.getRepository(Goal).save([
      { planId: plan.id, caseId: found.id, description: "Betrokkene is in behandeling", descriptionCategory: InformationCategory.SAFETY, priority: true },
      { planId: plan.id, caseId: found.id, description: "Geen nieuwe incidenten", descriptionCategory: InformationCategory.SAFETY, priority: false },
    ]);
    await ds.getRepository(LegalBasis).save({
      caseId: found.id, type: LegalBasisType.COVENANT, categories: [InformationCategory.HEALTH], organisationIds: [world.org.house.id],
      validFrom: new Date("2026-01-01"), documentReference: "Convenant", documentReferenceCategory: InformationCategory.SAFETY,
      recordedByOrganisationId: world.org.house.id, recordedByUser: "pd", recordedAt: new Date("2026-01-01"),
    });
    await ds.getRepository(Action).save([
      { planId: plan.id, caseId: found.id, goalId: care.id, description: "Intake GGZ", descriptionCategory: InformationCategory.HEALTH, kind: ActionKind.CARE, executorId: world.org.ggz.id, dueDate: "2026-04-01" },
      { planId: plan.id, caseId: found.id, goalId: safety.id, description: "Gebiedsverbod", descriptionCategory: InformationCategory.SAFETY, kind: ActionKind.SAFETY, executorId: world.org.municipality.id, dueDate: "2026-03-15", status: ActionStatus.IN_PROGRESS },
      { planId: plan.id, caseId: found.id, goalId: null, description: "Huisbezoek", descriptionCategory: InformationCategory.SAFETY, kind: ActionKind.CARE, executorId: world.org.wijkteam.id, dueDate: "2026-05-01" },
    ]);
  }

  async function seedUntil(count: number): Promise<void> {
    const existing = (await api.ds.query(`SELECT count(*)::int AS n FROM "case"`))[0].n as number;
    for (let i = existing; i < count; i += 1) await seedCase();
  }

  /** Asks for a full page as the process director and returns the statements the server sent meanwhile. */
  async function statementsForPage(first: number): Promise<string[]> {
    statements = [];
    const res = await api.as(PERSONAS.processDirector)(CASES_WITH_PLANS, { first });
    const sent = [...statements];
    expect(res.errors).toBeUndefined();
    const nodes = res.data.cases.edges.map((edge: { node: unknown }) => edge.node);
    expect(nodes).toHaveLength(first);
    for (const node of nodes) {
      expect(node.participants.map((p: { organisation: { name: string } }) => p.organisation.name)).toHaveLength(3);
      expect(node.currentPlan.goals).toHaveLength(2);
      expect(node.currentPlan.actions.map((a: { executor: { name: string } }) => a.executor.name)).toEqual(
        expect.arrayContaining([api.world.org.ggz.name, api.world.org.municipality.name, api.world.org.wijkteam.name]),
      );
    }
    return sent;
  }

  beforeAll(async () => {
    api = await createTestApi({ onStatement: (sql) => statements.push(sql) });
  });

  afterAll(async () => {
    await api.close();
  });

  it("process director reads 5 and then 50 cases with participants and plans in the same few statements", async () => {
    await seedUntil(5);
    await statementsForPage(5); // warm-up: the viewer's organisation is then kept by the server's directory
    const forFive = await statementsForPage(5);
    await seedUntil(50);
    const forFifty = await statementsForPage(50);

    const listing = (sent: string[]) => sent.map((sql, i) => `${i + 1}. ${sql.replace(/\s+/g, " ").slice(0, 160)}`).join("\n");
    if (forFifty.length !== forFive.length || forFifty.length > MAX_STATEMENTS) {
      throw new Error(
        `Expected the same number of statements for 5 and 50 cases, at most ${MAX_STATEMENTS}; ` +
          `got ${forFive.length} for 5 and ${forFifty.length} for 50. A field resolver probably queries per row ` +
          `instead of through ctx.loaders.\nFor 5:\n${listing(forFive)}\nFor 50:\n${listing(forFifty)}`,
      );
    }
    expect(forFifty.length).toBe(forFive.length);
  });
});
