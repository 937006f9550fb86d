import type { TableBlock } from "@slack/types";
import { context, header, section } from "../blocks/builders.ts";
import { chart } from "../blocks/charts.ts";
import { formatDate } from "../blocks/dates.ts";
import { escapeMrkdwn as esc, quote } from "../blocks/escape.ts";
import type { DataVisualizationBlock, ReplyBlock } from "../blocks/kit.ts";
import { table } from "../blocks/table.ts";
import type { Measurement } from "./measurements.ts";
import type { KpiPlan } from "./plans.ts";
import type { KpiRow, PlanOverview, StatusCounts } from "./report.ts";
import { type KpiStatusName, progressBar, STATUSES } from "./status.ts";

// Pure builders: KPI rows and overviews to mrkdwn lines and blocks.

const who = (userId: string) => (/^[UW][A-Z0-9]{2,}$/.test(userId) ? `<@${userId}>` : esc(userId));

/** `1-(i)#2` for the second KPI, `1-(h)` for the first. */
export const kpiRef = (row: Pick<KpiRow, "item" | "position">) =>
  row.position > 1 ? `${row.item.code}#${row.position}` : row.item.code;

const boldStatus = (reason: string) => esc(reason).replace(/→ ([a-z ]+)$/, "→ *$1*");

function recordedText(m: Measurement): string {
  const note = m.note ? `: “${quote(m.note, 200)}”` : "";
  return `recorded by ${who(m.recordedBy)} as of ${formatDate(m.asOf)}${note}`;
}

/** Who reads a KPI line: staff see where figures come from and how to record one; everyone sees the status. */
export interface KpiView {
  staff: boolean;
  /** Office today (ISO): past a deadline, a missing figure is said to be missing, not pending. */
  today: string;
}

/** Where the figure comes from, in words; the plumbing (derivations, commands) only for staff. */
function figureSource(row: KpiRow, view: KpiView): string {
  const f = row.figure;
  if (!f) {
    const set = `/kpi set ${row.plan.label} ${kpiRef(row)} <figure>`;
    return row.target?.kind === "text" || !view.staff ? "" : `record one with \`${esc(set)}\``;
  }
  if (!view.staff) return f.source === "recorded" ? `recorded as of ${formatDate(f.asOf)}` : "";
  const main =
    f.source === "recorded" && f.measurement
      ? recordedText(f.measurement)
      : `derived: ${esc(f.derived?.counted ?? "counted from the catalogue")}`;
  return f.choice ? `${main} (${esc(f.choice)})` : main;
}

const hasTarget = (row: KpiRow) => row.target !== null && row.target.kind !== "text";

/** The status reason, saying that a figure never came once the deadline has passed. */
function reasonOf(row: KpiRow, view: KpiView): string {
  if (!row.figure && hasTarget(row) && row.due < view.today)
    return `no figure recorded by the deadline (${formatDate(row.due)}) → no data`;
  return row.status.reason;
}

