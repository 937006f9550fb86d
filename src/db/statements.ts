import type { Statement } from "better-sqlite3";
import type { Db } from "./open.ts";

// Preparing a statement costs more than running most of ours; each db keeps the ones it has prepared.
// SQLite re-prepares a cached statement by itself when the schema changes under it.
const prepared = new WeakMap<Db, Map<string, Statement>>();

/** The statement for `sql` on `db`, prepared once. Callers must not change its mode (pluck, raw…). */
export function stmt(db: Db, sql: string): Statement {
  let byText = prepared.get(db);
  if (!byText) {
    byText = new Map();
    prepared.set(db, byText);
  }
  let s = byText.get(sql);
  if (!s) {
    s = db.prepare(sql);
    byText.set(sql, s);
  }
  return s;
}

// Tables are created by migrations and never dropped, so only their presence is remembered.
const present = new WeakMap<Db, Set<string>>();

export function tableExists(db: Db, name: string): boolean {
  if (present.get(db)?.has(name)) return true;
  const found =
    stmt(db, "SELECT 1 AS found FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !==
    undefined;
  if (found) {
    const names = present.get(db) ?? new Set<string>();
    names.add(name);
    present.set(db, names);
  }
  return found;
}
