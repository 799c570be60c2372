import type { Guard } from "./guards";
import type { SeededWorld } from "./seed";
import type { Category, OrgKey, TextCategory, WBasis } from "./world";

/**
 * The oracle: who may see what, written from the rules in docs (DOMAIN.md and issue 10), not from
 * src/permissions, which it checks. Nothing here imports the policy.
 */
export interface FuzzViewer {
  org: OrgKey;
  roles: string[];
}

const DOMAIN: Record<OrgKey, "SAFETY" | "CARE" | "COORDINATION"> = {
  house: "COORDINATION", otherHouse: "COORDINATION", police: "SAFETY", prosecutor: "SAFETY", municipality: "SAFETY", otherPolice: "SAFETY",
  ggz: "CARE", wijkteam: "CARE",
};

export class Oracle {
  constructor(private readonly world: SeededWorld) {}

  /** Privacy officers review; they see no case content, whatever other role the token adds. */
  private worksCases(viewer: FuzzViewer): boolean {
    return !viewer.roles.includes("PRIVACY_OFFICER") && viewer.roles.length > 0;
  }

  private activeParticipant(viewer: FuzzViewer, caseIndex: number): boolean {
    return this.world.spec.cases[caseIndex].participants.some((p) => p.org === viewer.org && !p.left);
  }

  private isHouseDirector(viewer: FuzzViewer, caseIndex: number): boolean {
    const table = this.world.spec.tables[this.world.spec.cases[caseIndex].table];
    return viewer.roles.includes("PROCESS_DIRECTOR") && table.house === viewer.org;
  }

  /** Row level: an active participant, the process director of the case's house, or a triage member at the table while the case awaits triage. */
  seesCase(viewer: FuzzViewer, caseIndex: number): boolean {
    if (!this.worksCases(viewer)) return false;
    const c = this.world.spec.cases[caseIndex];
    const table = this.world.spec.tables[c.table];
    const triage = viewer.roles.includes("TRIAGE_MEMBER") && c.phase === "REGISTERED" && table.members.includes(viewer.org);
    return this.activeParticipant(viewer, caseIndex) || this.isHouseDirector(viewer, caseIndex) || triage;
  }

  /** Meetings are seen by the organisations at their table and the process director of its house. */
  seesMeeting(viewer: FuzzViewer, meetingIndex: number): boolean {
    const table = this.world.spec.tables[this.world.spec.meetings[meetingIndex].table];
    return this.worksCases(viewer) && (table.members.includes(viewer.org) || (viewer.roles.includes("PROCESS_DIRECTOR") && table.house === viewer.org));
  }

  /** Whether a basis opens `category` to the viewer's organisation at the requests' clock. */
  private opens(basis: WBasis, viewer: FuzzViewer, category: Category): boolean {
    const confirmed = basis.validity !== "unconfirmed" || !this.world.features.basisConfirmation;
    const inForce = ["valid", "openEnded", "confirmed", "unconfirmed"].includes(basis.validity) && confirmed;
    return inForce && basis.orgs.includes(viewer.org) && basis.categories.includes(category);
  }

  /**
   * The care rule, per case: safety data for everyone who sees the case; a care category for an active
   * care partner of the case or under a basis of this case that opens it to the viewer's organisation;
   * unclassified text for active care partners only.
   */
  canRead(viewer: FuzzViewer, caseIndex: number, category: TextCategory): boolean {
    if (!this.seesCase(viewer, caseIndex)) return false;
    if (category === "SAFETY") return true;
    if (DOMAIN[viewer.org] === "CARE" && this.activeParticipant(viewer, caseIndex)) return true;
    if (category === null) return false;
    return this.world.spec.cases[caseIndex].bases.some((basis) => this.opens(basis, viewer, category));
  }

  /**
   * Which legal bases a viewer learns of: with text categories in the schema, those naming the viewer's
   * organisation (all of them for the house's process director), and a basis that an information item
   * the viewer may read was shared under; before that, every basis of a visible case.
   */
  seesBasis(viewer: FuzzViewer, caseIndex: number, basisIndex: number): boolean {
    if (!this.seesCase(viewer, caseIndex)) return false;
    if (!this.world.features.textCategories) return true;
    const c = this.world.spec.cases[caseIndex];
    if (c.bases[basisIndex].orgs.includes(viewer.org) || this.isHouseDirector(viewer, caseIndex)) return true;
    return c.items.some((item) => item.basis !== null && item.basis % c.bases.length === basisIndex && this.canRead(viewer, caseIndex, item.category));
  }

  allows(viewer: FuzzViewer, guard: Guard): boolean {
    switch (guard.kind) {
      case "case":
        return this.seesCase(viewer, guard.caseIndex);
      case "text":
      case "item":
        return this.canRead(viewer, guard.caseIndex, guard.category);
      case "basis":
        return this.seesBasis(viewer, guard.caseIndex, guard.basis);
      case "basisText":
        return this.seesBasis(viewer, guard.caseIndex, guard.basis) && this.canRead(viewer, guard.caseIndex, guard.category);
    }
  }
}
