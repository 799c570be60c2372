import { edgeConfigFromEnv } from "../../src/http/edge-config";

describe("edge configuration from the environment (http/edge-config.ts)", () => {
  it("production: introspection and explorer off, no CORS origin, unless asked for", () => {
    expect(edgeConfigFromEnv({ NODE_ENV: "production" })).toEqual({ corsOrigins: [], introspection: false, explorer: false });
    expect(edgeConfigFromEnv({ NODE_ENV: "production", GRAPHQL_INTROSPECTION: "1", GRAPHQL_EXPLORER: "true" })).toMatchObject({ introspection: true, explorer: true });
  });

  it("anywhere else: both on, unless switched off", () => {
    expect(edgeConfigFromEnv({})).toEqual({ corsOrigins: [], introspection: true, explorer: true });
    expect(edgeConfigFromEnv({ GRAPHQL_INTROSPECTION: "0", GRAPHQL_EXPLORER: "off" })).toMatchObject({ introspection: false, explorer: false });
  });

  it("a switch that is neither on nor off stops the start with its name", () => {
    expect(() => edgeConfigFromEnv({ GRAPHQL_EXPLORER: "maybe" })).toThrow(/GRAPHQL_EXPLORER must be 1 or 0/);
  });

  it("CORS_ORIGINS takes exact origins, comma-separated, and refuses anything else by name", () => {
    expect(edgeConfigFromEnv({ CORS_ORIGINS: "https://app.partner.example, http://localhost:5173" }).corsOrigins).toEqual(["https://app.partner.example", "http://localhost:5173"]);
    for (const bad of ["*", "https://app.partner.example/", "app.partner.example", "https://app.partner.example/path", "ftp://x.example"]) {
      expect(() => edgeConfigFromEnv({ CORS_ORIGINS: bad })).toThrow(/CORS_ORIGINS/);
    }
  });
});
