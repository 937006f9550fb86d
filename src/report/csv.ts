import { spreadsheetCsv } from "../export/csv.ts";
import type { ReportTable } from "./blocks.ts";

/** One table as CSV: a missing figure is an empty cell, a list one line per entry, totals kept at the end. */
export function tableCsv(t: ReportTable): string {
  const rows = [...t.rows, ...(t.totals ?? [])].map((r) =>
    r.map((c) => (Array.isArray(c) ? c.join("\n") : c)),
  );
  return spreadsheetCsv([t.header, ...rows]);
}
