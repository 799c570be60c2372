import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The initial schema indexed participant (organisation_id, case_id) for every row. Every query that looks
 * participations up by organisation asks for active ones (left_at IS NULL), which the partial index
 * participant_active_by_organisation (ParticipantActiveByOrganisation) answers; the full index only cost
 * each insert and update of a participant.
 */
export class DropPlainParticipantOrganisationIndex1795890000000 implements MigrationInterface {
    name = 'DropPlainParticipantOrganisationIndex1795890000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_aa26a3b2185fa0f17356c96db9"`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "IDX_aa26a3b2185fa0f17356c96db9" ON "participant"  ("organisation_id", "case_id") `);
    }
}
