/** What a client may name an operation and still have it as a label (GraphQL's own name syntax, bounded). */
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * Operation names as metric labels. They are chosen by clients, so each is kept only if it is a plain
 * GraphQL name of at most 64 characters, and only the first `max` distinct names get a series of their
 * own: the rest are counted as `other`, so no client can grow the metrics without bound or put arbitrary
 * text (a name, a case number) into them.
 */
export class OperationLabels {
  private readonly seen = new Set<string>();

  constructor(private readonly max = 100) {}

  label(name: unknown): string {
    if (typeof name !== "string" || name === "") return "anonymous";
    if (!NAME.test(name)) return "invalid";
    if (this.seen.has(name)) return name;
    if (this.seen.size >= this.max) return "other";
    this.seen.add(name);
    return name;
  }
}
