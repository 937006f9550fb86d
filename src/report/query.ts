import { itemDetail, itemsOfPlan } from "../catalogue/items.ts";
import { listPlans, type Plan } from "../catalogue/plans.ts";
import { countsAsWorkshop } from "../catalogue/vocabulary.ts";
import type { Workshop } from "../catalogue/workshops.ts";
import type { Db } from "../db/open.ts";
import { type KpiRow, planRows } from "../kpi/report.ts";
import { type SurveyRound, surveyRound } from "./survey.ts";
import { type FiscalYear, heldIn, previousFiscalYear } from "./year.ts";

export interface PlanAnnexItem {
  pillar: number;
  letter: string;
  code: string;
  action: string;
  rspRef: string | null;
  kpis: string[];
  targets: string[];
  deadline: string | null;
  activities: string[];
  /** Codes the item's planned work cross-references ("See also"); the catalogue keeps them per item. */
  seeAlso: string[];
}

export interface ReportData {
  fiscalYear: FiscalYear;
  /** Events held in the year, in date order: workshops and (apart) the other events. */
  workshops: Workshop[];
  others: Workshop[];
  survey: SurveyRound;
  plan: Plan | null;
  kpis: KpiRow[];
  planItems: PlanAnnexItem[];
}

export interface ReportOptions {
  withAnswers?: boolean;
  withPlan?: boolean;
  timeZone?: string;
}

/**
 * The plan in force during the whole fiscal year, a work plan before a strategic plan (as everywhere
 * else); null when no plan of the catalogue covers the year.
 */
export function planInForce(db: Db, fy: FiscalYear): Plan | null {
  const covering = listPlans(db).filter((p) => p.periodStart <= fy.from && p.periodEnd >= fy.to);
  return covering.find((p) => p.kind === "AWP") ?? covering[0] ?? null;
}

function planItems(db: Db, plan: Plan): PlanAnnexItem[] {
  return itemsOfPlan(db, plan.id).map((i) => {
    const detail = itemDetail(db, i);
    return {
      pillar: i.pillar,
      letter: i.letter,
      code: i.code,
      action: i.action,
      rspRef: i.rspRef,
      kpis: detail.kpis,
      targets: detail.targets,
      deadline: i.deadline,
      activities: detail.activities.map((a) => a.text),
      seeAlso: detail.seeAlso.map((s) => s.code),
    };
  });
}

/**
 * Everything the annual report of `fy` prints, read from the catalogue. KPI figures are those known at
 * the end of the year, or now when the year is still running.
 */
export function reportData(db: Db, fy: FiscalYear, now: Date, options: ReportOptions = {}): ReportData {
  const held = heldIn(db, fy);
  const plan = planInForce(db, fy);
  const yearEnd = new Date(`${fy.to}T23:59:59Z`);
  const asOf = now < yearEnd ? now : yearEnd;
  return {
    fiscalYear: fy,
    workshops: held.filter((w) => countsAsWorkshop(w.kind)),
    others: held.filter((w) => !countsAsWorkshop(w.kind)),
    survey: surveyRound(db, previousFiscalYear(fy), options.withAnswers ?? false),
    plan,
    kpis: plan ? planRows(db, plan.id, asOf, { timeZone: options.timeZone ?? "UTC" }) : [],
    planItems: plan && options.withPlan ? planItems(db, plan) : [],
  };
}
