import type { KnownBlock } from "@slack/types";
import { context, section } from "../blocks/builders.ts";
import { chart } from "../blocks/charts.ts";
import { fiscalYearOf, formatDate } from "../blocks/dates.ts";
import { escapeMrkdwn, oneLine, truncate } from "../blocks/escape.ts";
import type { DataVisualizationBlock, ReplyBlock } from "../blocks/kit.ts";
import { LIMITS } from "../blocks/limits.ts";
import { table, tableLines } from "../blocks/table.ts";
import { FOLLOW_UP_ACTIONS } from "./actions.ts";
import type { PrintedBaseline, PrintedResult } from "./history.ts";
import type { SilentAdministration, WorkshopSurveyStats } from "./status.ts";

// Pure renderers of /survey status: the bot's own figures, the printed history, and who to call.

const pct = (part: number, whole: number) => (whole > 0 ? `${Math.round((part / whole) * 100)}%` : "–");

/** A title for a fixed-width table cell: one line, cut, then escaped (Slack reads `<…>` even in code). */
const cell = (title: string, width: number) => escapeMrkdwn(truncate(oneLine(title), width));

/** Rows as a code-block table in slices of at most one section each, header repeated; at most `maxBlocks`. */
function tableBlocks(rows: string[][], maxBlocks: number): { blocks: KnownBlock[]; text: string } {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  const lines = rows.map((r) =>
    r.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  "),
  );
  const [head = "", ...body] = lines;
  const blocks: KnownBlock[] = [];
  let chunk: string[] = [];
  const flush = () => {
    if (chunk.length > 0 && blocks.length < maxBlocks) {
      blocks.push(section(`\`\`\`${[head, ...chunk].join("\n")}\`\`\``));
    }
    chunk = [];
  };
  for (const l of body) {
    if ([head, ...chunk, l].join("\n").length > LIMITS.sectionText - 100) flush();
    chunk.push(l);
  }
  flush();
  return { blocks, text: lines.join("\n") };
}

const sum = (stats: readonly WorkshopSurveyStats[], f: (s: WorkshopSurveyStats) => number) =>
  stats.reduce((n, s) => n + f(s), 0);

/** The bot's response rate in one sentence, beside the printed baseline when there is one. */
export function rateSummary(stats: readonly WorkshopSurveyStats[], baseline: PrintedBaseline | null): string {
  const sent = sum(stats, (s) => s.sent);
  const answered = sum(stats, (s) => s.answered);
  const adminsSurveyed = sum(stats, (s) => s.administrationsSurveyed);
  const adminsAnswered = sum(stats, (s) => s.administrationsAnswered);
  const parts = [
    `Follow-up survey (ROCB Desk): ${sum(stats, (s) => s.participants)} participants, ${sent} surveyed ` +
      `(Slack ${sum(stats, (s) => s.sentBy.slack)}, e-mail ${sum(stats, (s) => s.sentBy.email)}), ` +
      `${answered} answered (${pct(answered, sent)}; Slack ${sum(stats, (s) => s.answeredOn.slack)}, ` +
      `web ${sum(stats, (s) => s.answeredOn.web)}), ${sum(stats, (s) => s.unreachable)} unreachable.`,
    `Administrations: ${adminsAnswered} of ${adminsSurveyed} answered (${pct(adminsAnswered, adminsSurveyed)}).`,
  ];
  if (baseline) {
    parts.push(
      `Printed baseline, FY${baseline.fiscalYear}: ${baseline.replies} of ${baseline.administrations} administrations answered (${pct(baseline.replies, baseline.administrations)}).`,
    );
  }
  return parts.join(" ");
}

/**
 * Rows as Slack's table block when `native` (one per message), else as a code-block table; the text
 * carries the same rows either way.
 */
