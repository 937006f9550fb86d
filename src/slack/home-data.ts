import { officeToday } from "../blocks/dates.ts";
import { defaultPlan, listPlans, type Plan } from "../catalogue/plans.ts";
import { undatedWorkshopsOfPlan, upcomingWorkshops, type Workshop } from "../catalogue/workshops.ts";
import type { Db } from "../db/open.ts";
import { type OverviewGaps, overviewWithGaps, type PlanOverview } from "../kpi/index.ts";
import { surveyRatesLine } from "../surveys/index.ts";
import { type RetryBacklog, retryBacklog } from "../surveys/outbox.ts";
import { surveyStats } from "../surveys/status.ts";

// What App Home shows, put together from the catalogue and survey queries; no SQL of its own.

/** How many rows each App Home list shows at most. */
const LIST_LIMIT = 8;

export type UpcomingWorkshop = Pick<Workshop, "id" | "title" | "city" | "endDate"> & { startDate: string };

/**
 * The plan in force, else the latest: whether it is running, KPI status by pillar, the items behind,
 * the KPIs that cannot be judged, and how many workshops it lists without dates.
 */
export interface PlanGlance extends Pick<Plan, "title" | "label" | "kind" | "periodStart" | "periodEnd"> {
  state: "in force" | "ended" | "not started";
  kpi: PlanOverview & OverviewGaps;
  undatedTotal: number;
}

export interface AwaitingSurvey {
  workshopId: number;
  title: string;
  sent: number;
  answered: number;
}

export interface HomeData {
  today: string;
  upcoming: UpcomingWorkshop[];
  plan: PlanGlance | null;
  /** Only for staff; null for everyone else. */
  awaiting: AwaitingSurvey[] | null;
  /** Staff only: response rates by channel beside the printed baseline; null when nothing was sent. */
  surveyRates: string | null;
  /** Staff only: reminders waiting to be sent again after transient failures; null for everyone else. */
  retries: RetryBacklog | null;
}

/** Scheduled workshops from `today` on, soonest first (planned ones with dates are not announced here). */
function scheduledWorkshops(db: Db, today: string): UpcomingWorkshop[] {
  return upcomingWorkshops(db, today)
    .filter((w): w is Workshop & UpcomingWorkshop => w.status === "scheduled" && w.startDate !== null)
    .slice(0, LIST_LIMIT);
}

function planGlance(db: Db, now: Date, today: string, zone: string, staff: boolean): PlanGlance | null {
  const plans = listPlans(db);
  const plan = defaultPlan(plans, today);
  if (!plan) return null;
  const { title, label, kind, periodStart, periodEnd } = plan;
  const state = periodEnd < today ? "ended" : periodStart > today ? "not started" : "in force";
  const kpi = overviewWithGaps(db, plan.id, now, { timeZone: zone }, staff);
  const undatedTotal = undatedWorkshopsOfPlan(db, plan.id).length;
  return { title, label, kind, periodStart, periodEnd, state, kpi, undatedTotal };
}

/** Workshops whose follow-up surveys were sent and not all answered. */
function awaitingSurveys(db: Db): AwaitingSurvey[] {
  return surveyStats(db)
    .filter((s) => s.sent > s.answered)
    .slice(0, LIST_LIMIT)
    .map((s) => ({ workshopId: s.workshopId, title: s.title, sent: s.sent, answered: s.answered }));
}

export function homeData(db: Db, now: Date, zone: string, staff: boolean): HomeData {
  const today = officeToday(now, zone);
  return {
    today,
    upcoming: scheduledWorkshops(db, today),
    plan: planGlance(db, now, today, zone, staff),
    awaiting: staff ? awaitingSurveys(db) : null,
    surveyRates: staff ? surveyRatesLine(db) : null,
    retries: staff ? retryBacklog(db) : null,
  };
}
