export type { Block, Cell, ReportTable } from "./blocks.ts";
export { tableCsv } from "./csv.ts";
export { reportDocx } from "./docx.ts";
export { type MadeReport, makeReport, readFiscalYear } from "./make.ts";
export { type ReportModel, reportModel } from "./model.ts";
export { type ReportData, type ReportOptions, reportData } from "./query.ts";
export type { FiscalYear } from "./year.ts";
