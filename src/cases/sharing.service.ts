import type { EntityManager } from "typeorm";
import type { Context } from "../context";
import { CARE_CATEGORIES } from "../domain/enums";
import { InformationItem, LegalBasis, type Case } from "../entities";
import { BadInputError, ForbiddenError, IllegalTransitionError } from "../errors";
import { takesPartAsCarePartner } from "../permissions/care/care-right";
import { visible } from "../permissions/visible/reader";
import type { ShareInformationCommand } from "./commands";
import { caseStep } from "./case-step";

/**
 * The basis a fact is shared under. Care information may only enter a case under a basis of that same
 * case that covers its category, holds right now and names the writer's organisation (a care partner of
 * the case may share under any basis of the case covering the category); safety information may name one
 * but needs none.
 */
async function basisFor(em: EntityManager, ctx: Context, found: Case, input: ShareInformationCommand): Promise<string | null> {
  if (!input.legalBasisId) {
    if (!CARE_CATEGORIES.includes(input.category)) return null;
    throw new BadInputError(`Care information (${input.category}) can only be shared under a legal basis.`, { legalBasisId: ["required for care information"] });
  }
  const basis = await em.findOneBy(LegalBasis, { id: input.legalBasisId, caseId: found.id });
  // A basis the writer may not see (one naming other organisations) answers as one that does not exist: its
  // categories and even its existence are not the writer's to learn (README, Text categories).
  const seen = basis && (await visible(ctx).areVisible("LegalBasis", [basis.id]))[0];
  if (!basis || (!seen && !(await takesPartAsCarePartner(ctx, found.id)))) {
    throw new BadInputError("The legal basis is not a basis of this case.", { legalBasisId: ["not a legal basis of this case"] });
  }
  if (!basis.categories.includes(input.category)) {
    throw new BadInputError(`The legal basis does not cover ${input.category}.`, { legalBasisId: [`does not cover ${input.category}`] });
  }
  // Finding: a basis naming only others let a partner put care facts into the case under someone else's opening.
  if (!basis.organisationIds.includes(ctx.viewer.organisationId) && !(await takesPartAsCarePartner(ctx, found.id))) {
    throw new ForbiddenError(`The legal basis does not name your organisation; share ${input.category} information under a basis that names your organisation and ${input.category}.`);
  }
  if (basis.revokedAt) throw new IllegalTransitionError("LEGAL_BASIS_REVOKED", "The legal basis was revoked; nothing can be shared under it.");
  if (basis.confirmationRequired && !basis.confirmedAt) {
    throw new IllegalTransitionError("LEGAL_BASIS_NOT_CONFIRMED", "The legal basis waits for a second person's confirmation; nothing can be shared under it yet.");
  }
  if (basis.validFrom > ctx.now || (basis.validUntil && basis.validUntil <= ctx.now)) {
    throw new IllegalTransitionError("LEGAL_BASIS_NOT_VALID", "The legal basis is not valid now (outside its validity period).");
  }
  return basis.id;
}

/** Infodeling: the viewer's organisation supplies a fact, tagged with its category, source and basis. */
export function shareInformation(ctx: Context, input: ShareInformationCommand): Promise<InformationItem> {
  return caseStep(ctx, input.caseId, "SHARE_INFORMATION", async (em, found) => {
    if (input.factDate > ctx.now.toISOString().slice(0, 10)) {
      throw new BadInputError("A fact cannot lie in the future.", { factDate: ["must not be in the future"] });
    }
    const legalBasisId = await basisFor(em, ctx, found, input);
    return em.save(em.create(InformationItem, {
      caseId: found.id, category: input.category, content: input.content, supplierId: ctx.viewer.organisationId,
      legalBasisId, factDate: input.factDate, sharedAt: ctx.now,
    }));
  });
}
