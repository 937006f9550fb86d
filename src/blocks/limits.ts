import type { TableBlock } from "@slack/types";
import type { Chart, ReplyBlock } from "./kit.ts";

/**
 * Slack's published Block Kit limits that our replies can reach. The table block
 * (https://docs.slack.dev/reference/block-kit/blocks/table-block): at most 100 rows of at most 20 cells,
 * at most 20 column settings, cells `raw_text` or `rich_text`; one table per message (Slack answers
 * `invalid_attachments`/`invalid_blocks` to a second); the text of all cells together at most 10,000
 * characters (Slack's validation, not in the reference); messages and the Home tab, never a modal.
 * The chart block's limits are listed where its type is defined, `kit.ts`.
 */
export const LIMITS = {
  blocks: 50,
  /** Home tab and modal. */
  viewBlocks: 100,
  headerText: 150,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  actionsElements: 25,
  contextElements: 10,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  tablesPerMessage: 1,
  tableRows: 100,
  tableCells: 20,
  tableText: 10_000,
  chartsPerMessage: 2,
  chartTitle: 50,
  axisLabel: 50,
  chartSeries: 6,
  chartPoints: 20,
  chartLabel: 20,
} as const;

/** Where blocks are shown: limits on blocks, tables and charts differ. */
export type Surface = "message" | "home" | "modal";

const cellText = (cell: TableBlock["rows"][number][number]): string =>
  cell.type === "raw_text" ? cell.text : cell.type === "raw_number" ? String(cell.value) : richText(cell);

/** The text of a rich_text cell: every `text` inside it. */
function richText(node: unknown): string {
  if (Array.isArray(node)) return node.map(richText).join("");
  if (typeof node !== "object" || node === null) return "";
  const o = node as { text?: unknown; elements?: unknown };
  return (typeof o.text === "string" ? o.text : "") + richText(o.elements);
}

function tableProblems(block: TableBlock, at: string): string[] {
  const problems: string[] = [];
  if (block.rows.length === 0) problems.push(`${at}: no rows`);
  if (block.rows.length > LIMITS.tableRows)
    problems.push(`${at}: ${block.rows.length} rows (max ${LIMITS.tableRows})`);
  const width = block.rows[0]?.length ?? 0;
  let chars = 0;
  block.rows.forEach((row, r) => {
    if (row.length > LIMITS.tableCells)
      problems.push(`${at}: row ${r} has ${row.length} cells (max ${LIMITS.tableCells})`);
    if (row.length !== width) problems.push(`${at}: row ${r} has ${row.length} cells, the first ${width}`);
    for (const cell of row) {
      const text = cellText(cell);
      if (text.length === 0) problems.push(`${at}: an empty cell in row ${r}`);
      chars += text.length;
    }
  });
  if (chars > LIMITS.tableText)
    problems.push(`${at}: ${chars} characters in its cells (max ${LIMITS.tableText})`);
  if ((block.column_settings?.length ?? 0) > LIMITS.tableCells)
    problems.push(`${at}: too many column settings`);
  return problems;
}

function chartProblems(title: string, chart: Chart, at: string): string[] {
  const problems: string[] = [];
  const label = (what: string, text: string | undefined, max: number) => {
    if (text === undefined || text.length === 0) problems.push(`${at}: empty ${what}`);
    else if (text.length > max)
      problems.push(`${at}: ${what} "${text}" has ${text.length} characters (max ${max})`);
  };
  label("chart title", title, LIMITS.chartTitle);
  if (chart.type === "pie") {
    if (chart.segments.length < 1 || chart.segments.length > LIMITS.chartSeries)
      problems.push(`${at}: ${chart.segments.length} segments (1 to ${LIMITS.chartSeries})`);
    for (const s of chart.segments) label("segment label", s.label, LIMITS.chartLabel);
    return problems;
  }
  const { categories, x_label, y_label } = chart.axis_config;
  if (x_label !== undefined) label("x-axis label", x_label, LIMITS.axisLabel);
  if (y_label !== undefined) label("y-axis label", y_label, LIMITS.axisLabel);
  for (const c of categories) label("category", c, LIMITS.chartLabel);
  if (new Set(categories).size !== categories.length) problems.push(`${at}: categories repeat`);
  if (chart.series.length < 1 || chart.series.length > LIMITS.chartSeries)
    problems.push(`${at}: ${chart.series.length} series (1 to ${LIMITS.chartSeries})`);
  if (new Set(chart.series.map((s) => s.name)).size !== chart.series.length)
    problems.push(`${at}: series names repeat`);
  for (const s of chart.series) {
    label("series name", s.name, LIMITS.chartLabel);
    if (s.data.length < 1 || s.data.length > LIMITS.chartPoints)
      problems.push(`${at}: series "${s.name}" has ${s.data.length} points (1 to ${LIMITS.chartPoints})`);
    for (const p of s.data) {
      if (!categories.includes(p.label)) problems.push(`${at}: point "${p.label}" is not a category`);
      if (!Number.isFinite(p.value)) problems.push(`${at}: point "${p.label}" is not a number`);
    }
  }
  return problems;
}

