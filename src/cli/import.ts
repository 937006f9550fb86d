import { existsSync } from "node:fs";
import { loadConfig } from "../config.ts";
import { openDatabase } from "../db/open.ts";
import { formatSummary, ImportFailed, importAnyFiles } from "../import/importer.ts";
import { parseCommandLine, runCli, UsageError } from "./run.ts";

const USAGE = `usage: npm run import -- [--dry-run] [--force] <file…>
  files: plan documents and annual reports as text (.txt, .md, .html), Word (.docx) or PDF (.pdf)
  --dry-run  read and check everything, print the summary and the changes, write nothing
  --force    import a new version of a plan even if it loses a pillar or more than a quarter of its items or KPIs`;

runCli(async () => {
  const { positionals: files, values } = parseCommandLine(
    {
      allowPositionals: true,
      options: { "dry-run": { type: "boolean" }, force: { type: "boolean" } },
    },
    USAGE,
  );
  if (files.length === 0) throw new UsageError(USAGE);
  const dryRun = values["dry-run"] ?? false;
  const config = loadConfig();
  // A dry run against a database that does not exist yet reads as against an empty one, and creates none.
  const db = openDatabase(dryRun && !existsSync(config.DATABASE_PATH) ? ":memory:" : config.DATABASE_PATH);
  try {
    console.log(
      formatSummary(
        await importAnyFiles(db, files, new Date(), { dryRun, force: values.force ?? false }),
        dryRun,
      ),
    );
  } catch (err) {
    if (err instanceof ImportFailed) {
      throw new UsageError(`Nothing was imported; the database is unchanged.\n${err.message}`);
    }
    throw err;
  } finally {
    db.close();
  }
});
