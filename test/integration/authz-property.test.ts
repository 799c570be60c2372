import { createTestApi, type TestApi } from "../support/api";
import { describeCounterexample, describeReport } from "../fuzz/describe";
import { fuzzAuthz } from "../fuzz/property";

/**
 * Property-based authorisation: generated worlds (tables, cases, participants, legal bases of every
 * validity, information items and texts of every category), viewers of every role in every organisation,
 * random queries over the whole schema; every answer is scanned for values the oracle withholds
 * (test/fuzz/oracle.ts, written from the rules, not from src/permissions). The long run is
 * `npm run fuzz:authz -- --runs 10000`; FUZZ_SEED=<n> replays a seed.
 */
describe("authorisation property: no answer carries what the rules withhold", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ logErrors: false });
  });
  afterAll(() => api.close());

  it("holds for a few hundred random queries over a handful of worlds", async () => {
    const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
    const report = await fuzzAuthz(api, { runs: 300, perWorld: 60, seed });
    const summary = [describeReport(report), ...report.counterexamples.map(describeCounterexample)].join("\n\n");
    // On failure the message is the shrunk counter-example: viewer, query, leaked values and their case.
    if (process.env.FUZZ_VERBOSE) console.log(summary);
    expect(report.counterexamples.length === 0 ? "no leaks" : summary).toBe("no leaks");
    // An answer that failed inside the server could not be checked: each is a bug of its own.
    expect(report.internalErrors.length === 0 ? "no internal errors" : describeReport(report)).toBe("no internal errors");
    // Honest: the queries reached data, and viewers were shown what they may see, care data under a basis included.
    expect(report.answered).toBeGreaterThan(report.runs / 4);
    expect(report.allowed.get("case")).toBeGreaterThan(0);
    expect([...report.allowed.keys()].filter((k) => /^(item|text|basisText):(?!SAFETY)/.test(k))).not.toEqual([]);
  });
});
