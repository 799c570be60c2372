import type { Category, TextCategory } from "./world";

/**
 * What decides whether one generated value may reach a viewer. Every generated text and name carries a
 * unique marker (MK<n>MK), every generated row a known id; the oracle looks each up here.
 * - case: personal or case-identifying (subject, related persons, reference, case id): seen with the case.
 * - text: a free text with its category (null: unclassified, care data until classified).
 * - item: an information item of a category (content and id).
 * - basis: a legal basis of the case (its id).
 * - basisText: a free text of a legal basis: seen with the basis, and then by its own category.
 */
export type Guard =
  | { kind: "case"; caseIndex: number; what: string }
  | { kind: "text"; caseIndex: number; category: TextCategory; what: string }
  | { kind: "item"; caseIndex: number; category: Category; basis: number | null; what: string }
  | { kind: "basis"; caseIndex: number; basis: number; what: string }
  | { kind: "basisText"; caseIndex: number; basis: number; category: TextCategory; what: string };

export const MARKER = /MK(\d+)MK/g;
export const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** The markers and ids of one seeded world, with the guard of each. */
export class GuardRegistry {
  readonly markers = new Map<string, Guard>();
  readonly ids = new Map<string, Guard>();
  private next = 1;

  /** A fresh marker guarded by `guard`; the returned text carries it. */
  text(prefix: string, guard: Guard): string {
    const marker = `MK${this.next++}MK`;
    this.markers.set(marker, guard);
    return `${prefix} ${marker}`;
  }

  id(id: string, guard: Guard): string {
    this.ids.set(id, guard);
    return id;
  }
}
