import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The documents (GraphQL operations) registered for a partner organisation's app, by SHA-256 of their
 * text (src/limits/trusted-documents.ts). In trusted-documents mode only these run.
 */
export class TrustedDocument1795895100000 implements MigrationInterface {
    name = 'TrustedDocument1795895100000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "trusted_document" ("organisation_id" uuid NOT NULL, "app" character varying(100) NOT NULL, "hash" character(64) NOT NULL, "document" text NOT NULL, "registered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_trusted_document" PRIMARY KEY ("organisation_id", "hash", "app"), CONSTRAINT "FK_trusted_document_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "trusted_document"`);
    }
}
