import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { loadConfig } from "../config.ts";
import { BackupError, type BackupReport, backupDatabase, checkBackup, describeBackup } from "../db/backup.ts";
import { parseCommandLine, runCli, UsageError } from "./run.ts";

const USAGE = `usage:
  npm run backup -- <file>           a checked copy of the database at DATABASE_PATH, taken while the bot runs
  npm run backup -- --check <file>   checks a backup (integrity, schema version, rows per table), e.g. before a restore`;

runCli(async () => {
  const { positionals, values } = parseCommandLine(
    { allowPositionals: true, options: { check: { type: "boolean" } } },
    USAGE,
  );
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError(USAGE);
  const report = await (values.check ? checkExisting(file) : backUp(file)).catch((err: unknown) => {
    throw err instanceof BackupError ? new UsageError(err.message) : err;
  });
  console.log(describeBackup(report));
  if (report.integrity !== "ok") {
    console.error(`${file} failed its integrity check; do not rely on it.`);
    process.exitCode = 1;
  }
});

async function checkExisting(file: string): Promise<BackupReport> {
  if (!existsSync(file)) throw new UsageError(`There is no file ${file} to check.`);
  return checkBackup(file);
}

async function backUp(target: string): Promise<BackupReport> {
  const config = loadConfig();
  let db: Database.Database;
  try {
    // Opened as it is, without migrating: a backup must not change the database it copies.
    db = new Database(config.DATABASE_PATH, { fileMustExist: true });
  } catch {
    throw new UsageError(`There is no database at ${config.DATABASE_PATH} (DATABASE_PATH) to back up.`);
  }
  try {
    db.pragma("busy_timeout = 5000");
    return await backupDatabase(db, target);
  } finally {
    db.close();
  }
}
