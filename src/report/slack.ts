import type { KnownBlock, TableBlock } from "@slack/types";
import { context, section } from "../blocks/builders.ts";
import { escapeMrkdwn, oneLine, truncate } from "../blocks/escape.ts";
import type { Reply } from "../reply.ts";
import { type Cell, MISSING, type ReportTable } from "./blocks.ts";
import type { MadeReport } from "./make.ts";

// Slack's table block: at most 100 rows and 20 cells a row.
const MAX_COLUMNS = 20;
const MAX_ROWS = 100;

const plain = (c: Cell) =>
  truncate(oneLine(c === null ? MISSING : Array.isArray(c) ? c.join(", ") : String(c)), 80);

/**
 * A summary table narrow enough for Slack: past 20 columns, the sponsors with the fewest events are
 * added up into one "other sponsors" column, so every row still sums to its total.
 */
function fitColumns(t: ReportTable): ReportTable {
  if (t.header.length <= MAX_COLUMNS) return t;
  const keep = MAX_COLUMNS - 3; // the kind, the sponsors kept, "other sponsors", the total
  const fold = (row: Cell[]) => {
    const rest = row.slice(1 + keep, -1).reduce<number>((n, c) => n + (typeof c === "number" ? c : 0), 0);
    return [...row.slice(0, 1 + keep), rest, row.at(-1) ?? null];
  };
  return {
    ...t,
    header: [...t.header.slice(0, 1 + keep), "other sponsors", t.header.at(-1) ?? "Total"],
    rows: t.rows.map(fold),
    totals: (t.totals ?? []).map(fold),
  };
}

export function tableBlock(t: ReportTable): TableBlock {
  const fitted = fitColumns(t);
  const rows = [fitted.header, ...fitted.rows, ...(fitted.totals ?? [])].slice(0, MAX_ROWS);
  return {
    type: "table",
    column_settings: fitted.header.map((_, i) => ({ align: i === 0 ? "left" : "right" })),
    rows: rows.map((r) => r.map((c) => ({ type: "raw_text" as const, text: plain(c) }))),
  };
}

/** `/report`'s answer: the summary in sentences and as a table; the document goes by direct message. */
export function reportReply(made: MadeReport): Reply {
  const { sentences, table } = made.model.summary;
  const blocks: KnownBlock[] = [
    section(`*${escapeMrkdwn(made.model.title)}*\n${sentences.map(escapeMrkdwn).join("\n")}`),
    ...(table.rows.length > 0 ? [tableBlock(table)] : []),
    context("Workshops by kind and sponsor; other events counted apart. The Word document has every table."),
  ];
  return {
    text: `${made.model.title}: ${sentences.join(" ")}`,
    blocks,
    file: { name: made.fileName, content: made.bytes },
  };
}
