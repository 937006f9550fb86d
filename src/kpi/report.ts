import { stringify } from "csv-stringify/sync";
import { officeToday } from "../blocks/dates.ts";
import type { Db } from "../db/open.ts";
import { parseDeadline } from "./deadlines.ts";
import { type DerivedFigure, deriveFigure } from "./derived.ts";
import { KpiError } from "./errors.ts";
import { latestMeasurement, type Measurement } from "./measurements.ts";
import { type KpiItem, type KpiPlan, planOf, resolvePlan } from "./plans.ts";
import { type KpiStatusName, kpiStatus, STATUSES, type StatusResult } from "./status.ts";
import { parseTarget, type Target } from "./targets.ts";

/** The figure a status is computed from, and where it came from. */
export interface KpiFigure {
  value: number;
  source: "recorded" | "derived";
  /** The date the figure describes (derived: today, counted up to then). */
  asOf: string;
  measurement: Measurement | null;
  derived: DerivedFigure | null;
  /** Why this figure and not the other one, when both exist. */
  choice: string | null;
}

export interface KpiRow {
  plan: KpiPlan;
  item: KpiItem;
  position: number;
  kpi: string;
  targetText: string | null;
  target: Target | null;
  /** ISO date the target is due (the period end when the plan prints none or "On-going"). */
  due: string;
  figure: KpiFigure | null;
  status: StatusResult;
}

export interface ReportOptions {
  /** The office time zone; dates such as "today" are read in it. */
  timeZone?: string;
}

const zoneOf = (o: ReportOptions) => o.timeZone ?? "UTC";

/**
 * A recorded figure wins when it describes a date no earlier than the latest thing the derived
 * figure counted: staff recorded it knowing what the catalogue knew.
 */
export function chooseFigure(
  recorded: Measurement | null,
  derived: DerivedFigure | null,
  today: string,
): KpiFigure | null {
  const fromRecorded = (choice: string | null): KpiFigure | null =>
    recorded && {
      value: recorded.value,
      source: "recorded",
      asOf: recorded.asOf,
      measurement: recorded,
      derived,
      choice,
    };
  if (!derived) return fromRecorded(null);
  const fromDerived = (choice: string | null): KpiFigure => ({
    value: derived.value,
    source: "derived",
    asOf: today,
    measurement: recorded,
    derived,
    choice,
  });
  if (!recorded) return fromDerived(null);
  if (derived.asOf === null || recorded.asOf >= derived.asOf) {
    return fromRecorded(
      `recorded figure shown: it is as recent as the derived ${derived.value} (${derived.counted})`,
    );
  }
  return fromDerived(
    `derived figure shown: the recorded ${recorded.value} (as of ${recorded.asOf}) is older`,
  );
}

interface TextRow {
  position: number;
  text: string;
}

/** One row per KPI of an action item (a target printed without its KPI still gets a row). */
export function itemRows(
  db: Db,
  plan: KpiPlan,
  item: KpiItem,
  now: Date,
  options: ReportOptions = {},
): KpiRow[] {
  const zone = zoneOf(options);
  const today = officeToday(now, zone);
  const texts = (table: "kpis" | "targets") =>
    db
      .prepare(`SELECT position, text FROM ${table} WHERE action_item_id = ? ORDER BY position`)
      .all(item.id) as TextRow[];
  const kpis = texts("kpis");
  const targets = texts("targets");
  const positions = [...new Set([...kpis, ...targets].map((r) => r.position))].sort((a, b) => a - b);
  const due = parseDeadline(item.deadline, plan.periodStart, plan.periodEnd) ?? plan.periodEnd;
  const windowEnd = today.localeCompare(plan.periodEnd) < 0 ? today : plan.periodEnd;
  return positions.map((position) => {
    const kpi = kpis.find((k) => k.position === position)?.text ?? "";
    const targetText = targets.find((t) => t.position === position)?.text ?? null;
    const target = targetText === null ? null : parseTarget(targetText);
    const recorded = latestMeasurement(db, { plan, code: item.code, position });
    const derived = kpi
      ? deriveFigure(db, kpi, {
          actionItemId: item.id,
          code: item.code,
          from: plan.periodStart,
          to: windowEnd,
        })
      : null;
    const figure = chooseFigure(recorded, derived, today);
    const status = kpiStatus({
      target,
      figure: figure?.value ?? null,
      periodStart: plan.periodStart,
      periodEnd: plan.periodEnd,
      deadline: due,
      now,
      asOf: figure?.asOf ?? null,
      timeZone: zone,
    });
    return { plan, item, position, kpi, targetText, target, due, figure, status };
  });
}

