import { config } from "../config";

/**
 * The database role the API runs as (DATABASE_API_ROLE, default `casusoverleg_api`): it reads and writes
 * case data but may only read and append to the access log, never update, delete or truncate it. The
 * connecting user (the owner, who runs migrations) switches to it on every pooled connection, so the
 * owner must be a member of it. Roles are per cluster: creating one needs CREATEROLE, which an external
 * PostgreSQL's owner often lacks, so a DBA creates it once (api-role.ts says exactly what to run).
 */
export function apiRoleName(): string {
  return config().DATABASE_API_ROLE;
}

/**
 * What the owner grants the API role (as the owner, on every start, and as the AuditLog migration did
 * first). `FOR ROLE` names the owner so a superuser can run the same statements (npm run db:grants --apply).
 * Tables with narrower rights are guarded by to_regclass (on a fresh database they do not exist yet): the
 * access log is append-only; trusted documents are only read (npm run documents:register writes them as
 * the owner, so a request can never register one); the rate-limit counts are read and written (and
 * expired rows deleted) by every request.
 */
export function apiRolePrivileges(role: string, owner: string): string[] {
  const forOwner = `FOR ROLE ${quoteIdent(owner)} IN SCHEMA public`;
  return [
    `GRANT USAGE ON SCHEMA public TO ${role}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`,
    `ALTER DEFAULT PRIVILEGES ${forOwner} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role}`,
    `ALTER DEFAULT PRIVILEGES ${forOwner} GRANT USAGE, SELECT ON SEQUENCES TO ${role}`,
    `DO $$ BEGIN
  IF to_regclass('public.audit_log') IS NOT NULL THEN
    REVOKE ALL ON audit_log, audit_anchor FROM ${role};
    GRANT SELECT, INSERT ON audit_log TO ${role};
    GRANT SELECT ON audit_anchor TO ${role};
  END IF;
  IF to_regclass('public.trusted_document') IS NOT NULL THEN
    REVOKE ALL ON trusted_document FROM ${role};
    GRANT SELECT ON trusted_document TO ${role};
  END IF;
  IF to_regclass('public.rate_limit') IS NOT NULL THEN
    REVOKE ALL ON rate_limit FROM ${role};
    GRANT SELECT, INSERT, UPDATE, DELETE ON rate_limit TO ${role};
  END IF;
  IF to_regclass('public.migrations') IS NOT NULL THEN REVOKE INSERT, UPDATE, DELETE ON public.migrations FROM ${role}; END IF;
END $$`,
  ];
}

/** What a superuser (or a role with CREATEROLE and ADMIN on the API role) runs once per cluster. */
export function apiRoleSetup(role: string, owner: string): string[] {
  return [
    `DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${role}') THEN CREATE ROLE ${role} NOLOGIN; END IF; END $$`,
    `GRANT ${role} TO ${quoteIdent(owner)}`,
  ];
}

/** An identifier as PostgreSQL quotes it (the owner's name comes from DATABASE_URL and may need quotes). */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
