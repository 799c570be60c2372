import type { Context } from "../context";
import { LegalBasis } from "../entities";
import { BadInputError, IllegalTransitionError } from "../errors";
import { rememberRow } from "../loaders/forget";
import { visible } from "../permissions/visible/reader";
import type { ConfirmLegalBasisCommand, RecordLegalBasisCommand, RevokeLegalBasisCommand } from "./commands";
import { assertTakePart } from "./participants";
import { caseStep } from "./case-step";
import { assertMayWriteCategories } from "../permissions/care/care-writes";

/**
 * Records why named partners may see named categories of this case. A basis can only name partners of
 * the case: it opens data of this case, and nobody else can see the case anyway. One that names the
 * recorder's own organisation would let one person open care data to themselves: it waits for a
 * second person (confirmLegalBasis) and opens nothing until then.
 */
export function recordLegalBasis(ctx: Context, input: RecordLegalBasisCommand): Promise<LegalBasis> {
  return caseStep(ctx, input.caseId, "RECORD_LEGAL_BASIS", async (em, found) => {
    if (input.validUntil && input.validUntil <= input.validFrom) {
      throw new BadInputError("A legal basis must end after it begins.", { validUntil: ["must be after validFrom"] });
    }
    await assertTakePart(em, found.id, input.organisationIds, "organisationIds");
    await assertMayWriteCategories(ctx, found.id, [input.documentReferenceCategory]);
    const organisationIds = [...new Set(input.organisationIds)];
    return em.save(em.create(LegalBasis, {
      caseId: found.id,
      type: input.type,
      categories: [...new Set(input.categories)],
      organisationIds,
      confirmationRequired: organisationIds.includes(ctx.viewer.organisationId),
      confirmedAt: null,
      confirmedByUser: null,
      validFrom: input.validFrom,
      validUntil: input.validUntil ?? null,
      documentReference: input.documentReference,
      documentReferenceCategory: input.documentReferenceCategory,
      recordedByOrganisationId: ctx.viewer.organisationId,
      recordedByUser: ctx.viewer.userId,
      recordedAt: ctx.now,
      revokedAt: null,
      revokedByUser: null,
      revocationReason: null,
      revocationReasonCategory: null,
    }));
  });
}

/**
 * The second pair of eyes on a basis that opens care data to its recorder's organisation: another process
 * director of the house (the policy decides who) confirms it, and only then does it open anything.
 * The recorder cannot confirm their own basis; a revoked, confirmed or never-waiting basis cannot be confirmed.
 */
export async function confirmLegalBasis(ctx: Context, input: ConfirmLegalBasisCommand): Promise<LegalBasis> {
  const known = await visible(ctx).one("LegalBasis", input.legalBasisId);
  const confirmed = await caseStep(ctx, known.caseId, "CONFIRM_LEGAL_BASIS", async (em) => {
    const basis = await em.findOneByOrFail(LegalBasis, { id: known.id });
    if (basis.revokedAt) throw new IllegalTransitionError("LEGAL_BASIS_ALREADY_REVOKED", "This legal basis was revoked; it can no longer be confirmed.");
    if (!basis.confirmationRequired || basis.confirmedAt) {
      throw new IllegalTransitionError("LEGAL_BASIS_NOT_AWAITING_CONFIRMATION", "This legal basis is not waiting for confirmation.");
    }
    if (basis.recordedByUser === ctx.viewer.userId) {
      throw new IllegalTransitionError("LEGAL_BASIS_SELF_CONFIRMATION", "A second person must confirm this legal basis: not the process director who recorded it.");
    }
    basis.confirmedAt = ctx.now;
    basis.confirmedByUser = ctx.viewer.userId;
    return em.save(basis);
  });
  rememberRow(ctx.loaders, "legalBasis", confirmed);
  return confirmed;
}

/**
 * Revokes a basis (for example when the subject withdraws consent). Allowed in every phase, closed cases
 * included: a withdrawal must take effect whatever became of the case. From now on it opens nothing.
 */
export async function revokeLegalBasis(ctx: Context, input: RevokeLegalBasisCommand): Promise<LegalBasis> {
  const known = await visible(ctx).one("LegalBasis", input.legalBasisId);
  const revoked = await caseStep(ctx, known.caseId, "REVOKE_LEGAL_BASIS", async (em) => {
    await assertMayWriteCategories(ctx, known.caseId, [input.reasonCategory]);
    const basis = await em.findOneByOrFail(LegalBasis, { id: known.id });
    if (basis.revokedAt) throw new IllegalTransitionError("LEGAL_BASIS_ALREADY_REVOKED", "This legal basis was already revoked.");
    basis.revokedAt = ctx.now;
    basis.revokedByUser = ctx.viewer.userId;
    basis.revocationReason = input.reason;
    basis.revocationReasonCategory = input.reasonCategory;
    return em.save(basis);
  });
  rememberRow(ctx.loaders, "legalBasis", revoked);
  return revoked;
}