const ITEM_ORDER = "pillar, length(letter), letter";

function planItems(db: Db, planId: number): KpiItem[] {
  const rows = db
    .prepare(
      `SELECT id, plan_id, pillar, letter, code, deadline FROM action_items WHERE plan_id = ? ORDER BY ${ITEM_ORDER}`,
    )
    .all(planId) as Array<{
    id: number;
    plan_id: number;
    pillar: number;
    letter: string;
    code: string;
    deadline: string | null;
  }>;
  return rows.map((r) => ({
    id: r.id,
    planId: r.plan_id,
    pillar: r.pillar,
    letter: r.letter,
    code: r.code,
    deadline: r.deadline,
  }));
}

/** Every KPI row of a plan, in printed order. */
export function planRows(db: Db, planId: number, now: Date, options: ReportOptions = {}): KpiRow[] {
  const plan = planOf(db, planId);
  if (!plan) throw new KpiError("no_plan", `There is no plan ${planId} in the catalogue.`);
  return planItems(db, planId).flatMap((item) => itemRows(db, plan, item, now, options));
}

export type StatusCounts = Record<KpiStatusName, number>;

export interface PlanOverview {
  plan: KpiPlan;
  pillars: Array<{ pillar: number; items: number; kpis: number; counts: StatusCounts }>;
  totals: StatusCounts;
  /** KPIs behind or missed, in printed order. */
  behind: KpiRow[];
  /** KPIs whose target was not understood. */
  unread: KpiRow[];
}

const zeroCounts = (): StatusCounts => Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;

/** Counts per status per pillar, and the KPIs behind: for `/kpi`, `/kpi behind` and App Home. */
export function planOverview(db: Db, planId: number, now: Date, options: ReportOptions = {}): PlanOverview {
  const rows = planRows(db, planId, now, options);
  const plan = planOf(db, planId) as KpiPlan;
  const items = planItems(db, planId);
  const totals = zeroCounts();
  const pillars = [1, 2, 3, 4].map((pillar) => {
    const counts = zeroCounts();
    const of = rows.filter((r) => r.item.pillar === pillar);
    for (const r of of) {
      counts[r.status.status] += 1;
      totals[r.status.status] += 1;
    }
    return { pillar, items: items.filter((i) => i.pillar === pillar).length, kpis: of.length, counts };
  });
  return {
    plan,
    pillars,
    totals,
    behind: rows.filter((r) => r.status.status === "behind" || r.status.status === "missed"),
    unread: rows.filter((r) => r.target?.kind === "text"),
  };
}

/** Resolves `planSelector` (a plan id, a plan name, or "" for the plan in force) for exports. */
export function planFor(
  db: Db,
  planSelector: number | string,
  now: Date,
  options: ReportOptions = {},
): KpiPlan {
  if (typeof planSelector === "number") {
    const plan = planOf(db, planSelector);
    if (!plan) throw new KpiError("no_plan", `There is no plan ${planSelector} in the catalogue.`);
    return plan;
  }
  return resolvePlan(db, planSelector, officeToday(now, zoneOf(options)));
}

export const CSV_COLUMNS = [
  "plan",
  "item",
  "kpi_no",
  "kpi",
  "target",
  "target_kind",
  "deadline",
  "figure",
  "as_of",
  "source",
  "counted",
  "status",
  "reason",
] as const;

/** The table the office pastes into its annual report: every item and KPI of a plan, with its status. */
export function kpiCsv(
  db: Db,
  planSelector: number | string,
  now: Date,
  options: ReportOptions = {},
): string {
  const plan = planFor(db, planSelector, now, options);
  return csvOf(planRows(db, plan.id, now, options));
}

export function csvOf(kpiRows: readonly KpiRow[]): string {
  const rows = kpiRows.map((r) => [
    r.plan.label,
    r.item.code,
    r.position,
    oneLine(r.kpi),
    oneLine(r.targetText ?? ""),
    r.target?.kind ?? "",
    r.due,
    r.figure ? String(r.figure.value) : "",
    r.figure?.asOf ?? "",
    r.figure?.source ?? "",
    r.figure?.source === "derived" ? (r.figure.derived?.counted ?? "") : (r.figure?.measurement?.note ?? ""),
    r.status.status,
    r.status.reason,
  ]);
  return stringify([[...CSV_COLUMNS], ...rows]);
}

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();
