import type { Db } from "../db/open.ts";
import { stmt } from "../db/statements.ts";
import { KpiError } from "./errors.ts";

// Plan and item look-ups of our own, so the KPI module does not depend on how commands pick plans.

export interface KpiPlan {
  id: number;
  kind: "SAP" | "AWP";
  periodStart: string;
  periodEnd: string;
  /** "SAP 2022-2024" */
  label: string;
}

export interface KpiItem {
  id: number;
  planId: number;
  pillar: number;
  letter: string;
  code: string;
  deadline: string | null;
}

interface PlanRow {
  id: number;
  kind: "SAP" | "AWP";
  period_start: string;
  period_end: string;
}

const toPlan = (r: PlanRow): KpiPlan => ({
  id: r.id,
  kind: r.kind,
  periodStart: r.period_start,
  periodEnd: r.period_end,
  label: `${r.kind} ${r.period_start.slice(0, 4)}-${r.period_end.slice(0, 4)}`,
});

/** Plans in force on `today` first (AWP before SAP, as everywhere), then the others, the most recent first. */
export function plansByPreference(db: Db, today: string): KpiPlan[] {
  const rows = stmt(
    db,
    `SELECT id, kind, period_start, period_end FROM plans
     ORDER BY (period_start <= @today AND period_end >= @today) DESC,
       (period_start <= @today AND period_end >= @today AND kind = 'AWP') DESC,
       period_end DESC, kind = 'AWP' DESC, id DESC`,
  ).all({ today }) as PlanRow[];
  return rows.map(toPlan);
}

export function planOf(db: Db, planId: number): KpiPlan | undefined {
  const row = stmt(db, "SELECT id, kind, period_start, period_end FROM plans WHERE id = ?").get(planId) as
    | PlanRow
    | undefined;
  return row ? toPlan(row) : undefined;
}

/** A code and KPI number as staff type them: `1-(i)#2`, `1(i)#2`, `1-i`, `1h`; KPI 1 by default. */
export function parseKpiRef(token: string): { pillar: number; letter: string; position: number } | null {
  const m = /^\(?\s*([1-4])\s*[-.]?\s*\(?\s*([a-z]{1,2})\s*\)?\s*\)?(?:#(\d{1,2}))?$/i.exec(token.trim());
  if (!m?.[1] || !m[2]) return null;
  const position = m[3] ? Number(m[3]) : 1;
  if (position < 1) return null;
  return { pillar: Number(m[1]), letter: m[2].toLowerCase(), position };
}

/**
 * Plans a selector names: `SAP 2022-2024`, `AWP 2024-2025`, `2024-25`, `FY2024/25`, `2018`.
 * Several when the kind is not given (AWP first); empty when the text names no plan.
 */
export function matchPlanText(db: Db, text: string): KpiPlan[] {
  const t = text.trim().toLowerCase().replace(/[–—]/g, "-");
  const m = /^(sap|awp)?\s*(?:fy\s*)?(\d{4})(?:\s*[-/]\s*(\d{2}|\d{4}))?$/.exec(t);
  if (!m?.[2]) return [];
  const kind = m[1]?.toUpperCase() as KpiPlan["kind"] | undefined;
  const from = Number(m[2]);
  const to = m[3] ? (m[3].length === 2 ? Math.floor(from / 100) * 100 + Number(m[3]) : Number(m[3])) : null;
  const plans = plansByPreference(db, "0000-00-00").filter((p) => !kind || p.kind === kind);
  const startYear = (p: KpiPlan) => Number(p.periodStart.slice(0, 4));
  const endYear = (p: KpiPlan) => Number(p.periodEnd.slice(0, 4));
  const exact = plans.filter((p) => startYear(p) === from && (to === null || endYear(p) === to));
  const found =
    exact.length || to !== null ? exact : plans.filter((p) => startYear(p) <= from && from <= endYear(p));
  return found.sort((a, b) => Number(b.kind === "AWP") - Number(a.kind === "AWP"));
}

/** The plan a selector names, or the plan in force on `today`, else the most recent one. */
export function resolvePlan(db: Db, selector: string, today: string): KpiPlan {
  if (selector.trim() === "") {
    const plan = plansByPreference(db, today)[0];
    if (!plan) throw new KpiError("no_plan", "The catalogue has no plans yet.");
    return plan;
  }
  const plan = matchPlanText(db, selector)[0];
  if (!plan) {
    throw new KpiError(
      "no_plan",
      `I can't find a plan called "${selector.trim()}". Name it like \`SAP 2022-2024\` or \`AWP 2024-2025\`.`,
    );
  }
  return plan;
}

export interface ItemRow {
  id: number;
  plan_id: number;
  pillar: number;
  letter: string;
  code: string;
  deadline: string | null;
}

export const toItem = (r: ItemRow): KpiItem => ({
  id: r.id,
  planId: r.plan_id,
  pillar: r.pillar,
  letter: r.letter,
  code: r.code,
  deadline: r.deadline,
});

export function itemOf(db: Db, actionItemId: number): KpiItem | undefined {
  const row = stmt(
    db,
    "SELECT id, plan_id, pillar, letter, code, deadline FROM action_items WHERE id = ?",
  ).get(actionItemId) as ItemRow | undefined;
  return row ? toItem(row) : undefined;
}

/**
 * The item with this code and KPI number: in the named plan when `selector` is given; otherwise in the
 * first plan by preference (in force on `today`, else the most recent) whose item has that KPI.
 */
export function resolveItem(
  db: Db,
  ref: { pillar: number; letter: string; position: number },
  selector: string,
  today: string,
): { plan: KpiPlan; item: KpiItem } {
  const code = `${ref.pillar}-(${ref.letter})`;
  const plans = selector.trim() ? [resolvePlan(db, selector, today)] : plansByPreference(db, today);
  const find = stmt(
    db,
    "SELECT id, plan_id, pillar, letter, code, deadline FROM action_items WHERE plan_id = ? AND pillar = ? AND letter = ?",
  );
  const kpiCount = stmt(db, "SELECT count(*) AS n FROM kpis WHERE action_item_id = ?");
  let withoutKpi: { plan: KpiPlan; item: KpiItem; kpis: number } | null = null;
  for (const plan of plans) {
    const row = find.get(plan.id, ref.pillar, ref.letter) as ItemRow | undefined;
    if (!row) continue;
    const kpis = (kpiCount.get(row.id) as { n: number }).n;
    if (kpis >= ref.position) return { plan, item: toItem(row) };
    withoutKpi ??= { plan, item: toItem(row), kpis };
  }
  if (withoutKpi) {
    const { plan, kpis } = withoutKpi;
    const has = kpis === 0 ? "has no KPI" : `has ${kpis === 1 ? "one KPI" : `${kpis} KPIs`}`;
    const asked = ref.position > 1 ? ` (you asked for KPI #${ref.position})` : "";
    throw new KpiError("no_kpi", `Action item ${code} in ${plan.label} ${has}${asked}.`);
  }
  const where = plans.length === 1 && plans[0] ? ` in ${plans[0].label}` : " in any plan";
  throw new KpiError("no_item", `There is no action item ${code}${where}.`);
}
