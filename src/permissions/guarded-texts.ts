/**
 * Every free text of a case-owned type that can carry facts about the person, with the field that holds
 * its category (SAFETY, a care category, or null: unclassified, which counts as care data). The policy
 * entries of both fields are generated from this table with one rule, canReadText (care/can-read-text.ts);
 * test/unit/guarded-texts.test.ts fails when a String field of a case-owned type is neither here nor in
 * NON_PERSONAL_STRINGS, so a new text cannot be forgotten.
 */
export const GUARDED_TEXTS = {
  Case: {
    triedWithinOwnOrganisation: "triedWithinOwnOrganisationCategory",
    subjectNotInformedReason: "subjectNotInformedReasonCategory",
    rejectionReason: "rejectionReasonCategory",
    scaleDownReason: "scaleDownReasonCategory",
  },
  CaseClosure: { note: "noteCategory" },
  Plan: { summary: "summaryCategory" },
  Goal: { description: "descriptionCategory" },
  Action: { description: "descriptionCategory" },
  ActionReport: { feedback: "feedbackCategory" },
  Signal: { description: "descriptionCategory" },
  AgendaItem: { minutes: "minutesCategory" },
  LegalBasis: { documentReference: "documentReferenceCategory", revocationReason: "revocationReasonCategory" },
  /** Already reached only through a care field that canReadCare allowed: guarded again by its own category (defence in depth). */
  InformationItem: { content: "category" },
} as const satisfies Record<string, Record<string, string>>;

export type GuardedType = keyof typeof GUARDED_TEXTS;

/**
 * String fields of case-owned types that are deliberately not guarded, and why. Names of people are
 * personal data, but not facts about the subject's care or safety: they are who the case is about
 * (Subject, RelatedPerson: the case's row level guards them) or the professionals who work it.
 */
export const NON_PERSONAL_STRINGS: Record<string, Record<string, string>> = {
  Case: { reference: "the case number: an identifier, reaches only viewers who see the case" },
  Subject: {
    fullName: "who the case is about: every partner of the case needs it to work the case (row level guards it)",
    dateOfBirth: "identifies the subject, like the name; no care or safety fact",
    municipality: "where the subject lives: needed by every partner; no care or safety fact",
  },
  RelatedPerson: { fullName: "who belongs to the subject's household: identification, not a care or safety fact" },
  Participant: { professionalName: "the name of the professional taking part, not a fact about the subject" },
  Attendance: { professionalName: "the name of the professional present at the meeting, not a fact about the subject" },
  LegalBasis: {
    recordedByUser: "the user id of the professional who recorded the basis (an identifier)",
    confirmedByUser: "the user id of the second process director who confirmed the basis (an identifier, four eyes)",
  },
  InformationItem: { factDate: "a date (YYYY-MM-DD), not free text" },
  Action: { dueDate: "a date (YYYY-MM-DD), not free text" },
};

/**
 * For every guarded field (text or category), its text and its category field: the same names in every
 * type (checked here), so a rule can find them from the field name alone.
 */
const PAIR_OF_FIELD: ReadonlyMap<string, { text: string; category: string }> = (() => {
  const map = new Map<string, { text: string; category: string }>();
  for (const [type, texts] of Object.entries(GUARDED_TEXTS)) {
    for (const [text, category] of Object.entries(texts)) {
      for (const field of [text, category]) {
        const known = map.get(field);
        if (known && (known.text !== text || known.category !== category)) throw new Error(`guarded-texts: ${type}.${field} pairs differently than elsewhere`);
        map.set(field, { text, category });
      }
    }
  }
  return map;
})();

/** Which field holds the category that decides `field` (a guarded text or its category field). */
export function categoryFieldOf(field: string): string {
  return pairOf(field).category;
}

/** Which field holds the text of a guarded field (a guarded text or its category field). */
export function textFieldOf(field: string): string {
  return pairOf(field).text;
}

function pairOf(field: string): { text: string; category: string } {
  const found = PAIR_OF_FIELD.get(field);
  if (!found) throw new Error(`guarded-texts: ${field} is not a guarded text`);
  return found;
}

/** The case a guarded object belongs to: a case is its own; every other guarded type carries caseId. */
export function caseIdOf(parent: { id?: string; caseId?: string }): string {
  return typeof parent.caseId === "string" ? parent.caseId : parent.id!;
}
