import { DateTime } from "luxon";
import type { Db } from "../db/open.ts";
import { surveyStats } from "../surveys/status.ts";

// Read-only queries for App Home. They belong with the catalogue queries (src/catalogue/) once those exist.

export interface UpcomingWorkshop {
  id: number;
  title: string;
  city: string | null;
  startDate: string;
  endDate: string | null;
}

export interface PlanGlance {
  title: string;
  kind: "SAP" | "AWP";
  periodStart: string;
  periodEnd: string;
  itemsByPillar: Array<{ pillar: number; items: number }>;
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
}

/** Today's date in the office's time zone, ISO. */
export function officeToday(now: Date, zone: string): string {
  return DateTime.fromJSDate(now, { zone }).toISODate() ?? now.toISOString().slice(0, 10);
}

export function upcomingWorkshops(db: Db, today: string, limit = 8): UpcomingWorkshop[] {
  return db
    .prepare(
      `SELECT id, title, city, start_date AS startDate, end_date AS endDate FROM workshops
        WHERE status = 'scheduled' AND start_date >= ? ORDER BY start_date, id LIMIT ?`,
    )
    .all(today.slice(0, 7), limit) as UpcomingWorkshop[];
}

/** The plan whose period contains today, AWP before SAP; else the latest plan. */
export function planInForce(db: Db, today: string): PlanGlance | null {
  const plan = db
    .prepare(
      `SELECT id, title, kind, period_start AS periodStart, period_end AS periodEnd FROM plans
        ORDER BY (period_start <= @today AND period_end >= @today) DESC, kind = 'AWP' DESC, period_start DESC LIMIT 1`,
    )
    .get({ today }) as (Omit<PlanGlance, "itemsByPillar"> & { id: number }) | undefined;
  if (!plan) return null;
  const itemsByPillar = db
    .prepare(
      "SELECT pillar, count(*) AS items FROM action_items WHERE plan_id = ? GROUP BY pillar ORDER BY pillar",
    )
    .all(plan.id) as PlanGlance["itemsByPillar"];
  const { id: _id, ...rest } = plan;
  return { ...rest, itemsByPillar };
}

/** Workshops whose follow-up surveys were sent and not all answered. */
export function awaitingSurveys(db: Db, limit = 8): AwaitingSurvey[] {
  return surveyStats(db)
    .filter((s) => s.sent > s.answered)
    .slice(0, limit)
    .map((s) => ({ workshopId: s.workshopId, title: s.title, sent: s.sent, answered: s.answered }));
}

export function homeData(db: Db, now: Date, zone: string, staff: boolean): HomeData {
  const today = officeToday(now, zone);
  return {
    today,
    upcoming: upcomingWorkshops(db, today),
    plan: planInForce(db, today),
    awaiting: staff ? awaitingSurveys(db) : null,
  };
}
