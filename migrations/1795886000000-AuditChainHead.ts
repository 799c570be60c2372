import { MigrationInterface, QueryRunner } from "typeorm";
import { AUDIT_LOG_CHAIN_V1 } from "./1795384286041-AuditLog";

/**
 * The chain trigger looked up the newest line for every line it wrote. That statement's plan is cached
 * per connection: planned while the log was small (a fresh database, or stale statistics) it stays a
 * sequential scan, and a page of 50 cases then scanned the whole log 50 times under the chain's lock.
 * Now the newest hash is looked up once per transaction, planned afresh (EXECUTE, so the primary key's
 * index is used at any size), and carried to the next line of the same transaction in a
 * transaction-local setting. That is safe because the advisory lock is held until the transaction ends,
 * so no other writer can append in between; a rolled-back subtransaction rolls the setting back with its
 * lines. The hashed text (audit_canonical) and so `npm run audit:verify` are unchanged.
 */
export class AuditChainHead1795886000000 implements MigrationInterface {
    name = 'AuditChainHead1795886000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE OR REPLACE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql SET search_path = public AS $$
        DECLARE
            previous text;
        BEGIN
            -- Under REPEATABLE READ the lookup below would see a snapshot from before the lock, and fork the chain.
            IF current_setting('transaction_isolation') <> 'read committed' THEN
                RAISE EXCEPTION 'audit_log lines are chained under READ COMMITTED only, not %', current_setting('transaction_isolation');
            END IF;
            PERFORM pg_advisory_xact_lock(7513);
            NEW.id := nextval('audit_log_id_seq');
            previous := nullif(current_setting('casusoverleg.audit_head', true), '');
            IF previous IS NULL THEN
                EXECUTE 'SELECT a.hash FROM audit_log a ORDER BY a.id DESC LIMIT 1' INTO previous;
                IF previous IS NULL THEN
                    EXECUTE 'SELECT a.through_hash FROM audit_anchor a ORDER BY a.id DESC LIMIT 1' INTO previous;
                END IF;
            END IF;
            NEW.prev_hash := coalesce(previous, repeat('0', 64));
            NEW.hash := encode(sha256(convert_to(NEW.prev_hash || E'\\n' || audit_canonical(NEW), 'UTF8')), 'hex');
            PERFORM set_config('casusoverleg.audit_head', NEW.hash, true);
            RETURN NEW;
        END
        $$`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE OR REPLACE FUNCTION ${AUDIT_LOG_CHAIN_V1}`);
    }
}