function rowsBlocks(rows: string[][], native: boolean, maxBlocks: number) {
  if (!native) return tableBlocks(rows, maxBlocks);
  const [head = [], ...body] = rows;
  const block = table(
    head.map((title, i) => (i === 0 ? { title, width: 80, wrap: true } : { title, align: "right" as const })),
    body,
  );
  // The cells are raw text; the message's `text` is read as mrkdwn, so its copy of them is escaped.
  return { blocks: [block] as ReplyBlock[], text: tableLines(block).map(escapeMrkdwn).join("\n") };
}

/** The bot's figures per workshop (the shape of Annex IV, with channels and administrations). */
export function statsBlocks(
  stats: readonly WorkshopSurveyStats[],
  baseline: PrintedBaseline | null,
  native = true,
) {
  const header = [
    "Workshop",
    "Ended",
    "Partic.",
    "Surveyed",
    "E-mail",
    "Unreach.",
    "Answered",
    "Web",
    "Rate",
    "Adm.",
    "Adm.ans.",
    "Adm.rate",
    ...FOLLOW_UP_ACTIONS.map((a) => a.short),
  ];
  const row = (s: WorkshopSurveyStats): string[] => [
    native ? `${s.workshopId} ${oneLine(s.title)}` : `${s.workshopId} ${cell(s.title, 34)}`,
    s.endDate ?? "no date",
    String(s.participants),
    String(s.sent),
    String(s.sentBy.email),
    String(s.unreachable),
    String(s.answered),
    String(s.answeredOn.web),
    pct(s.answered, s.sent),
    String(s.administrationsSurveyed),
    String(s.administrationsAnswered),
    pct(s.administrationsAnswered, s.administrationsSurveyed),
    ...FOLLOW_UP_ACTIONS.map((a) => String(s.actions[a.key])),
  ];
  const summary = rateSummary(stats, baseline);
  const rows = rowsBlocks([header, ...stats.map(row)], native, 30);
  return {
    text: `${summary}\n${rows.text}`,
    blocks: [
      section(`*${summary}*`),
      ...rows.blocks,
      context(
        "Surveyed = first message sent (Slack DM or e-mail). Rate = answered ÷ surveyed; Adm.rate = administrations with an answer ÷ administrations surveyed, as the annual report counts. Columns after Adm.rate count answers per follow-up action.",
      ),
    ] as ReplyBlock[],
  };
}

/** Printed results, clearly marked as history from an annual report, never as the bot's own survey. */
export function printedBlocks(rows: readonly PrintedResult[], native = true) {
  const years = [...new Set(rows.map((r) => r.fiscalYear))].map((y) => `FY${y}`).join(", ");
  const header = [
    "#",
    "Workshop",
    "Month",
    "Admins",
    "Replies",
    "Rate",
    ...FOLLOW_UP_ACTIONS.map((a) => a.short),
  ];
  const body = rows.map((r, i) => [
    String(i + 1),
    native ? oneLine(r.title) : cell(r.title, 60),
    r.month ?? "",
    String(r.administrations ?? "–"),
    String(r.replies ?? "–"),
    r.administrations && r.replies !== null ? pct(r.replies, r.administrations) : "–",
    ...FOLLOW_UP_ACTIONS.map((a) => String(r.actions[a.key] ?? "–")),
  ]);
  const admins = rows.reduce((n, r) => n + (r.administrations ?? 0), 0);
  const replies = rows.reduce((n, r) => n + (r.replies ?? 0), 0);
  const title = `Printed results, ${years} (annual report, Annex IV): ${replies} of ${admins} administrations answered (${pct(replies, admins)}) over ${rows.length} workshop${rows.length === 1 ? "" : "s"}.`;
  const shown = rowsBlocks([header, ...body], native, 10);
  return {
    text: `${title}\n${shown.text}`,
    blocks: [
      section(`*${title}*`),
      ...shown.blocks,
      context("History as printed in the office's annual report, not collected by ROCB Desk."),
    ] as ReplyBlock[],
  };
}

