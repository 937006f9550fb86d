import { closeSync, openSync } from "node:fs";
import type Database from "better-sqlite3";
import { fileStamp } from "./backup.ts";
import { migrations } from "./migrations/index.ts";

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

export class SchemaTooNewError extends Error {
  override name = "SchemaTooNewError";
}

/**
 * Applies each pending migration in its own transaction and records it in `user_version`. A database file
 * that already has a schema is first copied aside (see `preMigrationCopyPath`), so an upgrade can be undone.
 */
export function migrate(
  db: Database.Database,
  list: readonly Migration[] = migrations,
  clock: () => Date = () => new Date(),
): number {
  list.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
  const current = db.pragma("user_version", { simple: true }) as number;
  const latest = list.length;
  if (current > latest) {
    throw new SchemaTooNewError(
      `The database is at schema version ${current}, newer than this code (version ${latest}). ` +
        "Upgrade ROCB Desk or point DATABASE_PATH at another file.",
    );
  }
  if (current > 0 && current < latest && !db.memory) {
    // VACUUM INTO, not the online backup API: it is synchronous, as opening the database is, and still
    // one consistent snapshot while other connections write.
    const copy = preMigrationCopyPath(db.name, current, latest, clock());
    // Like every backup, for the owner's eyes only (it holds participants' details): created empty with
    // that mode first, which VACUUM INTO accepts.
    closeSync(openSync(copy, "wx", 0o600));
    db.prepare("VACUUM INTO ?").run(copy);
  }
  for (const m of list.slice(current)) {
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return latest;
}

/** `var/rocb.db` at version 2 migrated to 3 → `var/rocb.db.v2-before-v3.20251231T235959Z.bak`. */
export function preMigrationCopyPath(dbPath: string, from: number, to: number, at: Date): string {
  return `${dbPath}.v${from}-before-v${to}.${fileStamp(at)}.bak`;
}
