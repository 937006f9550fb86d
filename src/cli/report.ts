import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadConfig } from "../config.ts";
import { openDatabase } from "../db/open.ts";
import { makeReport, tableCsv } from "../report/index.ts";
import { parseCommandLine, runCli, UsageError } from "./run.ts";

const USAGE = `usage: npm run report -- <fiscal year, e.g. FY2024/25> [--out report.docx] [--csv folder] [--with-answers] [--with-plan]
  --out           the Word document to write (default annual-report-2024-25.docx)
  --csv           also write each table as CSV into this folder
  --with-answers  add the free-text answers of the follow-up survey (staff data)
  --with-plan     add the plan in force as an annex`;

/** Written beside its final name, then renamed: a crash never leaves half a document under that name. */
function writeWhole(path: string, content: string | Buffer): void {
  writeFileSync(`${path}.partial`, content);
  renameSync(`${path}.partial`, path);
}

runCli(async () => {
  const { positionals, values } = parseCommandLine(
    {
      allowPositionals: true,
      options: {
        out: { type: "string" },
        csv: { type: "string" },
        "with-answers": { type: "boolean" },
        "with-plan": { type: "boolean" },
      },
    },
    USAGE,
  );
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const config = loadConfig();
  const db = openDatabase(config.DATABASE_PATH);
  try {
    const now = config.ROCB_NOW ? new Date(config.ROCB_NOW) : new Date();
    const made = await makeReport(db, positionals[0] ?? "", now, {
      withAnswers: values["with-answers"] ?? false,
      withPlan: values["with-plan"] ?? false,
      timeZone: config.OFFICE_TIMEZONE,
    });
    if (typeof made === "string") throw new UsageError(made);
    const out = values.out ?? made.fileName;
    writeWhole(out, made.bytes);
    console.log(made.model.summary.sentences.join("\n"));
    console.log(`Wrote ${out} (${Math.ceil(made.bytes.length / 1024)} KB).`);
    if (values.csv) {
      mkdirSync(values.csv, { recursive: true });
      for (const t of made.model.csv) writeWhole(join(values.csv, `${t.name}.csv`), tableCsv(t));
      console.log(
        `Wrote ${made.model.csv.length} tables as CSV into ${values.csv}: ${made.model.csv.map((t) => `${t.name}.csv`).join(", ")}.`,
      );
    }
  } finally {
    db.close();
  }
});
