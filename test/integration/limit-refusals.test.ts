import { createTestApi, PERSONAS, type TestApi } from "../support/api";
import { auditLines } from "../support/audit";

/** Every refusal names its code, its measure and the request id, and is in the access log of the signed-in user. */
describe("refused queries are answered clearly and logged", () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi({ logErrors: false });
  });
  afterAll(() => api.close());

  const police = () => api.as(PERSONAS.police);
  const post = async (body: unknown) =>
    fetch(api.url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${await api.tokenFor(PERSONAS.police)}` }, body: JSON.stringify(body) });

  it("a document over the token limit gets a readable message and the request id", async () => {
    const res = await police()(`{ me { ${"userId ".repeat(6000)} } }`);
    expect(res.status).toBe(400);
    const [error] = res.errors!;
    expect(error.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", measure: "tokens", limit: 5000 });
    expect(error.extensions!.requestId).toEqual(expect.any(String));
    expect(error.message).toBe("The query has more than 5000 tokens, over the limit of 5000: ask for less (smaller pages, fewer aliases, less nesting) or split it.");
  });

  it("a thousand fields side by side are refused by their number, with measure and limit", async () => {
    for (const query of [`{ ${"__typename ".repeat(1000)} }`, `{ ${Array.from({ length: 1000 }, (_, i) => `t${i}: __typename`).join(" ")} }`]) {
      const res = await police()(query);
      expect(res.status).toBe(400);
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0].extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: expect.any(Number) });
      expect(res.errors![0].message).toContain(`limit of ${res.errors![0].extensions!.limit}`);
    }
    const atTheLimit = await police()(`{ ${"__typename ".repeat(500)} }`);
    expect(atTheLimit).toMatchObject({ status: 200, data: { __typename: "Query" } });
  });

  it("logs invalid queries of a signed-in user as refused queries, identifiers only", async () => {
    const before = (await auditLines(api.ds)).length;
    const huge = await police()(`{ cases(first: 2147483648) { edges { node { id } } } }`);
    expect(huge.errors![0].extensions!.code).toBe("INVALID_QUERY");
    const unknown = await police()(`{ nosuchfield_Jan_Jansen }`);
    expect(unknown.errors![0].extensions!.code).toBe("INVALID_QUERY");
    const batch = await post([{ query: "{ me { userId } }" }, { query: "{ me { userId } }" }]);
    expect(batch.status).toBe(400);
    const lines = (await auditLines(api.ds)).slice(before).filter((line) => line.reason === "INVALID_QUERY");
    expect(lines).toHaveLength(3);
    expect(lines.every((line) => line.action === "QUERY" && line.outcome === "FAILED" && line.userId === PERSONAS.police.sub)).toBe(true);
    expect(JSON.stringify(lines)).not.toMatch(/Jansen|2147483648/);
  });
});