/** One KPI: what it measures, its target, a progress bar and the status with its reason. */
export function kpiLine(row: KpiRow, view: KpiView): string {
  const kpi = row.kpi ? ` ${quote(row.kpi, 200)}` : "";
  const target = row.targetText ? `_${quote(row.targetText, 200)}_` : "not given";
  const unread = row.target?.kind === "text" ? " (not understood)" : "";
  const bar = progressBar(row.status.progress);
  const source = figureSource(row, view);
  return [
    `*KPI ${row.position}*${kpi} · target ${target}${unread}`,
    `${bar ? `\`${bar}\` ` : ""}${boldStatus(reasonOf(row, view))}`,
    source ? `_${source}_` : "",
  ]
    .filter(Boolean)
    .join("\n");
}

/** KPIs whose status cannot be judged, and why. */
export interface KpiGaps {
  total: number;
  /** No target in the plan, or one that was not understood. */
  noTarget: number;
  /** A target, but no figure recorded or derived. */
  noFigure: number;
  /** Of `noFigure`, those whose deadline has passed. */
  pastDeadline: number;
}

export function kpiGaps(rows: readonly KpiRow[], today: string): KpiGaps {
  const noFigure = rows.filter((r) => hasTarget(r) && !r.figure);
  return {
    total: rows.length,
    noTarget: rows.filter((r) => !hasTarget(r)).length,
    noFigure: noFigure.length,
    pastDeadline: noFigure.filter((r) => r.due < today).length,
  };
}

const kpis = (n: number) => `${n} KPI${n === 1 ? "" : "s"}`;

const have = (n: number) => `${n} ${n === 1 ? "has" : "have"}`;

/**
 * "Of 60 KPIs, 41 have no target in the plan and 19 have no figure recorded by the deadline", and what to do;
 * empty when every KPI can be judged.
 */
export function gapsText(g: KpiGaps, staff: boolean, planLabel: string): string {
  if (g.noTarget + g.noFigure === 0) return "";
  const when =
    g.pastDeadline === g.noFigure
      ? " by the deadline"
      : g.pastDeadline
        ? ` (${g.pastDeadline} past the deadline)`
        : " yet";
  const parts = [
    g.noTarget ? `${have(g.noTarget)} no target in the plan` : "",
    g.noFigure ? `${have(g.noFigure)} no figure recorded${when}` : "",
  ].filter(Boolean);
  const todo = staff
    ? `Record figures with \`/kpi set ${planLabel} 1-(a) 25\`; a KPI without a target can be reported but not judged.`
    : "Their status cannot be judged; ROCB staff record figures as they come in.";
  return `Of ${kpis(g.total)}, ${parts.join(" and ")}. ${todo}`;
}

function countsText(counts: StatusCounts): string {
  const parts = STATUSES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  return parts.length ? parts.join(" · ") : "no KPIs";
}

/** An item behind, on one line: `• 1-(h) KPI 1 … → behind`. */
export function behindLine(row: KpiRow): string {
  const kpi = row.kpi ? ` ${quote(row.kpi, 80)}` : "";
  return `• *${kpiRef(row)}*${kpi}: ${boldStatus(row.status.reason)}`;
}

/** What an overview may add to the counts: the KPIs that cannot be judged, for whom, and today. */
export interface OverviewGaps {
  gaps: KpiGaps;
  /** The same per pillar, pillars 1 to 4 in order. */
  pillarGaps: KpiGaps[];
  staff: boolean;
  today: string;
}

/** "1 Jul 2024 to 30 Jun 2025 (ended)". */
export function periodText(
  plan: Pick<KpiPlan, "periodStart" | "periodEnd">,
  today: string | undefined,
): string {
  const ended = today && plan.periodEnd < today ? " (ended)" : "";
  return `${formatDate(plan.periodStart)} to ${formatDate(plan.periodEnd)}${ended}`;
}

const STATUS_TITLES: Record<KpiStatusName, string> = {
  met: "Met",
  "on track": "On track",
  "at risk": "At risk",
  behind: "Behind",
  missed: "Missed",
  "no data": "No data",
};

/**
 * The plan's KPIs by pillar as a table: items, KPIs, how many have each status, and of those without data
 * how many have no target in the plan and how many no figure. A row "All" adds them up.
 */
export function overviewTable(o: PlanOverview & Partial<OverviewGaps>): TableBlock {
  const judged = STATUSES.filter((s) => s !== "no data");
  const gapsOf = (pillar: number | null) => {
    const g = pillar === null ? o.gaps : o.pillarGaps?.[pillar - 1];
    return g ? [g.noTarget, g.noFigure] : [null, null];
  };
  const rows = o.pillars.map((p) => [
    `Pillar ${p.pillar}`,
    p.items,
    p.kpis,
    ...judged.map((s) => p.counts[s]),
    ...gapsOf(p.pillar),
  ]);
  const items = o.pillars.reduce((n, p) => n + p.items, 0);
  const kpiCount = o.pillars.reduce((n, p) => n + p.kpis, 0);
  rows.push(["All", items, kpiCount, ...judged.map((s) => o.totals[s]), ...gapsOf(null)]);
  const count = (title: string) => ({ title, align: "right" as const });
  return table(
    [
      { title: "Pillar" },
      count("Items"),
      count("KPIs"),
      ...judged.map((s) => count(STATUS_TITLES[s])),
      count("No target"),
      count("No figure"),
    ],
    rows,
  );
}

