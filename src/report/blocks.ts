/** A table cell: text, a count, a bullet list, or null for a figure the catalogue does not hold. */
export type Cell = string | number | null | string[];

export interface ReportTable {
  /** File name of its CSV (without `.csv`). */
  name: string;
  header: string[];
  rows: Cell[][];
  /** Rows printed in bold at the end (totals); not read back as data. */
  totals?: Cell[][];
  /** Each column's share of the page width, in percent; equal shares when absent. */
  widths?: number[];
}

export type Block =
  | { kind: "heading"; text: string; level: 1 | 2 }
  | { kind: "paragraph"; text: string }
  | { kind: "table"; table: ReportTable };

export const OFFICE = "WCO Asia/Pacific Regional Office for Capacity Building (ROCB A/P)";
/** How a missing figure is printed, and explained once at the start. */
export const MISSING = "–";

export const heading = (text: string, level: 1 | 2 = 1): Block => ({ kind: "heading", text, level });
export const paragraph = (text: string): Block => ({ kind: "paragraph", text });
export const table = (t: ReportTable): Block => ({ kind: "table", table: t });
