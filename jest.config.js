/** Integration tests share one real PostgreSQL (embedded, or TEST_DATABASE_URL) and run in band. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }] },
  globalSetup: "<rootDir>/test/support/global-setup.ts",
  globalTeardown: "<rootDir>/test/support/global-teardown.ts",
  setupFiles: ["reflect-metadata", "<rootDir>/test/support/quiet-log.ts"],
  testTimeout: 60000,
  maxWorkers: 1,
};
