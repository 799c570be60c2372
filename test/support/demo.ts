import type { DataSource } from "typeorm";
import { createDataSource } from "../../src/db/data-source";
import { DEMO_ORGANISATIONS, seedDemo } from "../../src/demo/seed";
import { startServer, type RunningServer } from "../../src/server";
import { cloneTemplate, type GraphQLResponse } from "./api";
import { TestIdentityProvider } from "./identity-providers";

export type DemoOrgCode = keyof typeof DEMO_ORGANISATIONS;

export interface DemoApi {
  ds: DataSource;
  /** Sends a query as a professional of a demo organisation with these roles (like `npm run token -- --org … --role …`). */
  as(org: DemoOrgCode, ...roles: string[]): (query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse>;
  /** The id of a demo case by its number, the last four digits of its reference (docs/demo-data.md). */
  caseId(number: string): Promise<string>;
  close(): Promise<void>;
}

export async function freshDatabase(): Promise<DataSource> {
  return createDataSource(await cloneTemplate()).initialize();
}

/** A fresh database with the demo data set, served over HTTP behind one identity provider for all demo partners. */
export async function createDemoApi(): Promise<DemoApi> {
  const ds = await freshDatabase();
  await seedDemo(ds, () => undefined);
  const idp = await TestIdentityProvider.create("https://idp.demo.test", Object.keys(DEMO_ORGANISATIONS));
  const server: RunningServer = await startServer({ ds, registry: [idp.entry], port: 0, logError: () => undefined, logRefusedSignIn: () => undefined });
  return {
    ds,
    as: (org, ...roles) => async (query, variables = {}) => {
      const token = await idp.sign({ sub: `demo-${org}`, org, roles });
      const res = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    caseId: async (number) => (await ds.query(`SELECT id FROM "case" WHERE reference LIKE $1`, [`%-${number}`]))[0].id,
    close: async () => {
      await server.stop();
      await ds.destroy();
    },
  };
}
