import { DateTime } from "luxon";
import { formatDate } from "../blocks/dates.ts";
import { rateUnit, type Target, targetTotal } from "./targets.ts";

export type KpiStatusName = "met" | "on track" | "at risk" | "behind" | "missed" | "no data";

/** Display order, best first; overviews count in this order. */
export const STATUSES: readonly KpiStatusName[] = [
  "met",
  "on track",
  "at risk",
  "behind",
  "missed",
  "no data",
];

/** A cumulative figure is "at risk" (not "behind") from this share of the prorated target upward. */
export const AT_RISK_OF_PACE = 2 / 3;
/** A level (score, share, growth) is "at risk" (not "behind") from this share of its target upward. */
export const AT_RISK_OF_LEVEL = 0.9;

export interface StatusInput {
  target: Target | null;
  figure: number | null;
  /** ISO dates of the plan period. */
  periodStart: string;
  periodEnd: string;
  /** ISO date the target is due; null = the end of the period. */
  deadline: string | null;
  now: Date;
  /** ISO date the figure describes; the elapsed share is measured then, not now. */
  asOf?: string | null;
  /** Zone in which the dates are read; the office time zone. */
  timeZone?: string;
}

export interface StatusResult {
  status: KpiStatusName;
  /** "25 of 27 Members, 93%; 75% of the period elapsed → on track" */
  reason: string;
  /** Figure over the target (may exceed 1); null without both. */
  progress: number | null;
  /** Share of the window from period start to deadline elapsed when the figure was taken. */
  elapsed: number | null;
}

const num = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const pct = (n: number) => `${Math.round(n * 100)}%`;

function noData(reason: string, progress: number | null = null): StatusResult {
  return { status: "no data", reason: `${reason} → no data`, progress, elapsed: null };
}

// A plan's KPIs share a handful of dates and one `now`: each DateTime (immutable) is built once and
// reused, rather than parsed and shifted across zones again for every KPI of every report.
const MEMO_LIMIT = 4096;
const starts = new Map<string, DateTime>();
const ends = new Map<string, DateTime>();
const spans = new Map<string, number>();

function remembered<T>(memo: Map<string, T>, key: string, make: () => T): T {
  let value = memo.get(key);
  if (value === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    value = make();
    memo.set(key, value);
  }
  return value;
}

const dayStart = (iso: string, zone: string) =>
  remembered(starts, `${zone}|${iso}`, () => DateTime.fromISO(iso, { zone }).startOf("day"));

/** The start of the next day: when the day of `iso` is over. */
const dayEnd = (iso: string, zone: string) =>
  remembered(ends, `${zone}|${iso}`, () => DateTime.fromISO(iso, { zone }).plus({ days: 1 }).startOf("day"));

const windowMonths = (start: DateTime, end: DateTime, key: string) =>
  remembered(spans, key, () => Math.round(end.diff(start, "months").months));

const between = new Map<string, number>();

const monthsBetween = (from: DateTime, to: DateTime, zone: string) =>
  remembered(between, `${zone}|${from.toMillis()}|${to.toMillis()}`, () => to.diff(from, "months").months);

let lastNow: { ms: number; zone: string; at: DateTime } | null = null;

function instant(now: Date, zone: string): DateTime {
  const ms = now.getTime();
  if (lastNow?.ms !== ms || lastNow.zone !== zone)
    lastNow = { ms, zone, at: DateTime.fromJSDate(now, { zone }) };
  return lastNow.at;
}

/**
 * The documented status rule (src/kpi/README.md): counts of Members, counts and rates are prorated
 * over the elapsed part of the window from period start to deadline; scores, shares and growth are
 * levels compared as they stand. After the deadline a KPI is met or missed.
 */
