import { MARKER, UUID, type Guard, type GuardRegistry } from "./guards";
import type { FuzzViewer, Oracle } from "./oracle";

export interface Leak {
  /** The marker or id that reached the viewer. */
  value: string;
  guard: Guard;
}

/** Root fields that answer from the access log: identifiers are their content (own row rule), but never text. */
export const LOG_ROOTS = new Set(["auditLog", "subjectAccessReport"]);

/**
 * Every marker and id in an answer (data, errors, extensions) that the oracle says the viewer may not
 * see. Ids the viewer sent itself are no news to it and are not counted; neither are the ids in the
 * access log's answers, whose rows a privacy officer reads under the log's own rule. Markers count everywhere.
 */
export function findLeaks(oracle: Oracle, registry: GuardRegistry, viewer: FuzzViewer, answer: Record<string, any>, request: { text: string; logAliases: string[] }): Leak[] {
  const leaks: Leak[] = [];
  const report = (value: string, guard: Guard | undefined) => {
    if (guard && !oracle.allows(viewer, guard) && !leaks.some((l) => l.value === value)) leaks.push({ value, guard });
  };
  for (const [marker] of JSON.stringify(answer).matchAll(MARKER)) report(marker, registry.markers.get(marker));
  const sent = new Set([...request.text.matchAll(UUID)].map(([id]) => id));
  const withoutLog = { ...answer, data: answer.data ? omit(answer.data, request.logAliases) : answer.data };
  const text = JSON.stringify(withoutLog);
  for (const [id] of [...text.matchAll(UUID), ...decodedCursors(text).matchAll(UUID)]) if (!sent.has(id)) report(id, registry.ids.get(id));
  return leaks;
}

/** Opaque cursors are base64url of the position, case id included: decoded, so an id inside one counts too. */
function decodedCursors(json: string): string {
  return [...json.matchAll(/"([A-Za-z0-9_-]{24,})"/g)].map(([, value]) => Buffer.from(value, "base64url").toString("latin1")).join(" ");
}

function omit(data: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([key]) => !keys.includes(key)));
}

/** Counts what the viewer was allowed to see, so a run shows the property was not met by denying everything. */
export function countAllowed(registry: GuardRegistry, answer: unknown, into: Map<string, number>): void {
  for (const [marker] of JSON.stringify(answer).matchAll(MARKER)) {
    const guard = registry.markers.get(marker);
    if (!guard) continue;
    const key = guard.kind === "case" ? "case" : `${guard.kind}:${"category" in guard ? (guard.category ?? "UNCLASSIFIED") : "-"}`;
    into.set(key, (into.get(key) ?? 0) + 1);
  }
}
