import type { Counterexample, FuzzReport } from "./property";

/** A counter-example as a reader needs it: who asked what, which values leaked, and the case they belong to. */
export function describeCounterexample(c: Counterexample): string {
  const cases = [...new Set(c.leaks.map((l) => l.guard.caseIndex))];
  const lines = [
    `world ${c.worldIndex} (features ${JSON.stringify(c.world.features)})`,
    `viewer: ${c.viewer.org} ${JSON.stringify(c.viewer.roles)}`,
    `query:\n${c.query.text}`,
    `variables: ${JSON.stringify(c.query.variables)}`,
    `leaks:`,
    ...c.leaks.map((l) => `  ${l.value}: ${JSON.stringify(l.guard)}`),
    ...cases.map((i) => {
      const spec = c.world.spec.cases[i];
      return `case ${i} (id ${c.world.caseIds[i]}, table ${JSON.stringify(c.world.spec.tables[spec.table])}): ${JSON.stringify(spec)}`;
    }),
    `answer: ${JSON.stringify(c.answer).slice(0, 4000)}`,
  ];
  return lines.join("\n");
}

function describeInternalError(e: FuzzReport["internalErrors"][number]): string {
  return `internal server error at ${JSON.stringify(e.path)} for ${e.viewer.org} ${JSON.stringify(e.viewer.roles)}:\n${e.query.text}\nvariables: ${JSON.stringify(e.query.variables)}`;
}

export function describeReport(report: FuzzReport): string {
  const allowed = [...report.allowed].sort().map(([k, n]) => `${k}=${n}`).join(" ");
  return [
    `seed ${report.seed}: ${report.runs} runs over ${report.worlds} worlds, ${report.answered} answered with data, leaks found: ${report.counterexamples.length}`,
    `allowed values seen: ${allowed}`,
    `error codes: ${[...report.errorCodes].sort().map(([k, n]) => `${k}=${n}`).join(" ")}`,
    ...report.internalErrors.map(describeInternalError),
  ].join("\n");
}
