import { accessSync, constants, mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { ConfigError } from "../config.ts";
import { migrate } from "./migrate.ts";

export type Db = Database.Database;

/** Opens (creating if needed) the catalogue and brings its schema up to date. */
export function openDatabase(path: string): Db {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  db.pragma("synchronous = NORMAL");
  migrate(db);
  return db;
}

/**
 * Makes the folders `path` needs and says, in words, why it cannot hold the database; null when it can
 * (as far as can be told before opening).
 */
export function prepareDatabasePath(path: string): string | null {
  if (path === ":memory:") return null;
  const full = resolve(path);
  const existing = statOrNull(full);
  if (existing) {
    if (existing.isDirectory()) return "is a folder, not a database file";
    // A pipe or a device would block or be destroyed by SQLite; only a regular file is a database.
    if (!existing.isFile()) return "is not a regular file";
    if (!writable(full)) return "is read-only: the bot records KPI figures and survey answers in it";
  }
  const missing: string[] = [];
  let folder = dirname(full);
  while (!statOrNull(folder)) {
    missing.unshift(folder);
    folder = dirname(folder);
  }
  if (!statOrNull(folder)?.isDirectory()) return `cannot be created: ${folder} is not a folder`;
  // One level at a time: a recursive mkdir spins forever on some special file systems (/proc).
  for (const level of missing) {
    try {
      mkdirSync(level);
    } catch (err) {
      return `cannot be created: the folder ${level} cannot be made (${(err as NodeJS.ErrnoException).code})`;
    }
  }
  // SQLite writes its -wal and -shm files beside the database, so the folder must be writable too.
  if (!writable(dirname(full))) return `cannot be used: the folder ${dirname(full)} is read-only`;
  return null;
}

/**
 * `openDatabase` for a path the user configured: a path that cannot work, or that SQLite refuses, is an
 * error naming the variable and the path's problem, never SQLite's words alone.
 */
export function openConfiguredDatabase(path: string, variable = "DATABASE_PATH"): Db {
  const problem = prepareDatabasePath(path);
  if (problem) throw new DatabasePathError(`${variable} (${path}) ${problem}.`);
  try {
    return openDatabase(path);
  } catch (err) {
    const reason = (err as Error).message.replace(/\.$/, "");
    throw new DatabasePathError(`${variable} (${path}) could not be opened as a database: ${reason}.`);
  }
}

/** A configuration error: every entry point reports it as a sentence and exits non-zero. */
export class DatabasePathError extends ConfigError {}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
