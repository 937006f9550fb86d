import type { Db } from "./open.ts";
import { stmt } from "./statements.ts";

// The search index and the read cache are kept until the catalogue may have changed, which they tell
// from total_changes() (this connection's writes) and data_version (other connections' commits). The
// edge's own writes — a replay signature per Slack request, the health check's probe row — are not the
// catalogue: counted apart, they no longer throw both away on every request (a rebuild of the index
// cost ~40 ms of CPU per command).
const bookkept = new WeakMap<Db, number>();

const TOTAL = "SELECT total_changes()";

/** Runs a write that is not part of the catalogue, so the caches keyed on the catalogue's version survive it. */
export function bookkeeping<T>(db: Db, write: () => T): T {
  const before = stmt(db, TOTAL).pluck().get() as number;
  try {
    return write();
  } finally {
    const after = stmt(db, TOTAL).pluck().get() as number;
    bookkept.set(db, (bookkept.get(db) ?? 0) + (after - before));
  }
}

const VERSION = `SELECT total_changes() AS changes, (SELECT data_version FROM pragma_data_version) AS data,
  (SELECT schema_version FROM pragma_schema_version) AS schema`;

/** Changes whenever the catalogue may have: a write through this connection, a commit by another, a schema change. */
export function catalogueVersion(db: Db): string {
  const v = stmt(db, VERSION).get() as { changes: number; data: number; schema: number };
  return `${v.changes - (bookkept.get(db) ?? 0)}|${v.data}|${v.schema}`;
}
