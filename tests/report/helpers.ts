import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openCatalogue } from "../../src/bootstrap.ts";
import { type Db, openDatabase } from "../../src/db/open.ts";
import { exportCatalogue } from "../../src/export/catalogue.ts";
import { importAnyFiles } from "../../src/import/importer.ts";
import { type ReportOptions, reportData, reportDocx, reportModel } from "../../src/report/index.ts";
import { parseFiscalYear } from "../../src/surveys/index.ts";

export const NOW = new Date("2026-12-08T00:00:00Z");
const dir = mkdtempSync(join(tmpdir(), "rocb-report-"));

/** The bundled documents imported into memory, as the bot does on first start. */
export function bundledCatalogue(): Db {
  return openCatalogue({ DATABASE_PATH: ":memory:" }, NOW).db;
}

export function modelOf(db: Db, fy: string, options: ReportOptions = {}) {
  return reportModel(reportData(db, parseFiscalYear(fy), NOW, options));
}

/** Writes the report of `fy` as a .docx file; returns its path and bytes. */
export async function writeReport(db: Db, fy: string, options: ReportOptions = {}) {
  const bytes = await reportDocx(modelOf(db, fy, options), "8 December 2026");
  const path = join(dir, `report-${fy.replace("/", "-")}-${Math.random().toString(36).slice(2, 8)}.docx`);
  writeFileSync(path, bytes);
  return { path, bytes };
}

/** What the catalogue keeps of the held events of one fiscal year, without ids. */
export function heldIn(db: Db, fy: string) {
  const { from, to } = parseFiscalYear(fy);
  return exportCatalogue(db)
    .workshops.filter(
      (w) =>
        w.status === "held" &&
        w.start !== null &&
        w.start >= from.slice(0, w.start.length) &&
        w.start <= to.slice(0, w.start.length),
    )
    .map(({ id: _, ...w }) => w)
    .sort((a, b) => `${a.start} ${a.title}`.localeCompare(`${b.start} ${b.title}`));
}

export const surveyOf = (db: Db, fy: string) =>
  exportCatalogue(db).survey_history.filter((r) => r.fiscal_year === parseFiscalYear(fy).label);

export const planOf = (db: Db, title: string) => exportCatalogue(db).plans.find((p) => p.title === title);

/** Imports the report of `fy` made from `db` into an empty database, as `npm run import -- report.docx` does. */
export async function roundTrip(db: Db, fy: string, options: ReportOptions = {}) {
  const { path } = await writeReport(db, fy, options);
  const back = openDatabase(":memory:");
  const summaries = await importAnyFiles(back, [path], NOW, {});
  return { back, summary: summaries[0] };
}
