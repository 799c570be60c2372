import { InitialSchema1795380730025 } from "./1795380730025-InitialSchema";
import { AuditLog1795384286041 } from "./1795384286041-AuditLog";
import { AuditChainHead1795886000000 } from "./1795886000000-AuditChainHead";
import { AuditCanonicalExpression1795887000000 } from "./1795887000000-AuditCanonicalExpression";
import { ParticipantActiveByOrganisation1795888000000 } from "./1795888000000-ParticipantActiveByOrganisation";
import { CaseReferenceCounter1795889000000 } from "./1795889000000-CaseReferenceCounter";
import { DropPlainParticipantOrganisationIndex1795890000000 } from "./1795890000000-DropPlainParticipantOrganisationIndex";
import { RateLimit1795895000000 } from "./1795895000000-RateLimit";
import { TrustedDocument1795895100000 } from "./1795895100000-TrustedDocument";
import { LegalBasisConfirmation1795895200000 } from "./1795895200000-LegalBasisConfirmation";
import { DropCaseReferenceCounter1795895300000 } from "./1795895300000-DropCaseReferenceCounter";
import { TextCategories1795896000000 } from "./1795896000000-TextCategories";
import { PlanItemsCaseId1795896100000 } from "./1795896100000-PlanItemsCaseId";

/** Every migration, in order. New migrations are added here so the compiled server finds them without globs. */
export const migrations = [InitialSchema1795380730025, AuditLog1795384286041, AuditChainHead1795886000000, AuditCanonicalExpression1795887000000, ParticipantActiveByOrganisation1795888000000, CaseReferenceCounter1795889000000, DropPlainParticipantOrganisationIndex1795890000000, RateLimit1795895000000, TrustedDocument1795895100000, LegalBasisConfirmation1795895200000, DropCaseReferenceCounter1795895300000, TextCategories1795896000000, PlanItemsCaseId1795896100000];
