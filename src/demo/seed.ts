import type { DataSource } from "typeorm";

/** Loads the demo data set (see docs/demo-data.md). Idempotent: does nothing when demo data is present. */
export async function seedDemo(_ds: DataSource, log: (line: string) => void = console.log): Promise<void> {
  log("demo data: not implemented yet");
}
