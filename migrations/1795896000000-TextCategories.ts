import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Every free text that can carry facts about the person gets a category next to it (permissions/guarded-texts.ts).
 * Existing texts stay NULL: unclassified, which the care rule treats as care data (only care partners of the
 * case read it) until someone who may classifies it. Failing closed is the point: nobody knows what people
 * wrote into these texts before they had a category.
 */
export class TextCategories1795896000000 implements MigrationInterface {
    name = 'TextCategories1795896000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        const columns: Array<[string, string]> = [
            ["case", "tried_within_own_organisation_category"], ["case", "subject_not_informed_reason_category"],
            ["case", "rejection_reason_category"], ["case", "closure_note_category"], ["case", "scale_down_reason_category"],
            ["plan", "summary_category"], ["goal", "description_category"], ["action", "description_category"],
            ["action_report", "feedback_category"], ["agenda_item", "minutes_category"], ["legal_basis", "document_reference_category"],
            ["legal_basis", "revocation_reason_category"], ["signal", "description_category"],
        ];
        for (const [table, column] of columns) {
            await queryRunner.query(`ALTER TABLE "${table}" ADD "${column}" "public"."information_category"`);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "signal" DROP COLUMN "description_category"`);
        await queryRunner.query(`ALTER TABLE "legal_basis" DROP COLUMN "revocation_reason_category"`);
        await queryRunner.query(`ALTER TABLE "legal_basis" DROP COLUMN "document_reference_category"`);
        await queryRunner.query(`ALTER TABLE "agenda_item" DROP COLUMN "minutes_category"`);
        await queryRunner.query(`ALTER TABLE "action_report" DROP COLUMN "feedback_category"`);
        await queryRunner.query(`ALTER TABLE "action" DROP COLUMN "description_category"`);
        await queryRunner.query(`ALTER TABLE "goal" DROP COLUMN "description_category"`);
        await queryRunner.query(`ALTER TABLE "plan" DROP COLUMN "summary_category"`);
        await queryRunner.query(`ALTER TABLE "case" DROP COLUMN "scale_down_reason_category"`);
        await queryRunner.query(`ALTER TABLE "case" DROP COLUMN "closure_note_category"`);
        await queryRunner.query(`ALTER TABLE "case" DROP COLUMN "rejection_reason_category"`);
        await queryRunner.query(`ALTER TABLE "case" DROP COLUMN "subject_not_informed_reason_category"`);
        await queryRunner.query(`ALTER TABLE "case" DROP COLUMN "tried_within_own_organisation_category"`);
    }
}
