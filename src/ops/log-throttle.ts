/**
 * At most one line per key per interval; the lines in between are counted and the count is added to
 * the next line that is written. An outage makes every request fail the same way: unthrottled, a 30 s
 * outage under load wrote tens of megabytes of identical errors.
 */
export type Throttled = (key: string, emit: (suppressed: number) => void) => void;

export function throttle(intervalMs = 1000, now: () => number = Date.now, maxKeys = 1000): Throttled {
  const seen = new Map<string, { last: number; suppressed: number }>();
  return (key, emit) => {
    const at = now();
    const state = seen.get(key);
    if (state && at - state.last < intervalMs) {
      state.suppressed += 1;
      return;
    }
    if (!state && seen.size >= maxKeys) seen.clear();
    seen.set(key, { last: at, suppressed: 0 });
    emit(state?.suppressed ?? 0);
  };
}

/** "(and 41 more like it)" for a line that stands for others, else nothing. */
export function moreLikeIt(suppressed: number): string {
  return suppressed ? ` (and ${suppressed} more like it since the last such line)` : "";
}