/** Administrations nudged without any answer, for staff to follow up by hand. */
export function silentBlocks(silent: readonly SilentAdministration[]): KnownBlock[] {
  if (silent.length === 0) return [];
  const shown = silent
    .slice(0, 30)
    .map((s) => `• ${cell(s.administration, 60)}: ${s.workshopId} ${cell(s.title, 60)} (${s.nudged} nudged)`);
  const more = silent.length > 30 ? `\n…and ${silent.length - 30} more (see \`/survey export\`).` : "";
  return [
    section(
      `*No answer after the nudge*: contact these administrations another way.\n${shown.join("\n")}${more}`,
    ),
  ];
}

/**
 * "Replies per workshop" of printed results: administrations surveyed and replies for each workshop, labelled
 * by its row number in the table beside it and its month (the first 20 rows).
 */
export function printedChart(rows: readonly PrintedResult[]): DataVisualizationBlock {
  const years = [...new Set(rows.map((r) => r.fiscalYear))].map((y) => `FY${y}`).join(", ");
  const shown = rows.slice(0, 20);
  return chart({
    title: `Replies per workshop, ${years} (printed)`,
    type: "bar",
    categories: shown.map((r, i) => `${i + 1}${r.month ? ` ${formatDate(r.month)}` : ""}`),
    series: [
      { name: "Administrations", values: shown.map((r) => r.administrations) },
      { name: "Replies", values: shown.map((r) => r.replies) },
    ],
    xLabel: "workshop (# in the table)",
  });
}

/** The bot's own "replies per workshop": surveyed and answered for each workshop (the first 20). */
export function statsChart(stats: readonly WorkshopSurveyStats[], title: string): DataVisualizationBlock {
  const shown = stats.slice(0, 20);
  return chart({
    title,
    type: "bar",
    categories: shown.map((s) => `${s.workshopId} ${s.title}`),
    series: [
      { name: "Surveyed", values: shown.map((s) => s.sent) },
      { name: "Answered", values: shown.map((s) => s.answered) },
    ],
    xLabel: "workshop (id and title)",
  });
}

/**
 * "Response rate per fiscal year": administrations answering out of those surveyed, as the annual report
 * counts, for the printed years and for the bot's own, against the printed baseline as a flat line.
 */
export function rateChart(
  stats: readonly WorkshopSurveyStats[],
  printed: readonly PrintedResult[],
  baseline: PrintedBaseline | null,
): DataVisualizationBlock | null {
  const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : null);
  const own = new Map<string, { surveyed: number; answered: number }>();
  for (const s of stats) {
    if (!s.endDate || s.administrationsSurveyed === 0) continue;
    const fy = fiscalYearOf(s.endDate);
    const sum = own.get(fy) ?? { surveyed: 0, answered: 0 };
    own.set(fy, {
      surveyed: sum.surveyed + s.administrationsSurveyed,
      answered: sum.answered + s.administrationsAnswered,
    });
  }
  const history = new Map<string, { surveyed: number; answered: number }>();
  for (const r of printed) {
    const sum = history.get(r.fiscalYear) ?? { surveyed: 0, answered: 0 };
    history.set(r.fiscalYear, {
      surveyed: sum.surveyed + (r.administrations ?? 0),
      answered: sum.answered + (r.replies ?? 0),
    });
  }
  const years = [...new Set([...history.keys(), ...own.keys()])].sort().slice(-20);
  if (years.length === 0) return null;
  const series = [
    { name: "Printed (Annex IV)", values: years.map((y) => rateOf(history.get(y), rate)) },
    { name: "ROCB Desk", values: years.map((y) => rateOf(own.get(y), rate)) },
  ];
  if (baseline) {
    const line = rate(baseline.replies, baseline.administrations);
    series.push({ name: `Baseline FY${baseline.fiscalYear}`, values: years.map(() => line) });
  }
  return chart({
    title: "Follow-up survey response rate per fiscal year",
    type: "line",
    categories: years.map((y) => `FY${y}`),
    series: series.filter((s) => s.values.some((v) => v !== null)),
    yLabel: "% of administrations surveyed that answered",
  });
}

const rateOf = (
  sum: { surveyed: number; answered: number } | undefined,
  rate: (part: number, whole: number) => number | null,
) => (sum ? rate(sum.answered, sum.surveyed) : null);
