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
