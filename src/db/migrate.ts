import type Database from "better-sqlite3";
import { migrations } from "./migrations/index.ts";

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

export class SchemaTooNewError extends Error {
  override name = "SchemaTooNewError";
}

/** Applies each pending migration in its own transaction and records it in `user_version`. */
export function migrate(db: Database.Database, list: readonly Migration[] = migrations): number {
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
  for (const m of list.slice(current)) {
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return latest;
}
