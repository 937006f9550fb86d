import { officeToday } from "../blocks/dates.ts";
import { defaultPlan, listPlans, type Plan } from "../catalogue/plans.ts";
import { upcomingWorkshops, type Workshop } from "../catalogue/workshops.ts";
import type { Db } from "../db/open.ts";
import { type OverviewGaps, overviewWithGaps, type PlanOverview } from "../kpi/index.ts";
import { surveyRatesLine } from "../surveys/index.ts";
import { surveyStats } from "../surveys/status.ts";

// What App Home shows, put together from the catalogue and survey queries; no SQL of its own.

/** How many rows each App Home list shows at most. */
const LIST_LIMIT = 8;

export type UpcomingWorkshop = Pick<Workshop, "id" | "title" | "city" | "endDate"> & { startDate: string };

/** The plan in force: KPI status by pillar, the items behind, and the KPIs that cannot be judged. */
export interface PlanGlance extends Pick<Plan, "title" | "kind" | "periodStart" | "periodEnd"> {
  kpi: PlanOverview & OverviewGaps;
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
}

/** Scheduled workshops from `today` on, soonest first (planned ones with dates are not announced here). */
function scheduledWorkshops(db: Db, today: string): UpcomingWorkshop[] {
  return upcomingWorkshops(db, today)
    .filter((w): w is Workshop & UpcomingWorkshop => w.status === "scheduled" && w.startDate !== null)
    .slice(0, LIST_LIMIT);
}

function planGlance(db: Db, now: Date, today: string, zone: string, staff: boolean): PlanGlance | null {
  const plan = defaultPlan(listPlans(db), today);
  if (!plan) return null;
  const { title, kind, periodStart, periodEnd } = plan;
  const kpi = overviewWithGaps(db, plan.id, now, { timeZone: zone }, staff);
  return { title, kind, periodStart, periodEnd, kpi };
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
  };
}
