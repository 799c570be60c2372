import { createTestApi, PERSONAS, type TestApi } from "../support/api";
import { insertCase } from "../support/fixture";

describe("errors carry stable codes and never leak internals; cases are cursor-paginated", () => {
  let api: TestApi;
  const ids: string[] = [];

  beforeAll(async () => {
    api = await createTestApi({ logErrors: false });
    for (let i = 0; i < 7; i += 1) ids.push((await insertCase(api.ds, api.world, { participants: ["police"] })).id);
    await insertCase(api.ds, api.world, { participants: ["ggz"] });
  });
  afterAll(() => api.close());

  it("a malformed id is NOT_FOUND, like any case the viewer cannot see", async () => {
    const res = await api.as(PERSONAS.police)(`{ case(id: "not-a-uuid") { id } }`);
    expect(res.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });

  it("a page size out of range is BAD_USER_INPUT", async () => {
    for (const first of [0, 101, -1]) {
      const res = await api.as(PERSONAS.police)(`query ($first: Int!) { cases(first: $first) { totalCount } }`, { first });
      expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    }
  });

  it("a forged cursor is BAD_USER_INPUT", async () => {
    const res = await api.as(PERSONAS.police)(`{ cases(first: 2, after: "bm90LWEtY3Vyc29y") { totalCount } }`);
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("a query that does not match the schema is INVALID_QUERY", async () => {
    const res = await api.as(PERSONAS.police)(`{ cases { nope } }`);
    expect(res.errors?.[0].extensions?.code).toBe("INVALID_QUERY");
  });

  it("police pages through exactly its own 7 cases, newest first, without overlap", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await api.as(PERSONAS.police)(
        `query ($after: String) { cases(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        { after },
      );
      expect(res.data.cases.totalCount).toBe(7);
      seen.push(...res.data.cases.edges.map((e: any) => e.node.id));
      if (!res.data.cases.pageInfo.hasNextPage) break;
      after = res.data.cases.pageInfo.endCursor;
    }
    expect(seen).toEqual([...ids].reverse());
  });

  it("filters by phase and table", async () => {
    const res = await api.as(PERSONAS.police)(
      `query ($t: ID!) { a: cases(filter: { phases: [DOSSIER_FORMING], tableId: $t }) { totalCount } b: cases(filter: { phases: [CLOSED] }) { totalCount } }`,
      { t: api.world.table.id },
    );
    expect(res.data).toEqual({ a: { totalCount: 7 }, b: { totalCount: 0 } });
  });

  it("a database failure answers INTERNAL_SERVER_ERROR without SQL, table names or stack", async () => {
    await api.ds.query(`ALTER TABLE subject RENAME COLUMN full_name TO full_name_broken`);
    try {
      const res = await api.as(PERSONAS.police)(`query ($id: ID!) { case(id: $id) { subject { fullName } } }`, { id: ids[0] });
      expect(res.errors?.[0].extensions).toEqual({ code: "INTERNAL_SERVER_ERROR", requestId: expect.any(String) });
      expect(JSON.stringify(res)).not.toMatch(/full_name|column|SELECT|subject\b.*does not exist|at .*\.ts/);
    } finally {
      await api.ds.query(`ALTER TABLE subject RENAME COLUMN full_name_broken TO full_name`);
    }
  });
});
