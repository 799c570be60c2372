import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { PROJECT_ROOT } from "../src/paths";
import { describePolicy, renderPolicySnapshot } from "../src/permissions/describe-policy";

/** Rewrites docs/policy-snapshot.txt from the policy table; test/unit/policy-snapshot.test.ts fails until it is current. */
const target = join(PROJECT_ROOT, "docs", "policy-snapshot.txt");
const entries = describePolicy();
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, renderPolicySnapshot(entries));
process.stdout.write(`Wrote ${entries.length} policy entries to ${target}. Review the diff: it is a change of who sees what.\n`);
