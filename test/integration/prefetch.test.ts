import { OrganisationDomain, ViewerRole } from "../../src/domain/enums";
import { Kind, parse, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from "graphql";
import type { DataSource } from "typeorm";
import { seedDemo } from "../../src/demo/seed";
import { Case } from "../../src/entities";
import { createLoaders, type Loaders } from "../../src/loaders";
import { SyncLoader } from "../../src/loaders/by-column";
import { prefetch, selectionSets, selectionsOf } from "../../src/resolvers/look-ahead";
import type { Viewer } from "../../src/identity/viewer";
import { freshDatabase } from "../support/demo";

/** The resolve info of the root field of `query` as graphql-js would give it to the `cases` resolver. */
function infoOf(query: string): GraphQLResolveInfo {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return { fieldNodes: operation.selectionSet.selections, fragments } as unknown as GraphQLResolveInfo;
}

const isLoaded = (value: unknown) => !(value instanceof Promise);

describe("loading a page's relations ahead (resolvers/look-ahead.ts)", () => {
  let ds: DataSource;
  let cases: Case[];
  let statements: number;

  async function prefetched(query: string, viewer: Viewer | null = null): Promise<Loaders> {
    const loaders = createLoaders(ds, viewer, new Date());
    const info = infoOf(query);
    const nodes = selectionsOf(info, selectionsOf(info, selectionSets(info), "edges"), "node");
    statements = 0;
    await prefetch({ loaders, viewer: viewer ?? ({} as Viewer) }, info, "Case", cases, nodes);
    return loaders;
  }

  beforeAll(async () => {
    ds = await freshDatabase();
    await seedDemo(ds, () => undefined);
    cases = await ds.getRepository(Case).find({ order: { registeredAt: "DESC" }, take: 20 });
    // Every statement goes through the DataSource's logger (db/prepared.ts for these reads).
    const logQuery = ds.logger.logQuery.bind(ds.logger);
    ds.logger.logQuery = (sql, parameters, runner) => {
      statements += 1;
      logQuery(sql, parameters, runner);
    };
  });
  afterAll(() => ds.destroy());

  it("loads what the page selects, through fragments and aliases, so the resolvers answer without a promise", async () => {
    const loaders = await prefetched(`query {
      cases(first: 20) { edges { node { id ...People plan: currentPlan { ... on Plan { goals { id } actions { id executor { name } } } } } } }
    }
    fragment People on Case { participants { role organisation { name } } }`);
    const plans = cases.map((c) => loaders.plansByCase.get(c.id));
    expect(plans.every(isLoaded)).toBe(true);
    const participants = cases.flatMap((c) => loaders.participantsByCase.get(c.id) as object[]) as Array<{ organisationId: string }>;
    expect(participants.length).toBeGreaterThan(cases.length);
    expect(participants.every((p) => isLoaded(loaders.organisation.get(p.organisationId)))).toBe(true);
    const planIds = (plans.flat() as Array<{ id: string }>).map((plan) => plan.id);
    expect(planIds.length).toBeGreaterThan(0);
    expect(planIds.every((id) => isLoaded(loaders.goalsByPlan.get(id)) && isLoaded(loaders.actionsByPlan.get(id)))).toBe(true);
    // One statement per relation and level: participants, plans; organisations, goals, actions (executors: cached).
    expect(statements).toBe(5);
  });

  it("loads a case's information items and the grants of its care rule once for the page", async () => {
    const [police] = await ds.query(`SELECT id FROM organisation ORDER BY code LIMIT 1`);
    const viewer = { organisationId: police.id, domain: OrganisationDomain.SAFETY, roles: new Set([ViewerRole.CHAIN_PARTNER]) } as unknown as Viewer;
    const loaders = await prefetched(`query { cases(first: 20) { edges { node { health { content supplier { name } } safety { content } } } } }`, viewer);
    expect(cases.every((c) => isLoaded(loaders.informationByCase.get(c.id)))).toBe(true);
    // The items whose supplier the page selects (health); items of other categories are loaded with them but not walked.
    const shown = (item: { category: string }) => item.category === "HEALTH";
    const items = cases.flatMap((c) => (loaders.informationByCase.get(c.id) as Array<{ supplierId: string; category: string }>).filter(shown));
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => isLoaded(loaders.organisation.get(item.supplierId)))).toBe(true);
    // information items and care grants side by side, then the suppliers.
    expect(statements).toBe(3);
  });

  it("loads nothing the page does not select", async () => {
    const loaders = await prefetched(`query { cases(first: 20) { edges { node { id reference } } } }`);
    expect(statements).toBe(0);
    const pending = loaders.participantsByCase.get(cases[0].id);
    expect(isLoaded(pending)).toBe(false);
    await pending;
  });
});

describe("SyncLoader", () => {
  const rows = (keys: readonly string[]) => Promise.resolve(keys.map((key) => `row ${key}`));

  it("answers a loaded key at once, a new key with a promise", async () => {
    const loader = new SyncLoader<string, string>(rows);
    expect(loader.get("a")).toBeInstanceOf(Promise);
    await loader.load("a");
    expect(loader.get("a")).toBe("row a");
    expect(loader.get("b")).toBeInstanceOf(Promise);
  });

  it("forgets a cleared key, and keeps a batch that a clear overtook out of the answers at once", async () => {
    const loader = new SyncLoader<string, string>(rows);
    await loader.load("a");
    loader.clear("a");
    expect(loader.get("a")).toBeInstanceOf(Promise);

    let begun!: () => void;
    let release!: () => void;
    const inDatabase = new Promise<void>((resolve) => (begun = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = new SyncLoader<string, string>(async (keys) => {
      begun();
      await gate;
      return keys.map((key) => `row ${key}`);
    });
    const inFlight = slow.load("b");
    await inDatabase;
    slow.clear("c"); // a mutation forgets something while the batch is in the database
    release();
    expect(await inFlight).toBe("row b");
    const answer = slow.get("b");
    expect(answer).toBeInstanceOf(Promise);
    expect(await answer).toBe("row b");
  });

  it("answers a primed value at once and never an error", async () => {
    const loader = new SyncLoader<string, string>((keys) => Promise.resolve(keys.map((key) => (key === "bad" ? new Error("no") : `row ${key}`))));
    loader.prime("p", "primed");
    expect(loader.get("p")).toBe("primed");
    await expect(loader.load("bad")).rejects.toThrow("no");
    const again = loader.get("bad");
    expect(again).toBeInstanceOf(Promise);
    await expect(again).rejects.toThrow("no");
  });
});
