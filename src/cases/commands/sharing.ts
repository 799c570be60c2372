import type { InformationCategory } from "../../domain/enums";

/** Infodeling: a fact about the subject the writer's organisation shares in the case. */
export interface ShareInformationCommand {
  readonly caseId: string;
  readonly category: InformationCategory;
  readonly content: string;
  readonly factDate: string;
  readonly legalBasisId?: string | null;
}