export function kpiStatus(input: StatusInput): StatusResult {
  const { target, figure } = input;
  if (!target) return noData("no target in the plan");
  if (target.kind === "text") return noData(`target not understood ("${target.text.trim()}")`);
  if (figure === null) return noData("no figure yet");

  const zone = input.timeZone ?? "UTC";
  const start = dayStart(input.periodStart, zone);
  const due = input.deadline && input.deadline >= input.periodStart ? input.deadline : input.periodEnd;
  // The window ends when the deadline's day does, i.e. at the start of the next day.
  const end = dayEnd(due, zone);
  const now = instant(input.now, zone);
  const taken = input.asOf ? dayEnd(input.asOf, zone) : now;
  const at = DateTime.min(taken, now);
  const span = end.toMillis() - start.toMillis();
  const elapsed = span > 0 ? Math.min(1, Math.max(0, (at.toMillis() - start.toMillis()) / span)) : 1;
  const afterDeadline = now >= end;
  const months = windowMonths(start, end, `${zone}|${input.periodStart}|${due}`);
  const deadlineText = formatDate(due);

  const total = targetTotal(target, months);
  if (total !== null) {
    const progress = figure / total;
    const what =
      target.kind === "rate"
        ? rateFigure(figure, target, monthsBetween(start, at, zone))
        : `${num(figure)} of ${total} ${target.kind === "count" ? target.unit : "Members"}, ${pct(progress)}`;
    if (figure >= total) return { status: "met", reason: `${what} → met`, progress, elapsed };
    if (afterDeadline)
      return {
        status: "missed",
        reason: `${what} at the deadline (${deadlineText}) → missed`,
        progress,
        elapsed,
      };
    const expected = total * elapsed;
    const status: KpiStatusName =
      figure >= Math.floor(expected)
        ? "on track"
        : figure >= expected * AT_RISK_OF_PACE
          ? "at risk"
          : "behind";
    return {
      status,
      reason: `${what}; ${pct(elapsed)} of the period elapsed → ${status}`,
      progress,
      elapsed,
    };
  }

  const goal = levelGoal(target);
  const progress = goal > 0 ? figure / goal : 1;
  const what = `${levelFigure(figure, target)} against ${levelTarget(target)}`;
  if (afterDeadline) {
    const status: KpiStatusName = figure >= goal ? "met" : "missed";
    return { status, reason: `${what} at the deadline (${deadlineText}) → ${status}`, progress, elapsed };
  }
  const status: KpiStatusName =
    figure >= goal ? "on track" : figure >= goal * AT_RISK_OF_LEVEL ? "at risk" : "behind";
  return { status, reason: `${what} → ${status}`, progress, elapsed };
}

function rateFigure(figure: number, target: Extract<Target, { kind: "rate" }>, monthsSoFar: number): string {
  const noun = (n: number) => (target.unit === "Members" ? "Members" : n === 1 ? "time" : "times");
  const per = rateUnit(target.everyMonths);
  const rate = Math.round((figure / monthsSoFar) * target.everyMonths * 10) / 10;
  const soFar = monthsSoFar >= 1 ? `, ${num(rate)} per ${per}` : "";
  const least = target.atLeast ? "at least " : "";
  return `${num(figure)} ${noun(figure)} so far${soFar}, against ${least}${target.times} ${noun(target.times)} per ${per}`;
}

function levelGoal(target: Target): number {
  switch (target.kind) {
    case "score":
      return target.score;
    case "share":
      return target.percent;
    case "growth":
      return target.percentPerYear;
    default:
      return 0;
  }
}

function levelFigure(figure: number, target: Target): string {
  if (target.kind === "score") return `average ${num(figure)} out of ${target.outOf}`;
  if (target.kind === "growth") return `${num(figure)}% annual growth`;
  return `${num(figure)}%`;
}

function levelTarget(target: Target): string {
  const least = target.kind !== "text" && target.atLeast ? "at least " : "";
  if (target.kind === "score") return `${least}${num(target.score)}`;
  if (target.kind === "growth") return `${least}${num(target.percentPerYear)}%`;
  if (target.kind === "share") return `${least}${num(Math.round(target.percent * 10) / 10)}% of ${target.of}`;
  return target.text;
}

/** `█████████░ 93%`: ten cells, the figure against the target. */
export function progressBar(progress: number | null, cells = 10): string {
  if (progress === null || !Number.isFinite(progress)) return "";
  const shown = Math.min(1, Math.max(0, progress));
  const full = progress >= 1 ? cells : Math.min(cells - 1, Math.round(shown * cells));
  return `${"█".repeat(full)}${"░".repeat(cells - full)} ${Math.round(progress * 100)}%`;
}
