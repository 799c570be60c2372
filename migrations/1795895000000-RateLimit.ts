import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The request counts of the rate limits per user and organisation (src/limits/rate-limits.ts), in the
 * shape rate-limiter-flexible's PostgreSQL store uses. In the database, not in each process, so that
 * several API instances on one database share the count. The key of a user is a hash; the API role gets
 * its privileges from the schema's default privileges, like every table the owner creates.
 */
export class RateLimit1795895000000 implements MigrationInterface {
    name = 'RateLimit1795895000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "rate_limit" ("key" character varying(255) NOT NULL, "points" integer NOT NULL DEFAULT 0, "expire" bigint, CONSTRAINT "PK_rate_limit" PRIMARY KEY ("key"))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "rate_limit"`);
    }
}
