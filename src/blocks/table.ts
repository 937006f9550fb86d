import type { TableBlock } from "@slack/types";
import { oneLine, truncate } from "./escape.ts";
import { LIMITS } from "./limits.ts";

// Cells are raw_text: Slack shows them as typed, so document text needs no mrkdwn escaping here (the
// message's `text`, derived from the same cells, goes through the escaper with the rest).

export interface Column {
  title: string;
  align?: "left" | "center" | "right";
  /** Long text wraps instead of being cut at the column's edge by the client. */
  wrap?: boolean;
  /** At most this many characters per cell; the table's total is kept within Slack's limit too. */
  width?: number;
}

export type Cell = string | number | null;

const EMPTY = "–";
const DEFAULT_WIDTH = 200;
/** Narrower than this, a cell says nothing. */
const MIN_WIDTH = 8;

const show = (c: Cell) => {
  const text = c === null ? "" : oneLine(String(c));
  return text === "" ? EMPTY : text;
};

/**
 * A table block: a header row of the columns' titles, then `rows` (at most 99; callers page longer
 * lists). Cells are cut to their column's width, and the widest column is narrowed further while the
 * cells together exceed Slack's 10,000 characters (then the last rows go).
 */
export function table(columns: readonly Column[], rows: readonly (readonly Cell[])[]): TableBlock {
  const cols = columns.slice(0, LIMITS.tableCells);
  const body = rows.slice(0, LIMITS.tableRows - 1).map((r) => cols.map((_, i) => show(r[i] ?? null)));
  const head = cols.map((c) => show(c.title));
  const widths = cols.map((c) => c.width ?? DEFAULT_WIDTH);
  const cut = () => body.map((r) => r.map((text, i) => truncate(text, widths[i] ?? DEFAULT_WIDTH)));
  let cells = cut();
  const total = () => [head, ...cells].flat().reduce((n, t) => n + t.length, 0);
  while (total() > LIMITS.tableText && widths.some((w) => w > MIN_WIDTH)) {
    const widest = widths.indexOf(Math.max(...widths));
    widths[widest] = Math.max(MIN_WIDTH, Math.floor((widths[widest] ?? DEFAULT_WIDTH) * 0.8));
    cells = cut();
  }
  // Only a table far beyond any page of ours gets here: its last rows go.
  while (total() > LIMITS.tableText && cells.length > 0) cells.pop();
  const block: TableBlock = {
    type: "table",
    rows: [head, ...cells].map((r) => r.map((text) => ({ type: "raw_text" as const, text }))),
  };
  if (cols.some((c) => c.align || c.wrap)) {
    block.column_settings = cols.map((c) => ({
      ...(c.align ? { align: c.align } : {}),
      ...(c.wrap ? { is_wrapped: true } : {}),
    }));
  }
  return block;
}

/** A table's rows as lines of text, cells apart by " · ": the fallback and the console show this. */
export function tableLines(block: TableBlock): string[] {
  return block.rows.map((row) =>
    row
      .map((cell) =>
        cell.type === "raw_text" ? cell.text : cell.type === "raw_number" ? String(cell.value) : "",
      )
      .join(" · "),
  );
}
