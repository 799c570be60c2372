import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Four eyes on legal bases: a basis that opens care data to its recorder's own organisation waits for a
 * second person's confirmation. Bases already recorded that way were recorded by one person alone, so
 * they wait too (fail closed) until a second process director confirms them.
 */
export class LegalBasisConfirmation1795895200000 implements MigrationInterface {
    name = 'LegalBasisConfirmation1795895200000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "legal_basis" ADD "confirmation_required" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "legal_basis" ADD "confirmed_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "legal_basis" ADD "confirmed_by_user" character varying`);
        await queryRunner.query(`UPDATE "legal_basis" SET "confirmation_required" = true WHERE "recorded_by_organisation_id" = ANY("organisation_ids")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "legal_basis" DROP COLUMN "confirmed_by_user"`);
        await queryRunner.query(`ALTER TABLE "legal_basis" DROP COLUMN "confirmed_at"`);
        await queryRunner.query(`ALTER TABLE "legal_basis" DROP COLUMN "confirmation_required"`);
    }
}
