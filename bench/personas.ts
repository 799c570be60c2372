import { join } from "node:path";
import { DevIssuer } from "../src/identity/dev-issuer";

/** The three viewers of every scenario. Their organisations take part in most cases of the data set. */
export interface BenchPersona {
  key: string;
  label: string;
  org: string;
  roles: string[];
}

export const PERSONAS: BenchPersona[] = [
  { key: "safety-basis", label: "safety partner with a basis (police)", org: "politie-rotterdam", roles: ["CHAIN_PARTNER"] },
  { key: "safety-no-basis", label: "safety partner without a basis (municipality)", org: "gemeente-rotterdam", roles: ["CHAIN_PARTNER"] },
  { key: "care", label: "care partner (GGZ)", org: "ggz-rijnmond", roles: ["CHAIN_PARTNER"] },
];

/** The key the servers trust: the dev issuer's key in the bench data folder (CASUSOVERLEG_DATA_DIR). */
export function devIssuerKeyPath(benchDir: string): string {
  return join(benchDir, "dev-issuer", "key.json");
}

/** Bearer header per persona, signed by the local development issuer that the bench servers trust. */
export async function signTokens(benchDir: string, personas: BenchPersona[]): Promise<Map<string, string>> {
  const issuer = await DevIssuer.loadOrCreate(devIssuerKeyPath(benchDir));
  const tokens = new Map<string, string>();
  for (const persona of personas) {
    const token = await issuer.sign({ sub: `bench-${persona.key}`, org: persona.org, roles: persona.roles, name: persona.label }, 24 * 3600);
    tokens.set(persona.key, `Bearer ${token}`);
  }
  return tokens;
}
