import type { InformationCategory, SignalKind } from "../../domain/enums";

export interface RaiseSignalCommand {
  readonly caseId: string;
  readonly kind: SignalKind;
  readonly description: string;
  readonly descriptionCategory: InformationCategory;
  readonly actionId?: string | null;
}

export interface EscalateSignalCommand {
  readonly signalId: string;
}

export interface ResolveSignalCommand {
  readonly signalId: string;
}
