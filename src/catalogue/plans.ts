import type { Db } from "../db/open.ts";
import { stmt } from "../db/statements.ts";

export interface Plan {
  id: number;
  kind: "SAP" | "AWP";
  title: string;
  periodStart: string;
  periodEnd: string;
  /** "AWP 2024-2025": how the office names a plan. */
  label: string;
}

interface PlanRow {
  id: number;
  kind: "SAP" | "AWP";
  title: string;
  period_start: string;
  period_end: string;
}

const toPlan = (r: PlanRow): Plan => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  periodStart: r.period_start,
  periodEnd: r.period_end,
  label: `${r.kind} ${r.period_start.slice(0, 4)}-${r.period_end.slice(0, 4)}`,
});

/** All plans, the most recent first (an AWP before a SAP starting the same year). */
export function listPlans(db: Db): Plan[] {
  const rows = stmt(
    db,
    `SELECT id, kind, title, period_start, period_end FROM plans
       ORDER BY period_start DESC, kind = 'AWP' DESC, period_end DESC, id DESC`,
  ).all() as PlanRow[];
  return rows.map(toPlan);
}

export function planById(db: Db, id: number): Plan | undefined {
  const row = stmt(db, "SELECT id, kind, title, period_start, period_end FROM plans WHERE id = ?").get(id) as
    | PlanRow
    | undefined;
  return row ? toPlan(row) : undefined;
}

/**
 * The plan in force on `today` (ISO date, office time zone), preferring `prefer` when two overlap;
 * else the most recent plan; null when the catalogue has none.
 */
export function defaultPlan(
  plans: readonly Plan[],
  today: string,
  prefer: Plan["kind"] = "AWP",
): Plan | null {
  const inForce = plans.filter((p) => p.periodStart <= today && today <= p.periodEnd);
  const pick = (list: readonly Plan[]) => list.find((p) => p.kind === prefer) ?? list[0] ?? null;
  // Never a plan that starts after `today`, unless no plan has started yet.
  return (
    pick(inForce) ??
    latestPlan(
      plans.filter((p) => p.periodStart <= today),
      prefer,
    ) ??
    latestPlan(plans, prefer)
  );
}

export function latestPlan(plans: readonly Plan[], prefer: Plan["kind"] = "AWP"): Plan | null {
  const sorted = [...plans].sort(
    (a, b) => b.periodEnd.localeCompare(a.periodEnd) || Number(b.kind === prefer) - Number(a.kind === prefer),
  );
  return sorted[0] ?? null;
}

export interface PlanSelector {
  kind: Plan["kind"] | null;
  startYear: number;
  endYear: number | null;
}

const year = (digits: string, after?: number): number => {
  if (digits.length === 4) return Number(digits);
  const two = Number(digits);
  if (after === undefined) return 2000 + two;
  const century = Math.floor(after / 100) * 100;
  return century + two >= after ? century + two : century + 100 + two;
};

/**
 * How people name a plan: `2024-25`, `FY2024/25`, `AWP 2024-2025`, `SAP 2022-2024`, `2018`,
 * `Annual Work Plan 2024-2025`. Null when the text is not a plan name.
 */
export function parsePlanSelector(text: string): PlanSelector | null {
  let rest = text.trim().toLowerCase().replace(/[–—]/g, "-");
  let kind: Plan["kind"] | null = null;
  const kindMatch = /^(awp|sap|annual\s+work\s+plan|strategic\s+action\s+plan|work\s+plan)\b\s*/.exec(rest);
  if (kindMatch?.[1]) {
    kind = /^(awp|annual|work)/.test(kindMatch[1]) ? "AWP" : "SAP";
    rest = rest.slice(kindMatch[0].length);
  }
  const m = /^(?:fy\s*)?(\d{4}|\d{2})(?:\s*[-/]\s*(\d{4}|\d{2}))?$/.exec(rest.trim());
  if (!m?.[1]) return null;
  if (m[1].length === 2 && !m[2] && !/^fy/.test(rest.trim())) return null;
  const startYear = year(m[1]);
  const endYear = m[2] ? year(m[2], startYear) : null;
  if (endYear !== null && endYear < startYear) return null;
  return { kind, startYear, endYear };
}

/** The plans a selector names, the likeliest first (AWP before SAP unless the kind was given). */
export function matchPlans(plans: readonly Plan[], sel: PlanSelector): Plan[] {
  const startOf = (p: Plan) => Number(p.periodStart.slice(0, 4));
  const endOf = (p: Plan) => Number(p.periodEnd.slice(0, 4));
  const ofKind = plans.filter((p) => sel.kind === null || p.kind === sel.kind);
  let found =
    sel.endYear === null
      ? ofKind.filter((p) => startOf(p) === sel.startYear)
      : ofKind.filter((p) => startOf(p) === sel.startYear && endOf(p) === sel.endYear);
  if (found.length === 0 && sel.endYear === null) {
    found = ofKind.filter((p) => startOf(p) <= sel.startYear && sel.startYear <= endOf(p));
  }
  return [...found].sort((a, b) => Number(b.kind === "AWP") - Number(a.kind === "AWP"));
}
