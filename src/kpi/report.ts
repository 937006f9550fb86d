import { officeToday } from "../blocks/dates.ts";
import type { Db } from "../db/open.ts";
import { stmt } from "../db/statements.ts";
import { spreadsheetCsv } from "../export/csv.ts";
import { type DeriveContext, type DerivedFigure, deriveFigure } from "./derived.ts";
import { KpiError } from "./errors.ts";
import { latestMeasurement, type Measurement, measurementKey } from "./measurements.ts";
import { dueOf, type PlanData, planData, type TextRow } from "./plan-data.ts";
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

const recordedFigure = (
  recorded: Measurement,
  derived: DerivedFigure | null,
  choice: string | null,
): KpiFigure => ({
  value: recorded.value,
  source: "recorded",
  asOf: recorded.asOf,
  measurement: recorded,
  derived,
  choice,
});

const derivedFigure = (
  derived: DerivedFigure,
  recorded: Measurement | null,
  today: string,
  choice: string | null,
): KpiFigure => ({
  value: derived.value,
  source: "derived",
  asOf: today,
  measurement: recorded,
  derived,
  choice,
});

/**
 * A recorded figure wins when it describes a date no earlier than the latest thing the derived
 * figure counted: staff recorded it knowing what the catalogue knew.
 */
export function chooseFigure(
  recorded: Measurement | null,
  derived: DerivedFigure | null,
  today: string,
): KpiFigure | null {
  if (!derived) return recorded && recordedFigure(recorded, null, null);
  if (!recorded) return derivedFigure(derived, null, today, null);
  if (derived.asOf === null || recorded.asOf >= derived.asOf) {
    return recordedFigure(
      recorded,
      derived,
      `recorded figure shown: it is as recent as the derived ${derived.value} (${derived.counted})`,
    );
  }
  return derivedFigure(
    derived,
    recorded,
    today,
    `derived figure shown: the recorded ${recorded.value} (as of ${recorded.asOf}) is older`,
  );
}

/** Where recorded and derived figures come from: per KPI, or loaded for a whole plan at once. */
interface FigureSource {
  latest(item: KpiItem, position: number): Measurement | null;
  derive(kpi: string, c: DeriveContext): DerivedFigure | null;
}

/** The dates every row of a plan is read against. */
interface Window {
  zone: string;
  today: string;
  /** The plan period cut to today. */
  windowEnd: string;
}

function windowOf(plan: KpiPlan, now: Date, options: ReportOptions): Window {
  const zone = zoneOf(options);
  const today = officeToday(now, zone);
  return { zone, today, windowEnd: today.localeCompare(plan.periodEnd) < 0 ? today : plan.periodEnd };
}

const ascending = (a: number, b: number) => a - b;

// Printed targets repeat across items, plans and reports; each is read once. Targets are flat, so
// every row still gets an object of its own.
const MEMO_LIMIT = 4096;
const readTargets = new Map<string, Target>();

function targetOf(text: string): Target {
  let target = readTargets.get(text);
  if (!target) {
    if (readTargets.size >= MEMO_LIMIT) readTargets.clear();
    target = parseTarget(text);
    readTargets.set(text, target);
  }
  return { ...target };
}

function textAt(rows: readonly TextRow[], position: number): string | null {
  for (const r of rows) if (r.position === position) return r.text;
  return null;
}

// Plain loops: this runs for every KPI of a plan on each overview.
function rowsOf(
  plan: KpiPlan,
  item: KpiItem,
  due: string,
  kpis: readonly TextRow[],
  targets: readonly TextRow[],
  source: FigureSource,
  now: Date,
  w: Window,
): KpiRow[] {
  const positions: number[] = [];
  for (const r of kpis) if (!positions.includes(r.position)) positions.push(r.position);
  for (const r of targets) if (!positions.includes(r.position)) positions.push(r.position);
  positions.sort(ascending);
  const rows: KpiRow[] = [];
  for (const position of positions) {
    const kpi = textAt(kpis, position) ?? "";
    const targetText = textAt(targets, position);
    const target = targetText === null ? null : targetOf(targetText);
    const recorded = source.latest(item, position);
    const derived = kpi
      ? source.derive(kpi, {
          actionItemId: item.id,
          code: item.code,
          from: plan.periodStart,
          to: w.windowEnd,
        })
      : null;
    const figure = chooseFigure(recorded, derived, w.today);
    const status = kpiStatus({
      target,
      figure: figure?.value ?? null,
      periodStart: plan.periodStart,
      periodEnd: plan.periodEnd,
      deadline: due,
      now,
      asOf: figure?.asOf ?? null,
      timeZone: w.zone,
    });
    rows.push({ plan, item, position, kpi, targetText, target, due, figure, status });
  }
  return rows;
}

const ITEM_TEXTS = {
  kpis: "SELECT position, text FROM kpis WHERE action_item_id = ? ORDER BY position",
  targets: "SELECT position, text FROM targets WHERE action_item_id = ? ORDER BY position",
} as const;

/** One row per KPI of an action item (a target printed without its KPI still gets a row). */
export function itemRows(
  db: Db,
  plan: KpiPlan,
  item: KpiItem,
  now: Date,
  options: ReportOptions = {},
): KpiRow[] {
  const texts = (table: keyof typeof ITEM_TEXTS) => stmt(db, ITEM_TEXTS[table]).all(item.id) as TextRow[];
  const source: FigureSource = {
    latest: (of, position) => latestMeasurement(db, { plan, code: of.code, position }),
    derive: (kpi, c) => deriveFigure(db, kpi, c),
  };
  const w = windowOf(plan, now, options);
  return rowsOf(plan, item, dueOf(item, plan), texts("kpis"), texts("targets"), source, now, w);
}

const NONE: readonly TextRow[] = [];

function planRowsOf(db: Db, data: PlanData, now: Date, options: ReportOptions): KpiRow[] {
  // Rows get objects of their own, as if just read: the data is shared with later reports.
  const plan = { ...data.plan };
  const w = windowOf(plan, now, options);
  const source: FigureSource = {
    latest: (item, position) => {
      const m = data.measured.get(measurementKey(item.code, position));
      return m ? { ...m } : null;
    },
    derive: (kpi, c) => deriveFigure(db, kpi, c, data.batch),
  };
  const rows: KpiRow[] = [];
  for (const shared of data.items) {
    const item = { ...shared };
    const kpis = data.kpis.get(item.id) ?? NONE;
    const targets = data.targets.get(item.id) ?? NONE;
    const due = data.dues.get(item.id) ?? dueOf(item, plan);
    for (const row of rowsOf(plan, item, due, kpis, targets, source, now, w)) rows.push(row);
  }
  return rows;
}

function dataOf(db: Db, planId: number): PlanData {
  const data = planData(db, planId);
  if (!data) throw new KpiError("no_plan", `There is no plan ${planId} in the catalogue.`);
  return data;
}

/** Every KPI row of a plan, in printed order. */
export function planRows(db: Db, planId: number, now: Date, options: ReportOptions = {}): KpiRow[] {
  return planRowsOf(db, dataOf(db, planId), now, options);
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
  const data = dataOf(db, planId);
  const rows = planRowsOf(db, data, now, options);
  const plan = { ...data.plan };
  const items = data.items;
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
    r.figure ? r.figure.value : "",
    r.figure?.asOf ?? "",
    r.figure?.source ?? "",
    r.figure?.source === "derived" ? (r.figure.derived?.counted ?? "") : (r.figure?.measurement?.note ?? ""),
    r.status.status,
    r.status.reason,
  ]);
  return spreadsheetCsv([[...CSV_COLUMNS], ...rows]);
}

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();
