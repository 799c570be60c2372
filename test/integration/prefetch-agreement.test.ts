import * as loaderModule from "../../src/loaders";
import * as prefetchModule from "../../src/resolvers/look-ahead";
import { RELATIONS } from "../../src/resolvers/look-ahead";
import { GUARDED_TEXTS } from "../../src/permissions/guarded-texts";
import { createDemoApi, type DemoApi } from "../support/demo";

/**
 * The look-ahead table (resolvers/look-ahead.ts, RELATIONS) names, per field, the loader its resolver uses.
 * This holds the two together mechanically: for every field in the table, a page selecting it must let
 * the resolvers answer from what was loaded ahead (no loader misses while the page resolves), and every
 * loader the look-ahead filled must be read (nothing loaded for nobody).
 */

/** How a page of cases reaches each type of the table. */
const PATHS: Record<string, string[]> = {
  Case: [],
  InformationItem: ["safety"],
  Participant: ["participants"],
  Plan: ["currentPlan"],
  Goal: ["currentPlan", "goals"],
  Action: ["currentPlan", "actions"],
  ConsultationTable: ["table"],
  ActionReport: ["currentPlan", "actions", "reports"],
  Signal: ["signals"],
  LegalBasis: ["legalBases"],
  AgendaItem: ["agendaItems"],
  CaseClosure: ["closure"],
};

type Phase = "idle" | "ahead" | "resolving";

describe("the look-ahead table agrees with the field resolvers", () => {
  let demo: DemoApi;
  let phase: Phase = "idle";
  const loadedAhead = new Set<string>();
  const read = new Set<string>();
  const missed = new Set<string>();

  /** Records, per loader of a request, what the look-ahead loads and what the page then reads or misses. */
  function instrument(loaders: loaderModule.Loaders): loaderModule.Loaders {
    for (const [name, loader] of Object.entries(loaders) as Array<[string, any]>) {
      const load = loader.load.bind(loader);
      loader.load = (key: unknown) => {
        if (phase === "ahead") loadedAhead.add(name);
        if (phase === "resolving") read.add(name);
        return load(key);
      };
      if (typeof loader.get === "function") {
        const get = loader.get.bind(loader);
        loader.get = (key: unknown) => {
          const value = get(key);
          if (phase === "resolving") {
            read.add(name);
            if (value instanceof Promise) missed.add(name);
          }
          return value;
        };
      }
    }
    return loaders;
  }

  beforeAll(async () => {
    const createLoaders = loaderModule.createLoaders;
    jest.spyOn(loaderModule, "createLoaders").mockImplementation((...args) => instrument(createLoaders(...args)));
    const prefetch = prefetchModule.prefetch;
    jest.spyOn(prefetchModule, "prefetch").mockImplementation(async (...args) => {
      phase = "ahead";
      await prefetch(...args);
      phase = "resolving";
    });
    demo = await createDemoApi();
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await demo.close();
  });

  it("has a path from a page of cases to every type it lists", () => {
    expect(Object.keys(RELATIONS).filter((type) => !PATHS[type])).toEqual([]);
  });

  /** The relations loaded ahead, and the guarded texts whose rule's needs the look-ahead loads (permissions/access/guarded.ts). */
  const textFields = Object.entries(GUARDED_TEXTS).flatMap(([type, texts]) => Object.entries(texts).flat().map((field) => [type, field] as const));
  const fields = [...Object.entries(RELATIONS).flatMap(([type, relations]) => Object.keys(relations).map((field) => [type, field] as const)), ...textFields];
  /** A care partner reads the care data of its cases without a basis; the police only under one (docs/demo-data.md). */
  const personas = [["ggz-rijnmond", "a care partner"], ["politie-rotterdam", "a safety partner"]] as const;
  const cases = fields.flatMap(([type, field]) => personas.map(([org, persona]) => [type, field, persona, org] as const));

  it.each(cases)("%s.%s as %s: answered from what was loaded ahead, and everything loaded ahead is read", async (type, field, _persona, org) => {
    // A guarded text is a leaf: selected bare; every other relation with a sub-selection.
    const isText = !RELATIONS[type]?.[field];
    const selection = [...PATHS[type], ...(isText ? [] : [field])].reduceRight((inner, name) => `${name} { ${inner} }`, isText ? field : "__typename");
    phase = "idle";
    [loadedAhead, read, missed].forEach((set) => set.clear());
    const response = await demo.as(org, "CHAIN_PARTNER")(`{ cases(first: 50) { edges { node { id ${selection} } } } }`);
    phase = "idle";
    // Care fields the rule refuses on some cases answer FORBIDDEN there; nothing else may fail.
    expect((response.errors ?? []).filter((error: { extensions?: { code?: string } }) => error.extensions?.code !== "FORBIDDEN")).toEqual([]);
    expect(JSON.stringify(response.data)).toContain(`"${field}":`);
    // A closure is made from the case row, and a Case text of a category its viewer reads without loading (SAFETY, or unclassified for the police) needs nothing.
    const loadsNothing = type === "CaseClosure" || field === "closure" || (isText && type === "Case");
    if (!loadsNothing) expect(loadedAhead.size).toBeGreaterThan(0);
    expect([...missed]).toEqual([]);
    // Care items are loaded with the page, before the rule decides per case: if it refuses every case, nobody reads them.
    const text = JSON.stringify(response.data);
    const answered = text.includes(`"${field}":[{`) || text.includes(`"${field}":[]`);
    const unread = [...loadedAhead].filter((name) => !read.has(name) && (answered || name !== "informationByCase"));
    expect(unread).toEqual([]);
  });
});
