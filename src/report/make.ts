import type { Db } from "../db/open.ts";
import { parseFiscalYear, SurveysError } from "../surveys/index.ts";
import { reportDocx } from "./docx.ts";
import { type ReportModel, reportModel } from "./model.ts";
import { type ReportOptions, reportData } from "./query.ts";
import { previousFiscalYear } from "./year.ts";

export interface MadeReport {
  model: ReportModel;
  /** "annual-report-2017-18.docx" */
  fileName: string;
  bytes: Buffer;
}

/** The fiscal year a person typed, or the sentence saying why it is not one. */
export function readFiscalYear(text: string): ReturnType<typeof parseFiscalYear> | string {
  if (text.trim() === "") return "Name the fiscal year, e.g. FY2024/25.";
  try {
    return parseFiscalYear(text);
  } catch (err) {
    if (err instanceof SurveysError) return err.message;
    throw err;
  }
}

/**
 * The annual report of a fiscal year as a Word document, or a sentence when the text is not a fiscal
 * year or the catalogue holds nothing for it (no document is made then).
 */
export async function makeReport(
  db: Db,
  fiscalYear: string,
  now: Date,
  options: ReportOptions = {},
): Promise<MadeReport | string> {
  const fy = readFiscalYear(fiscalYear);
  if (typeof fy === "string") return fy;
  const model = reportModel(reportData(db, fy, now, options));
  if (model.empty) {
    return `The catalogue holds nothing for FY${fy.label}: no workshop or other event held in it, no follow-up survey of the FY${previousFiscalYear(fy).label} workshops, and no plan in force during it. No report was made.`;
  }
  const madeOn = now.toISOString().slice(0, 10);
  return {
    model,
    fileName: `annual-report-${fy.label.replace("/", "-")}.docx`,
    bytes: await reportDocx(model, madeOn),
  };
}
