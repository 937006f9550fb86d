import type { KnownBlock } from "@slack/types";
import { context, header, section } from "../blocks/builders.ts";
import { formatDate } from "../blocks/dates.ts";
import { escapeMrkdwn as esc, oneLine, truncate } from "../blocks/escape.ts";
import type { Measurement } from "./measurements.ts";
import type { KpiPlan } from "./plans.ts";
import type { KpiRow, PlanOverview, StatusCounts } from "./report.ts";
import { progressBar, STATUSES } from "./status.ts";

// Pure builders: KPI rows and overviews to mrkdwn lines and blocks.

const who = (userId: string) => (/^[UW][A-Z0-9]{2,}$/.test(userId) ? `<@${userId}>` : esc(userId));

/** `1-(i)#2` for the second KPI, `1-(h)` for the first. */
export const kpiRef = (row: Pick<KpiRow, "item" | "position">) =>
  row.position > 1 ? `${row.item.code}#${row.position}` : row.item.code;

const boldStatus = (reason: string) => esc(reason).replace(/→ ([a-z ]+)$/, "→ *$1*");

function recordedText(m: Measurement): string {
  const note = m.note ? `: “${esc(truncate(oneLine(m.note), 200))}”` : "";
  return `recorded by ${who(m.recordedBy)} as of ${formatDate(m.asOf)}${note}`;
}

/** Where the figure comes from, in words. */
export function figureSource(row: KpiRow): string {
  const f = row.figure;
  if (!f) {
    const set = `/kpi set ${row.plan.label} ${kpiRef(row)} <figure>`;
    return row.target?.kind === "text" ? "" : `record one with \`${set}\``;
  }
  const main =
    f.source === "recorded" && f.measurement
      ? recordedText(f.measurement)
      : `derived: ${esc(f.derived?.counted ?? "counted from the catalogue")}`;
  return f.choice ? `${main} (${esc(f.choice)})` : main;
}

/** One KPI: what it measures, its target, a progress bar and the status with its reason. */
export function kpiLine(row: KpiRow): string {
  const kpi = row.kpi ? ` ${esc(truncate(oneLine(row.kpi), 200))}` : "";
  const target = row.targetText ? `_${esc(truncate(oneLine(row.targetText), 200))}_` : "not given";
  const unread = row.target?.kind === "text" ? " (not understood)" : "";
  const bar = progressBar(row.status.progress);
  const source = figureSource(row);
  return [
    `*KPI ${row.position}*${kpi} · target ${target}${unread}`,
    `${bar ? `\`${bar}\` ` : ""}${boldStatus(row.status.reason)}`,
    source ? `_${source}_` : "",
  ]
    .filter(Boolean)
    .join("\n");
}

function countsText(counts: StatusCounts): string {
  const parts = STATUSES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  return parts.length ? parts.join(" · ") : "no KPIs";
}

/** An item behind, on one line: `• 1-(h) KPI 1 … → behind`. */
export function behindLine(row: KpiRow): string {
  const kpi = row.kpi ? ` ${esc(truncate(oneLine(row.kpi), 80))}` : "";
  return `• *${kpiRef(row)}*${kpi}: ${boldStatus(row.status.reason)}`;
}

/** The plan by pillar with counts per status, then the KPIs behind (up to `maxBehind`). */
export function overviewBlocks(o: PlanOverview, maxBehind = 10): KnownBlock[] {
  const blocks: KnownBlock[] = [
    header(`KPI status · ${o.plan.label}`),
    context(`${formatDate(o.plan.periodStart)} to ${formatDate(o.plan.periodEnd)} · ${countsText(o.totals)}`),
  ];
  for (const p of o.pillars) {
    const items = `${p.items} item${p.items === 1 ? "" : "s"}, ${p.kpis} KPI${p.kpis === 1 ? "" : "s"}`;
    blocks.push(section(`*Pillar ${p.pillar}* · ${items}\n${countsText(p.counts)}`));
  }
  if (o.behind.length) {
    const shown = o.behind.slice(0, maxBehind).map(behindLine);
    if (o.behind.length > maxBehind) shown.push(`…and ${o.behind.length - maxBehind} more: \`/kpi behind\`.`);
    blocks.push(section(`*Behind or missed* (${o.behind.length})\n${shown.join("\n")}`));
  } else {
    blocks.push(section("No KPI is behind."));
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

export function historyBlocks(row: KpiRow, history: Measurement[], inUse: Measurement | null): KnownBlock[] {
  const blocks: KnownBlock[] = [
    header(`${kpiRef(row)} · ${row.plan.label} · history`),
    section(kpiLine(row)),
  ];
  if (history.length === 0) {
    blocks.push(section(`No figure has been recorded for ${kpiRef(row)} in ${row.plan.label} yet.`));
    return blocks;
  }
  const lines = history.map((m) => {
    const note = m.note ? `: “${esc(truncate(oneLine(m.note), 200))}”` : "";
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