/** "KPI status per pillar": one bar per status that occurs, in each pillar. */
export function statusChart(o: PlanOverview): DataVisualizationBlock {
  const used = STATUSES.filter((s) => o.totals[s] > 0);
  return chart({
    title: `KPI status per pillar · ${o.plan.label}`,
    type: "bar",
    categories: o.pillars.map((p) => `Pillar ${p.pillar}`),
    series: (used.length ? used : STATUSES.slice(-1)).map((s) => ({
      name: STATUS_TITLES[s],
      values: o.pillars.map((p) => p.counts[s]),
    })),
    yLabel: "KPIs",
  });
}

/** The plan by pillar: a chart and a table of statuses, then the KPIs behind (up to `maxBehind`). */
export function overviewBlocks(o: PlanOverview & Partial<OverviewGaps>, maxBehind = 10): ReplyBlock[] {
  const blocks: ReplyBlock[] = [
    header(`KPI status · ${o.plan.label}`),
    context(`${periodText(o.plan, o.today)} · ${countsText(o.totals)}`),
    statusChart(o),
    overviewTable(o),
  ];
  if (o.behind.length) {
    const shown = o.behind.slice(0, maxBehind).map(behindLine);
    if (o.behind.length > maxBehind) shown.push(`…and ${o.behind.length - maxBehind} more: \`/kpi behind\`.`);
    blocks.push(section(`*Behind or missed* (${o.behind.length})\n${shown.join("\n")}`));
  } else {
    const gaps = o.gaps ? gapsText(o.gaps, o.staff ?? false, o.plan.label) : "";
    blocks.push(section(gaps ? `No KPI is known to be behind. ${gaps}` : "No KPI is behind."));
  }
  if (o.unread.length) {
    blocks.push(
      context(
        `${o.unread.length} target${o.unread.length === 1 ? " was" : "s were"} not understood and count as no data.`,
      ),
    );
  }
  return blocks;
}

/** The KPIs behind or missed as a table: item, KPI, target, status and why. */
export function behindTable(rows: readonly KpiRow[]): TableBlock {
  return table(
    [
      { title: "Item" },
      { title: "KPI", width: 120, wrap: true },
      { title: "Target", width: 80, wrap: true },
      { title: "Status" },
      { title: "Why", width: 160, wrap: true },
    ],
    rows.map((r) => [kpiRef(r), r.kpi, r.targetText, r.status.status, r.status.reason]),
  );
}

export function historyBlocks(
  row: KpiRow,
  history: Measurement[],
  inUse: Measurement | null,
  view: KpiView,
): ReplyBlock[] {
  const blocks: ReplyBlock[] = [
    header(`${kpiRef(row)} · ${row.plan.label} · history`),
    section(kpiLine(row, view)),
  ];
  if (history.length === 0) {
    blocks.push(section(`No figure has been recorded for ${kpiRef(row)} in ${row.plan.label} yet.`));
    return blocks;
  }
  const lines = history.map((m) => {
    const note = m.note ? `: “${quote(m.note, 200)}”` : "";
    const current = inUse?.id === m.id ? " · *in use*" : "";
    const when = formatDate(m.recordedAt.slice(0, 10));
    return `• *${m.value}* as of ${formatDate(m.asOf)} · by ${who(m.recordedBy)} on ${when}${note}${current}`;
  });
  blocks.push(section(`*Recorded, newest first*\n${lines.join("\n")}`));
  return blocks;
}

export function planTitle(plan: KpiPlan): string {
  return `${plan.label} (${formatDate(plan.periodStart)} to ${formatDate(plan.periodEnd)})`;
}
