import { InitialSchema1795380730025 } from "./1795380730025-InitialSchema";

/** Every migration, in order. New migrations are added here so the compiled server finds them without globs. */
export const migrations = [InitialSchema1795380730025];
