/**
 * The database role the API runs as (created by migrations/…-AuditLog.ts): it reads and writes case data
 * but may only read and append to the access log, never update, delete or truncate it. The connecting
 * user (the owner, who runs migrations) switches to it on every pooled connection.
 */
export const API_ROLE = "casusoverleg_api";
