import Database from "better-sqlite3";
import { loadConfig } from "../config.ts";
import { BackupError, backupDatabase, describeBackup } from "../db/backup.ts";
import { parseCommandLine, runCli, UsageError } from "./run.ts";

const USAGE = `usage: npm run backup -- <file>   a checked copy of the database at DATABASE_PATH, taken while the bot runs`;

runCli(async () => {
  const { positionals } = parseCommandLine({ allowPositionals: true, options: {} }, USAGE);
  const target = positionals[0];
  if (!target || positionals.length > 1) throw new UsageError(USAGE);
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
    const report = await backupDatabase(db, target).catch((err: unknown) => {
      if (err instanceof BackupError) throw new UsageError(err.message);
      throw err;
    });
    console.log(describeBackup(report));
    if (report.integrity !== "ok") {
      console.error(`The copy failed its integrity check; do not rely on ${target}.`);
      process.exitCode = 1;
    }
  } finally {
    db.close();
  }
});