/** Every way `blocks` breaks Slack's limits on `surface`, as sentences; empty when they are valid there. */
export function checkLimits(blocks: readonly ReplyBlock[], surface: Surface = "message"): string[] {
  const problems: string[] = [];
  const max = surface === "message" ? LIMITS.blocks : LIMITS.viewBlocks;
  if (blocks.length > max) problems.push(`${blocks.length} blocks (max ${max})`);
  const tables = blocks.filter((b) => b.type === "table").length;
  const charts = blocks.filter((b) => b.type === "data_visualization").length;
  if (surface === "modal" && tables + charts > 0) problems.push("a table or chart in a modal");
  if (surface === "message" && tables > LIMITS.tablesPerMessage) problems.push(`${tables} tables (max 1)`);
  if (charts > LIMITS.chartsPerMessage) problems.push(`${charts} charts (max ${LIMITS.chartsPerMessage})`);
  blocks.forEach((block, i) => {
    const at = `block ${i} (${block.type})`;
    const tooLong = (what: string, text: string | undefined, max: number) => {
      if (text === undefined || text.length === 0) problems.push(`${at}: empty ${what}`);
      else if (text.length > max) problems.push(`${at}: ${what} has ${text.length} characters (max ${max})`);
    };
    switch (block.type) {
      case "header":
        tooLong("header text", block.text.text, LIMITS.headerText);
        break;
      case "section": {
        if (!block.text && !block.fields) problems.push(`${at}: neither text nor fields`);
        if (block.text) tooLong("section text", block.text.text, LIMITS.sectionText);
        const fields = block.fields ?? [];
        if (fields.length > LIMITS.sectionFields) problems.push(`${at}: ${fields.length} fields`);
        for (const f of fields) tooLong("field", f.text, LIMITS.fieldText);
        if (block.accessory?.type === "button") {
          tooLong("button text", block.accessory.text.text, LIMITS.buttonText);
          if ((block.accessory.value ?? "").length > LIMITS.buttonValue) problems.push(`${at}: button value`);
        }
        break;
      }
      case "actions":
        if (block.elements.length > LIMITS.actionsElements)
          problems.push(`${at}: ${block.elements.length} elements`);
        if (block.elements.length === 0) problems.push(`${at}: no elements`);
        for (const e of block.elements) {
          if (e.type !== "button") continue;
          tooLong("button text", e.text.text, LIMITS.buttonText);
          if ((e.value ?? "").length > LIMITS.buttonValue) problems.push(`${at}: button value too long`);
          if ((e.action_id ?? "").length > LIMITS.actionId) problems.push(`${at}: action_id too long`);
        }
        break;
      case "context":
        if (block.elements.length > LIMITS.contextElements)
          problems.push(`${at}: ${block.elements.length} elements`);
        if (block.elements.length === 0) problems.push(`${at}: no elements`);
        for (const e of block.elements) if ("text" in e) tooLong("context text", e.text, LIMITS.sectionText);
        break;
      case "table":
        problems.push(...tableProblems(block, at));
        break;
      case "data_visualization":
        problems.push(...chartProblems(block.title, block.chart, at));
        break;
      default:
        break;
    }
  });
  return problems;
}
