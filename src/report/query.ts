import { itemDetail, itemsOfPlan } from "../catalogue/items.ts";
import { listPlans, type Plan } from "../catalogue/plans.ts";
import { countsAsWorkshop } from "../catalogue/vocabulary.ts";
import { pastWorkshops, type Workshop } from "../catalogue/workshops.ts";
import type { Db } from "../db/open.ts";
import { type KpiRow, planRows } from "../kpi/report.ts";
import { FOLLOW_UP_ACTIONS, type FollowUpAction } from "../surveys/actions.ts";
import { type PrintedResult, printedResults } from "../surveys/history.ts";
import { surveyStats, type WorkshopSurveyStats } from "../surveys/status.ts";

/** A fiscal year of the office (1 July - 30 June): `2017/18`, from `2017-07-01` to `2018-06-30`. */
export interface FiscalYear {
  label: string;
  from: string;
  to: string;
}

export function previousFiscalYear(fy: FiscalYear): FiscalYear {
  const start = Number(fy.from.slice(0, 4)) - 1;
  return {
    label: `${start}/${String((start + 1) % 100).padStart(2, "0")}`,
    from: `${start}-07-01`,
    to: `${start + 1}-06-30`,
  };
}

/** One workshop's line of the follow-up survey annex, from a printed annex or from the bot's own survey. */
export interface SurveyLine {
  title: string;
  /** `YYYY-MM` */
  month: string | null;
  administrations: number | null;
  /** Participants the bot surveyed; a printed annex does not give it. */
  surveyed: number | null;
  replies: number | null;
  actions: Record<FollowUpAction, number | null>;
}

export interface SurveyRound {
  fiscalYear: FiscalYear;
  /** "printed": as an annual report printed it (survey_history); "collected": the bot's own survey. */
  source: "printed" | "collected" | null;
  lines: SurveyLine[];
  /** The bot's round: administrations answering, for the rate the reports print. */
  administrationsAnswered: number | null;
  /** The latest printed round before this one, for comparison. */
  lastPrinted: { fiscalYear: string; administrations: number; replies: number } | null;
  /** Free-text answers per workshop ("What changed in your administration?"), only when asked for. */
  answers: Array<{ title: string; texts: string[] }>;
}

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

/** A date the table orders by: a month-only date sorts at the start of its month, before its days. */
const byDate = (a: Workshop, b: Workshop) =>
  (a.startDate ?? "").localeCompare(b.startDate ?? "") || a.title.localeCompare(b.title) || a.id - b.id;

function heldIn(db: Db, fy: FiscalYear): Workshop[] {
  // pastWorkshops lists events that started before "today": the day after the year keeps all of it.
  const dayAfter = `${fy.to.slice(0, 4)}-07-01`;
  return pastWorkshops(db, dayAfter, { from: fy.from, to: fy.to }, "all")
    .filter((w) => w.status === "held")
    .sort(byDate);
}

const nullActions = () =>
  Object.fromEntries(FOLLOW_UP_ACTIONS.map((a) => [a.key, null])) as Record<FollowUpAction, number | null>;

function printedLine(r: PrintedResult): SurveyLine {
  return {
    title: r.title,
    month: r.month,
    administrations: r.administrations,
    surveyed: null,
    replies: r.replies,
    actions: r.actions,
  };
}

function collectedLine(s: WorkshopSurveyStats): SurveyLine {
  return {
    title: s.title,
    month: s.startDate?.slice(0, 7) ?? null,
    administrations: s.administrationsSurveyed,
    surveyed: s.sent,
    replies: s.answered,
    actions: { ...nullActions(), ...s.actions },
  };
}

/** The latest printed round before `fy`, summed over its workshops. */
function lastPrintedBefore(db: Db, fy: FiscalYear): SurveyRound["lastPrinted"] {
  const year = db
    .prepare("SELECT max(fiscal_year) FROM survey_history WHERE fiscal_year < ?")
    .pluck()
    .get(fy.label) as string | null;
  if (!year) return null;
  const rows = printedResults(db, { fiscalYear: year });
  const administrations = rows.reduce((n, r) => n + (r.administrations ?? 0), 0);
  if (administrations === 0) return null;
  return { fiscalYear: year, administrations, replies: rows.reduce((n, r) => n + (r.replies ?? 0), 0) };
}

/**
 * The follow-up survey of the workshops held in `fy`: the annex an annual report printed for it when
 * the catalogue holds one (the office's own record), else the bot's own survey of those workshops.
 */
function surveyRound(db: Db, fy: FiscalYear, withAnswers: boolean): SurveyRound {
  const lastPrinted = lastPrintedBefore(db, fy);
  const printed = printedResults(db, { fiscalYear: fy.label });
  const base = { fiscalYear: fy, lastPrinted, answers: [] };
  if (printed.length > 0) {
    return { ...base, source: "printed", lines: printed.map(printedLine), administrationsAnswered: null };
  }
  const ids = heldIn(db, fy).map((w) => w.id);
  const stats = surveyStats(db, ids).filter((s) => s.sent > 0);
  if (stats.length === 0) return { ...base, source: null, lines: [], administrationsAnswered: null };
  const answers = withAnswers
    ? stats
        .map((s) => ({
          title: s.title,
          texts: db
            .prepare(
              "SELECT changes FROM survey_responses WHERE workshop_id = ? AND trim(COALESCE(changes, '')) <> '' ORDER BY submitted_at, id",
            )
            .pluck()
            .all(s.workshopId) as string[],
        }))
        .filter((a) => a.texts.length > 0)
    : [];
  return {
    ...base,
    source: "collected",
    lines: stats.map(collectedLine),
    administrationsAnswered: stats.reduce((n, s) => n + s.administrationsAnswered, 0),
    answers,
  };
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
