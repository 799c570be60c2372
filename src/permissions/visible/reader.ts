import type DataLoader from "dataloader";
import type { Context } from "../../context";
import { NotFoundError } from "../../errors";
import type { Loaders } from "../../loaders";
import type { Maybe } from "../../loaders/by-column";
import type { VisibleType } from "../row-level/rows";
import type { Action, ActionReport, AgendaItem, Case, Goal, InformationItem, LegalBasis, Meeting, Participant, Plan, Signal } from "../../entities";

/** The entity each visible type reads as. */
export interface VisibleRows {
  Case: Case;
  Meeting: Meeting;
  AgendaItem: AgendaItem;
  Participant: Participant;
  LegalBasis: LegalBasis;
  InformationItem: InformationItem;
  Signal: Signal;
  Plan: Plan;
  Goal: Goal;
  Action: Action;
  ActionReport: ActionReport;
}

interface Door<T> {
  /** Row level: whether the viewer may see the object (false for unknown ids). */
  visible: DataLoader<string, boolean>;
  /** The row itself, unchecked: only ever read after `visible` said yes, or from a visible parent. */
  row: { load(id: string): Promise<T | null>; get(id: string): Maybe<T | null> };
}

/** Per type, the row-level loader and the raw loader behind it: the only place the two are paired. */
function doors(loaders: Loaders): { [K in VisibleType]: Door<VisibleRows[K]> } {
  return {
    Case: { visible: loaders.caseVisible, row: loaders.case },
    Meeting: { visible: loaders.meetingVisible, row: loaders.meeting },
    AgendaItem: { visible: loaders.agendaItemVisible, row: loaders.agendaItem },
    Participant: { visible: loaders.participantVisible, row: loaders.participant },
    LegalBasis: { visible: loaders.legalBasisVisible, row: loaders.legalBasis },
    InformationItem: { visible: loaders.informationItemVisible, row: loaders.informationItem },
    Signal: { visible: loaders.signalVisible, row: loaders.signal },
    Plan: { visible: loaders.planVisible, row: loaders.plan },
    Goal: { visible: loaders.goalVisible, row: loaders.goal },
    Action: { visible: loaders.actionVisible, row: loaders.action },
    ActionReport: { visible: loaders.actionReportVisible, row: loaders.actionReport },
  };
}

/** The reader of visible objects, bound to one request. */
export interface VisibleReader {
  /** The visible objects among `ids`, in the order asked; invisible and unknown ids are simply absent. */
  byIds<K extends VisibleType>(type: K, ids: readonly string[]): Promise<Array<VisibleRows[K]>>;
  /** One object, or null when it is invisible or unknown (the two are the same answer). */
  find<K extends VisibleType>(type: K, id: string): Promise<VisibleRows[K] | null>;
  /** One object, or NOT_FOUND, identical for an invisible and an unknown id. */
  one<K extends VisibleType>(type: K, id: string): Promise<VisibleRows[K]>;
  /** Whether each id is visible, in the order asked (for filtering lists such as a meeting's agenda). */
  areVisible(type: VisibleType, ids: readonly string[]): Promise<boolean[]>;
  /**
   * An object that a visible object of the same case points at (an action's goal, the meeting an agenda
   * item of a visible case is discussed at): its parent's visibility is the check. Only the relation
   * table (resolvers/relations.ts) reads this way; test/unit/visible-reader-only.test.ts holds it there.
   */
  partOfVisible<K extends VisibleType>(type: K, id: string): Maybe<VisibleRows[K] | null>;
}

/**
 * THE door to case data: root queries, nested paths, mutation targets (whose confirmation in visible/targets.ts
 * is also the only thing that lets the access log name a mutation's case: log parity) and (later) federation's
 * entity look-ups all read objects of the types in permissions/row-level/rows.ts through here, so each answer
 * has passed its type's row filter. Batched and cached per request.
 */
export function visible(ctx: Pick<Context, "loaders">): VisibleReader {
  const door = <K extends VisibleType>(type: K) => doors(ctx.loaders)[type] as Door<VisibleRows[K]>;
  const areVisible = async (type: VisibleType, ids: readonly string[]): Promise<boolean[]> =>
    (await door(type).visible.loadMany(ids)).map((answer) => answer === true);
  const byIds = async <K extends VisibleType>(type: K, ids: readonly string[]): Promise<Array<VisibleRows[K]>> => {
    const flags = await areVisible(type, ids);
    const rows: Array<VisibleRows[K] | null> = await Promise.all(ids.filter((_, i) => flags[i]).map((id) => door(type).row.load(id)));
    return rows.filter((row) => row !== null) as Array<VisibleRows[K]>;
  };
  const find = async <K extends VisibleType>(type: K, id: string) => (await byIds(type, [id]))[0] ?? null;
  return {
    byIds,
    find,
    areVisible,
    async one(type, id) {
      const found = await find(type, id);
      if (!found) throw new NotFoundError(type, id);
      return found;
    },
    partOfVisible: (type, id) => door(type).row.get(id),
  };
}
