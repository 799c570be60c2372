import type { InformationCategory } from "../../domain/enums";

/**
 * The conditions the rules check, named once so that the matrix can be read and tested: every rule's
 * matrix (defineRule) and every row-level rule (src/access) states its claims in these terms, and the
 * matrix test knows how to make each one true and false for a persona.
 */
export enum Condition {
  HOUSE_OF_CASE = "HOUSE_OF_CASE",
  HOUSE_OF_TABLE = "HOUSE_OF_TABLE",
  TAKES_PART = "TAKES_PART",
  DIRECTS_CASE = "DIRECTS_CASE",
  SITS_AT_TABLE = "SITS_AT_TABLE",
  AWAITS_TRIAGE = "AWAITS_TRIAGE",
  LEGAL_BASIS = "LEGAL_BASIS",
  TEXT_IS_SAFETY = "TEXT_IS_SAFETY",
  BASIS_NAMES_ORGANISATION = "BASIS_NAMES_ORGANISATION",
  EXECUTES_ACTION = "EXECUTES_ACTION",
  SIGNAL_AT_CASE_DIRECTOR = "SIGNAL_AT_CASE_DIRECTOR",
  NAMES_OWN_ORGANISATION = "NAMES_OWN_ORGANISATION",
  LOG_LINE_ABOUT_HOUSE_CASE = "LOG_LINE_ABOUT_HOUSE_CASE",
  LOG_LINE_BY_OWN_ORGANISATION = "LOG_LINE_BY_OWN_ORGANISATION",
}

interface ConditionText {
  /** Short, for a cell of the matrix ("if …"). */
  label: string;
  /** Exact, for the legend. */
  description: string;
}

const TEXT: Record<Condition, ConditionText> = {
  HOUSE_OF_CASE: {
    label: "house of the case",
    description: "Their organisation is the house (ZVH / SAMEN office) that runs the table the case is registered at.",
  },
  HOUSE_OF_TABLE: {
    label: "house of the table",
    description: "Their organisation is the house (ZVH / SAMEN office) that runs the table (or the meeting's table).",
  },
  TAKES_PART: {
    label: "takes part in the case",
    description: "Their organisation is an active participant (deelnemer) of the case: it joined and has not left.",
  },
  DIRECTS_CASE: {
    label: "holds the case-director seat",
    description: "Their organisation takes part in the case in the role of case director (casusregisseur).",
  },
  SITS_AT_TABLE: {
    label: "sits at the table",
    description: "Their organisation is a member of the table (the case's table, or the table or meeting the input names).",
  },
  AWAITS_TRIAGE: {
    label: "case awaits triage",
    description: "The case is registered and not yet screened (phase REGISTERED).",
  },
  LEGAL_BASIS: {
    label: "a legal basis opens {category} to them",
    description:
      "A legal basis (grondslag) recorded for this case covers the category and names their organisation, is valid now " +
      "(from validFrom, until validUntil) and has not been revoked. The type of basis (458ter, consent, covenant, legal duty, vital interest) does not matter. " +
      "For a free text the category is the text's own; an unclassified text has none, so no basis opens it.",
  },
  TEXT_IS_SAFETY: {
    label: "the text is classified SAFETY",
    description: "The free text's category (its <field>Category) is SAFETY: safety data, shared with every partner who reached the object.",
  },
  BASIS_NAMES_ORGANISATION: {
    label: "the basis names their organisation",
    description: "The legal basis lists their organisation among the organisations it opens categories to.",
  },
  EXECUTES_ACTION: {
    label: "executes the action",
    description: "Their organisation is the executor (uitvoerder) of the action the input names.",
  },
  SIGNAL_AT_CASE_DIRECTOR: {
    label: "signal still at case-director level",
    description: "The signal has not been escalated yet: it sits at the case director's level (first step of opschaling).",
  },
  NAMES_OWN_ORGANISATION: {
    label: "input names their own organisation",
    description: "The organisation the input names (organisationId) is their own organisation.",
  },
  LOG_LINE_ABOUT_HOUSE_CASE: {
    label: "line about a case of their house",
    description: "The log line is about a case at a table their organisation runs as a house (stored on the line when written).",
  },
  LOG_LINE_BY_OWN_ORGANISATION: {
    label: "line about what a user of their organisation did",
    description: "The log line records something a user of their own organisation did.",
  },
};

export function conditionLabel(condition: Condition, category?: InformationCategory): string {
  return TEXT[condition].label.replace("{category}", category ?? "the category");
}

export function conditionDescription(condition: Condition): string {
  return TEXT[condition].description;
}
