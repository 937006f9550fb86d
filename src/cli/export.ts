import { loadConfig } from "../config.ts";
import { openDatabase } from "../db/open.ts";
import { exportCatalogue } from "../export/catalogue.ts";
import { kpiCsv } from "../kpi/index.ts";
import { parseCommandLine, runCli, UsageError } from "./run.ts";

const USAGE = `usage:
  npm run export -- catalogue --json            the whole catalogue as JSON on standard output
  npm run export -- kpis --plan "AWP 2024-2025"  every KPI with target, figure and status as CSV`;

runCli(() => {
  const { positionals, values } = parseCommandLine(
    { allowPositionals: true, options: { json: { type: "boolean" }, plan: { type: "string" } } },
    USAGE,
  );
  const what = positionals[0];
  if (what !== "catalogue" && what !== "kpis") throw new UsageError(USAGE);
  const config = loadConfig();
  // Export what the database holds, never the bundled documents: after a refused or dry-run import,
  // an empty catalogue must look empty.
  const db = openDatabase(config.DATABASE_PATH);
  try {
    if (db.prepare("SELECT count(*) FROM documents").pluck().get() === 0) {
      throw new UsageError(
        `The catalogue at ${config.DATABASE_PATH} is empty: nothing was exported. Import documents first: npm run import -- <file…>`,
      );
    }
    if (what === "catalogue") {
      process.stdout.write(`${JSON.stringify(exportCatalogue(db), null, 2)}\n`);
      return;
    }
    process.stdout.write(kpiCsv(db, values.plan ?? "", new Date(), { timeZone: config.OFFICE_TIMEZONE }));
  } finally {
    db.close();
  }
});
