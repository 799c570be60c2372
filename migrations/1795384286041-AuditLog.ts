import { MigrationInterface, QueryRunner } from "typeorm";
import { ensureApiRole, grantApiPrivileges } from "../src/db/api-role";
import { apiRoleName } from "../src/db/roles";

/**
 * The access log (toegangslog, NEN 7513): append-only and hash-chained, plus the restricted role the API
 * runs as. The tables were generated from the entities; the rest is written by hand:
 * - `audit_log_chain` numbers each line and chains it to the line before, under a transaction-scoped
 *   advisory lock, so concurrent requests keep one chain and id order is chain order. The canonical text
 *   it hashes is rebuilt independently by src/audit/chain.ts when `npm run audit:verify` checks the chain.
 * - `audit_append_only` refuses UPDATE, DELETE and TRUNCATE, except the retention purge's DELETE
 *   (src/audit/purge.ts sets `casusoverleg.audit_purge` for its own transaction and leaves an anchor).
 * - the API role (DATABASE_API_ROLE, default `casusoverleg_api`) may read and write the case tables (also
 *   those later migrations create) but only SELECT and INSERT the log and only SELECT the anchors; the
 *   DataSource switches every pooled connection to it (src/db/data-source.ts). Roles are per cluster, so it
 *   is created only if missing, and only by an owner that may (src/db/api-role.ts).
 */

/**
 * The first versions of the two chain functions. Later migrations replace them (AuditChainHead,
 * AuditCanonicalExpression) and restore them from here in their down(), so a rollback brings back exactly
 * what this migration created.
 */
export const AUDIT_CANONICAL_V1 = `audit_canonical(r audit_log) RETURNS text LANGUAGE plpgsql STABLE AS $$
        DECLARE
            field text;
            canonical text := '';
            separator text := '';
        BEGIN
            FOREACH field IN ARRAY ARRAY[
                r.id::text,
                to_char(r.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                r.request_id::text,
                r.user_id,
                r.issuer,
                r.organisation_id::text,
                r.on_behalf_of,
                array_to_string(r.roles, ','),
                r.action::text,
                r.operation,
                r.outcome::text,
                r.reason,
                r.house_id::text,
                r.case_id::text,
                r.subject_id::text,
                r.category::text,
                r.legal_basis_id::text,
                r.detail::text
            ] LOOP
                canonical := canonical || separator || CASE WHEN field IS NULL THEN '~' ELSE octet_length(convert_to(field, 'UTF8'))::text || ':' || field END;
                separator := '|';
            END LOOP;
            RETURN canonical;
        END
        $$`;

export const AUDIT_LOG_CHAIN_V1 = `audit_log_chain() RETURNS trigger LANGUAGE plpgsql SET search_path = public AS $$
        DECLARE
            previous text;
        BEGIN
            -- Under REPEATABLE READ the lookup below would see a snapshot from before the lock, and fork the chain.
            IF current_setting('transaction_isolation') <> 'read committed' THEN
                RAISE EXCEPTION 'audit_log lines are chained under READ COMMITTED only, not %', current_setting('transaction_isolation');
            END IF;
            PERFORM pg_advisory_xact_lock(7513);
            NEW.id := nextval('audit_log_id_seq');
            SELECT a.hash INTO previous FROM audit_log a ORDER BY a.id DESC LIMIT 1;
            IF previous IS NULL THEN
                SELECT a.through_hash INTO previous FROM audit_anchor a ORDER BY a.id DESC LIMIT 1;
            END IF;
            NEW.prev_hash := coalesce(previous, repeat('0', 64));
            NEW.hash := encode(sha256(convert_to(NEW.prev_hash || E'\\n' || audit_canonical(NEW), 'UTF8')), 'hex');
            RETURN NEW;
        END
        $$`;

