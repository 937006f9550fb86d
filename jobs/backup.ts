import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { type BackupReport, backupDatabase, fileStamp } from "../src/db/backup.ts";
import type { Db } from "../src/db/open.ts";

export interface BackupJobDeps {
  db: Db;
  /** The folder backups are written to (`BACKUP_DIR`). */
  dir: string;
  /** How many of the newest backups to keep there (`BACKUP_KEEP`). */
  keep: number;
  now: Date;
}

export interface BackupRun {
  report: BackupReport;
  /** Older backups removed to keep `keep`. */
  removed: string[];
}

/** Only files this job wrote are ever removed: `rocb-20251231T023000Z.db`. */
const BACKUP_NAME = /^rocb-\d{8}T\d{6}Z\.db$/;

/** Takes one checked backup into `dir`, then removes the oldest of this job's backups beyond `keep`. */
export async function runBackup(deps: BackupJobDeps): Promise<BackupRun> {
  const report = await backupDatabase(deps.db, join(deps.dir, `rocb-${fileStamp(deps.now)}.db`));
  if (report.integrity !== "ok") {
    // Kept for inspection, and the old ones with it: a bad copy must not push out good ones.
    throw new Error(`the backup ${report.path} failed its integrity check: ${report.integrity}`);
  }
  const ours = readdirSync(deps.dir)
    .filter((f) => BACKUP_NAME.test(f))
    .sort();
  const removed = ours.slice(0, Math.max(0, ours.length - deps.keep)).map((f) => join(deps.dir, f));
  for (const file of removed) rmSync(file, { force: true });
  return { report, removed };
}
