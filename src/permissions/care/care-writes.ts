import type { InformationCategory } from "../../domain/enums";
import { InformationCategory as Category } from "../../domain/enums";
import type { Viewer } from "../../identity/viewer";
import { ForbiddenError } from "../../errors";
import { careRight, isCareOrganisation, opens, type CareReader } from "./care-right";

/** The refusal of a write: it names only what the writer sent, never what the case holds. */
class CategoryNotYoursError extends ForbiddenError {
  constructor(category: InformationCategory) {
    super(
      `Your organisation may not write ${category} text in this case: only a care partner of the case, or an organisation ` +
        `a valid legal basis of the case names for ${category}, may. Classify the text as SAFETY if it holds no care facts.`,
    );
  }
}

/**
 * Writing a text of a category needs the same right as reading it (careRight): otherwise a partner could
 * put care facts where it cannot see them, or label a text with a category it may not read. The mutation
 * is refused with FORBIDDEN and changes nothing. Categories that are null or absent (no text) need no right.
 */
export async function assertMayWriteCategories(reader: CareReader, caseId: string, categories: ReadonlyArray<InformationCategory | null | undefined>): Promise<void> {
  for (const category of new Set(categories)) {
    if (category && !opens(await careRight(reader, caseId, category))) throw new CategoryNotYoursError(category);
  }
}

/**
 * At registration the case does not exist yet, so no basis can name anyone; the registrant becomes its
 * participant, so careRight reduces to: SAFETY for everyone, care categories for a care organisation.
 */
export function assertMayRegisterCategories(viewer: Viewer, categories: ReadonlyArray<InformationCategory | null | undefined>): void {
  for (const category of categories) {
    if (category && category !== Category.SAFETY && !isCareOrganisation(viewer)) throw new CategoryNotYoursError(category);
  }
}
