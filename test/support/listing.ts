/** Fails the test with `message` and one offender per line, so the output says exactly what to fix. */
export function expectNone(offenders: string[], message: string): void {
  if (offenders.length > 0) throw new Error(`${message}\n  ${offenders.join("\n  ")}`);
}

/** Lines in `actual` and not in `expected` (+) and the other way round (-): a readable summary of a text change. */
export function changedLines(expected: string, actual: string): string[] {
  const before = new Set(expected.split("\n"));
  const after = new Set(actual.split("\n"));
  return [
    ...[...after].filter((line) => !before.has(line)).map((line) => `+ ${line}`),
    ...[...before].filter((line) => !after.has(line)).map((line) => `- ${line}`),
  ];
}

/** The first line where two texts differ, with a little context, for texts in which lines repeat (SDL). */
export function firstDifference(expected: string, actual: string, context = 3): string {
  const left = expected.split("\n");
  const right = actual.split("\n");
  let at = 0;
  while (at < Math.max(left.length, right.length) && left[at] === right[at]) at += 1;
  const from = Math.max(0, at - context);
  const excerpt = (lines: string[]) => lines.slice(from, at + context + 1).map((line, i) => `${from + i + 1}: ${line}`).join("\n");
  return `first difference at line ${at + 1}\n--- committed\n${excerpt(left)}\n+++ from the code\n${excerpt(right)}`;
}
