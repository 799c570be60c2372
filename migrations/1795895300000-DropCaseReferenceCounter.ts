import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Case references are random now (cases/case-reference.ts): a house-wide sequence number told a partner
 * how many cases other tables registered. Existing references stay as they are.
 */
export class DropCaseReferenceCounter1795895300000 implements MigrationInterface {
    name = 'DropCaseReferenceCounter1795895300000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "case_reference_counter"`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "case_reference_counter" ("house_id" uuid NOT NULL, "year" integer NOT NULL, "last" integer NOT NULL, CONSTRAINT "PK_case_reference_counter" PRIMARY KEY ("house_id", "year"))`);
        await queryRunner.query(`INSERT INTO case_reference_counter (house_id, year, last)
            SELECT t.house_id, substring(c.reference from 1 for 4)::int, max(substring(c.reference from 6 for 5)::int)
            FROM "case" c JOIN consultation_table t ON t.id = c.table_id
            WHERE c.reference ~ '^[0-9]{4}-[0-9]{5}-'
            GROUP BY 1, 2`);
    }
}
