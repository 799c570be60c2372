import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Case numbers per house and year from a counter instead of count(*) + 1 over the house's cases, which
 * two concurrent registrations could both read (and which repeated numbers once a case was deleted).
 * The counters start at the highest number already given out per house and year.
 */
export class CaseReferenceCounter1795889000000 implements MigrationInterface {
    name = 'CaseReferenceCounter1795889000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "case_reference_counter" ("house_id" uuid NOT NULL, "year" integer NOT NULL, "last" integer NOT NULL, CONSTRAINT "PK_case_reference_counter" PRIMARY KEY ("house_id", "year"))`);
        await queryRunner.query(`INSERT INTO case_reference_counter (house_id, year, last)
            SELECT t.house_id, substring(c.reference from 1 for 4)::int, max(substring(c.reference from 6 for 5)::int)
            FROM "case" c JOIN consultation_table t ON t.id = c.table_id
            WHERE c.reference ~ '^[0-9]{4}-[0-9]{5}-'
            GROUP BY 1, 2`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "case_reference_counter"`);
    }
}