export class AuditLog1795384286041 implements MigrationInterface {
    name = 'AuditLog1795384286041'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "audit_anchor" ("id" SERIAL NOT NULL, "through_id" bigint NOT NULL, "through_hash" character(64) NOT NULL, "purged_rows" integer NOT NULL, "cutoff" TIMESTAMP WITH TIME ZONE NOT NULL, "purged_at" TIMESTAMP WITH TIME ZONE NOT NULL, "purged_by" character varying NOT NULL, CONSTRAINT "PK_0ea407435eebceee6956a062dda" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TYPE "public"."audit_action" AS ENUM('READ_CARE_DATA', 'READ_CASE', 'LIST_CASES', 'QUERY', 'MUTATION', 'READ_AUDIT_LOG', 'EXPORT_SUBJECT_ACCESS_REPORT')`);
        await queryRunner.query(`CREATE TYPE "public"."audit_outcome" AS ENUM('ALLOWED', 'DENIED', 'FAILED')`);
        await queryRunner.query(`CREATE TABLE "audit_log" ("id" bigint NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "request_id" uuid NOT NULL, "user_id" character varying NOT NULL, "issuer" character varying NOT NULL, "organisation_id" uuid NOT NULL, "on_behalf_of" character varying, "roles" character varying array NOT NULL, "action" "public"."audit_action" NOT NULL, "operation" character varying, "outcome" "public"."audit_outcome" NOT NULL, "reason" character varying, "house_id" uuid, "case_id" uuid, "subject_id" uuid, "category" "public"."information_category", "legal_basis_id" uuid, "detail" jsonb, "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "audit_log_user" ON "audit_log"  ("user_id", "id") `);
        await queryRunner.query(`CREATE INDEX "audit_log_organisation" ON "audit_log"  ("organisation_id", "id") `);
        await queryRunner.query(`CREATE INDEX "audit_log_house" ON "audit_log"  ("house_id", "id") `);
        await queryRunner.query(`CREATE INDEX "audit_log_case" ON "audit_log"  ("case_id", "id") `);
        await queryRunner.query(`CREATE INDEX "audit_log_subject" ON "audit_log"  ("subject_id", "id") `);

        await queryRunner.query(`CREATE SEQUENCE "audit_log_id_seq" AS bigint OWNED BY "audit_log"."id"`);
        // PL/pgSQL on purpose: a SQL function per field is not inlined and costs more per line.
        await queryRunner.query(`CREATE FUNCTION ${AUDIT_CANONICAL_V1}`);
        await queryRunner.query(`CREATE FUNCTION ${AUDIT_LOG_CHAIN_V1}`);
        await queryRunner.query(`CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain()`);
        await queryRunner.query(`CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'audit_log' AND current_setting('casusoverleg.audit_purge', true) = 'on' THEN
                RETURN OLD;
            END IF;
            RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
        END
        $$`);
        for (const table of ["audit_log", "audit_anchor"]) {
            await queryRunner.query(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION audit_append_only()`);
            await queryRunner.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only()`);
        }

        // The role's name is configurable (DATABASE_API_ROLE); an owner without CREATEROLE needs it made by a DBA.
        await ensureApiRole(queryRunner, apiRoleName());
        await grantApiPrivileges(queryRunner, apiRoleName());
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        const role = apiRoleName();
        await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM ${role}`);
        await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM ${role}`);
        await queryRunner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${role}`);
        await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${role}`);
        await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM ${role}`);
        await queryRunner.query(`DROP FUNCTION audit_canonical(audit_log)`);
        await queryRunner.query(`DROP TABLE "audit_log"`);
        await queryRunner.query(`DROP TABLE "audit_anchor"`);
        await queryRunner.query(`DROP FUNCTION audit_append_only()`);
        await queryRunner.query(`DROP FUNCTION audit_log_chain()`);
        await queryRunner.query(`DROP TYPE "public"."audit_outcome"`);
        await queryRunner.query(`DROP TYPE "public"."audit_action"`);
    }

}
