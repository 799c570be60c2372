/**
 * The protocol between the bench and a measured server (a child started with fork): the child says
 * `ready` with its URL over IPC, answers `stats` (see sql-counter.ts), and exits cleanly on SIGTERM so
 * that `--cpu-prof` can write its profile.
 */
export function announceReady(url: string, stop: () => Promise<void> = async () => undefined): void {
  process.send?.({ type: "ready", url });
  const shutdown = () => {
    stop().finally(() => process.exit(0));
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
  process.once("disconnect", shutdown);
}

export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set by the bench runner`);
  return value;
}

export function failed(error: unknown): never {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
}
