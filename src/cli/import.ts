import { loadConfig } from "../config.ts";
import { openDatabase } from "../db/open.ts";
import { formatSummary, ImportFailed, importFiles } from "../import/importer.ts";
import { runCli, UsageError } from "./run.ts";

runCli(() => {
  const files = process.argv.slice(2).filter((a) => a !== "--");
  if (files.length === 0) {
    throw new UsageError("usage: npm run import -- <file.txt> [more files…]");
  }
  const config = loadConfig();
  const db = openDatabase(config.DATABASE_PATH);
  try {
    console.log(formatSummary(importFiles(db, files)));
  } catch (err) {
    if (err instanceof ImportFailed) {
      throw new UsageError(`Nothing was imported; the database is unchanged.\n${err.message}`);
    }
    throw err;
  } finally {
    db.close();
  }
});
