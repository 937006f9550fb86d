import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import type { Db } from "./open.ts";

/** What a backup was checked to contain; printed by `npm run backup` and logged by the backup job. */
export interface BackupReport {
  path: string;
  bytes: number;
  /** SQLite's `integrity_check`: "ok", or its first complaints. */
  integrity: string;
  schemaVersion: number;
  /** Rows per table, every table of the schema. */
  counts: Record<string, number>;
}

export class BackupError extends Error {
  override name = "BackupError";
}

/**
 * Copies a live database with SQLite's online backup, then checks the copy. Readers and writers on other
 * connections or processes go on meanwhile: the copy is one consistent state of the database. It is
 * written beside `target` and renamed into place, so a file at `target` is always a whole backup.
 */
export async function backupDatabase(db: Db, target: string): Promise<BackupReport> {
  if (existsSync(target)) throw new BackupError(`${target} already exists; choose a new file name.`);
  if (!db.memory && resolve(target) === resolve(db.name)) {
    throw new BackupError(`${target} is the live database itself; choose another file.`);
  }
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  // Created here, exclusively and for the owner only (a backup holds participants' names and addresses);
  // a file of that name we did not create is someone else's, perhaps a backup still being written.
  try {
    closeSync(openSync(partial, "wx", 0o600));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    throw new BackupError(
      `${partial} already exists: another backup may be writing it; remove it if none is, then try again.`,
    );
  }
  try {
    await db.backup(partial, {
      // After the first step, copy the rest in one step: a write by another connection between steps
      // restarts the copy, and under a steady stream of writes small steps would never finish.
      progress: ({ totalPages }) => totalPages,
    });
    // The copy inherits WAL mode; a backup should be one self-contained file.
    const copy = new Database(partial);
    copy.pragma("journal_mode = DELETE");
    copy.close();
    renameSync(partial, target);
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  }
  return checkBackup(target);
}

/** Opens a backup read-only and reports its integrity, schema version and row counts. */
export function checkBackup(path: string): BackupReport {
  const copy = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return readReport(copy, path);
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT") {
      throw new BackupError(`${path} is not a readable SQLite database (${code}).`);
    }
    throw err;
  } finally {
    copy.close();
  }
}

function readReport(copy: Database.Database, path: string): BackupReport {
  const complaints = copy.pragma("integrity_check", { simple: false }) as { integrity_check: string }[];
  const tables = copy
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    counts[table] = copy.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;
  }
  return {
    path,
    bytes: statSync(path).size,
    integrity: complaints.map((c) => c.integrity_check).join("; "),
    schemaVersion: copy.pragma("user_version", { simple: true }) as number,
    counts,
  };
}

/** A time for a file name, sortable and free of colons: 2025-12-31T23:59:59.123Z → 20251231T235959Z. */
export function fileStamp(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
}

/** One line per backup: where, how big, whether it is sound, and what it holds. */
export function describeBackup(report: BackupReport): string {
  const counts = Object.entries(report.counts)
    .map(([table, n]) => `${table} ${n}`)
    .join(", ");
  return (
    `${report.path}: ${report.bytes} bytes, integrity ${report.integrity}, schema version ` +
    `${report.schemaVersion}; rows: ${counts}`
  );
}
