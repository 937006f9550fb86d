import { catalogueVersion } from "./bookkeeping.ts";
import type { Db } from "./open.ts";

// Reports read the same plan, texts, figures and counts on every `/kpi`, and the catalogue rarely
// changes between two of them. What was read is kept per db until the db may have changed: a row
// written through this connection (total_changes), a commit by any other connection or process
// (data_version) or a schema change (schema_version). Inside a transaction nothing is kept, since
// what it reads may yet be rolled back. Cached values are shared: callers copy what they hand out.
// The edge's own writes (bookkeeping.ts) do not count as changes.

const LIMIT = 256;

const memos = new WeakMap<Db, { version: string; reads: Map<string, unknown> }>();

/** What was read from `db` in its current state, by key; null when reads must not be kept. */
export function readsOf(db: Db): Map<string, unknown> | null {
  if (db.inTransaction) return null;
  const version = catalogueVersion(db);
  let memo = memos.get(db);
  if (memo?.version !== version || memo.reads.size >= LIMIT) {
    memo = { version, reads: new Map() };
    memos.set(db, memo);
  }
  return memo.reads;
}

/** `read()`, or what it gave for `key` while the db has not changed. */
export function remember<T>(reads: Map<string, unknown> | null, key: string, read: () => T): T {
  if (!reads) return read();
  if (reads.has(key)) return reads.get(key) as T;
  const value = read();
  reads.set(key, value);
  return value;
}
