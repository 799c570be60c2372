import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Goals, actions and action reports carry their case, so the care rule and row filters find it without
 * walking plan (and action) for every row. Backfilled from the plan; set on insert from now on.
 */
export class PlanItemsCaseId1795896100000 implements MigrationInterface {
    name = 'PlanItemsCaseId1795896100000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "goal" ADD "case_id" uuid`);
        await queryRunner.query(`ALTER TABLE "action" ADD "case_id" uuid`);
        await queryRunner.query(`ALTER TABLE "action_report" ADD "case_id" uuid`);
        await queryRunner.query(`UPDATE "goal" g SET case_id = p.case_id FROM "plan" p WHERE p.id = g.plan_id`);
        await queryRunner.query(`UPDATE "action" a SET case_id = p.case_id FROM "plan" p WHERE p.id = a.plan_id`);
        await queryRunner.query(`UPDATE "action_report" r SET case_id = a.case_id FROM "action" a WHERE a.id = r.action_id`);
        for (const table of ["goal", "action", "action_report"]) {
            await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "case_id" SET NOT NULL`);
        }
        await queryRunner.query(`CREATE INDEX "IDX_edc927d4c93859b9cb91cd7f42" ON "goal"  ("case_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_86c7829f1611c4fc6320e6eecf" ON "action"  ("case_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_0d71eb48df5867986830f4c0b6" ON "action_report"  ("case_id") `);
        await queryRunner.query(`ALTER TABLE "goal" ADD CONSTRAINT "FK_edc927d4c93859b9cb91cd7f42b" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "action" ADD CONSTRAINT "FK_86c7829f1611c4fc6320e6eecf9" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "action_report" ADD CONSTRAINT "FK_0d71eb48df5867986830f4c0b67" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "action_report" DROP CONSTRAINT "FK_0d71eb48df5867986830f4c0b67"`);
        await queryRunner.query(`ALTER TABLE "action" DROP CONSTRAINT "FK_86c7829f1611c4fc6320e6eecf9"`);
        await queryRunner.query(`ALTER TABLE "goal" DROP CONSTRAINT "FK_edc927d4c93859b9cb91cd7f42b"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_0d71eb48df5867986830f4c0b6"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_86c7829f1611c4fc6320e6eecf"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_edc927d4c93859b9cb91cd7f42"`);
        await queryRunner.query(`ALTER TABLE "action_report" DROP COLUMN "case_id"`);
        await queryRunner.query(`ALTER TABLE "action" DROP COLUMN "case_id"`);
        await queryRunner.query(`ALTER TABLE "goal" DROP COLUMN "case_id"`);
    }
}
