import type { KnownBlock, TableBlock } from "@slack/types";
import { context, section } from "../blocks/builders.ts";
import { escapeMrkdwn } from "../blocks/escape.ts";
import { table } from "../blocks/table.ts";
import type { Reply } from "../reply.ts";
import type { Cell, ReportTable } from "./blocks.ts";
import type { MadeReport } from "./make.ts";

// Slack's table block holds at most 20 cells a row.
const MAX_COLUMNS = 20;

const flat = (c: Cell) => (Array.isArray(c) ? c.join(", ") : c);

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

/** The summary as Slack's table block: the kinds on the left, the counts aligned right. */
export function summaryBlock(t: ReportTable): TableBlock {
  const fitted = fitColumns(t);
  const columns = fitted.header.map((title, i) => ({
    title,
    align: i === 0 ? ("left" as const) : ("right" as const),
  }));
  return table(
    columns,
    [...fitted.rows, ...(fitted.totals ?? [])].map((r) => r.map(flat)),
  );
}

/** `/report`'s answer: the summary in sentences and as a table; the document goes by direct message. */
export function reportReply(made: MadeReport): Reply {
  const { sentences, table: summary } = made.model.summary;
  const blocks: KnownBlock[] = [
    section(`*${escapeMrkdwn(made.model.title)}*\n${sentences.map(escapeMrkdwn).join("\n")}`),
    ...(summary.rows.length > 0 ? [summaryBlock(summary)] : []),
    context("Workshops by kind and sponsor; other events counted apart. The Word document has every table."),
  ];
  return {
    text: `${made.model.title}: ${sentences.join(" ")}`,
    blocks,
    file: { name: made.fileName, content: made.bytes },
  };
}
