/** Exponential backoff with jitter: attempt 1 waits about `baseMs`, each next one about twice as long, never more than `maxMs`. */
export interface Backoff {
  baseMs: number;
  maxMs: number;
}

/**
 * "Equal jitter": half the exponential step fixed, half random, so many instances (or many waiting
 * requests) that saw the same outage do not come back at the same instant, and no wait is near zero.
 */
export function backoffDelay(attempt: number, { baseMs, maxMs }: Backoff, random: () => number = Math.random): number {
  const step = Math.min(maxMs, baseMs * 2 ** Math.max(0, Math.min(attempt - 1, 30)));
  return Math.round(step / 2 + random() * (step / 2));
}
