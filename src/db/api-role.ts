import { apiRolePrivileges, apiRoleSetup, quoteIdent } from "./roles";

/** What runs SQL as the owner: a DataSource, an EntityManager or a migration's QueryRunner. */
export interface OwnerRunner {
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

/** The API role is missing or out of the owner's reach, and the owner may not fix that itself. */
export class ApiRoleError extends Error {
  constructor(problem: string, role: string, owner: string) {
    super(
      `${problem} A DBA runs once, as a superuser:\n` +
        apiRoleSetup(role, owner).map((sql) => `  ${sql};`).join("\n") +
        `\n(npm run db:grants prints or applies these; docs/operations-postgres.md lists every privilege. Or set DATABASE_API_ROLE to a role that exists.)`,
    );
    this.name = "ApiRoleError";
  }
}

interface RoleState {
  owner: string;
  exists: boolean;
  may_create: boolean;
  version: number;
}

/**
 * Before migrations: the API role exists and the owner may switch to it. An owner with CREATEROLE (the
 * embedded superuser) creates and joins it; one without (a managed PostgreSQL's application owner) gets
 * one clear message with the statements a DBA must run, instead of `permission denied to grant role`.
 */
export async function ensureApiRole(runner: OwnerRunner, role: string): Promise<void> {
  const [state] = (await runner.query(
    `SELECT current_user AS owner, EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) AS exists,
            (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) AS may_create,
            current_setting('server_version_num')::int AS version`,
    [role],
  )) as RoleState[];
  if (!state.exists) {
    if (!state.may_create) throw new ApiRoleError(`The API role ${role} does not exist, and the database user ${state.owner} may not create roles (no CREATEROLE).`, role, state.owner);
    await runner.query(`CREATE ROLE ${role} NOLOGIN`);
  }
  // PostgreSQL 16 separates membership from the right to SET ROLE, which is what the API's pool does.
  const [{ may_set }] = await runner.query(`SELECT pg_has_role(current_user, $1, $2) AS may_set`, [role, state.version >= 160000 ? "SET" : "MEMBER"]);
  if (may_set) return;
  try {
    await runner.query(`GRANT ${role} TO ${quoteIdent(state.owner)}`);
  } catch {
    throw new ApiRoleError(`The database user ${state.owner} may not switch to the API role ${role} (it is not granted to it) and may not grant it itself.`, role, state.owner);
  }
}

/** After migrations: the API role's privileges on every table, idempotent (so a renamed role works at once). */
export async function grantApiPrivileges(runner: OwnerRunner, role: string): Promise<void> {
  const [{ owner }] = await runner.query(`SELECT current_user AS owner`);
  for (const sql of apiRolePrivileges(role, owner)) await runner.query(sql);
}
