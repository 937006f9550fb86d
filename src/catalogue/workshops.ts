import type { Db } from "../db/open.ts";
import { readsOf, remember } from "../db/read-cache.ts";
import { stmt } from "../db/statements.ts";
import { compareCodes } from "./codes.ts";
import { TRAINING_KINDS, type WorkshopKind, type WorkshopStatus } from "./vocabulary.ts";

export interface ServedItem {
  id: number;
  code: string;
  pillar: number;
  letter: string;
  action: string;
  planId: number;
  planLabel: string;
}

/** Lists may be shared between calls while the database is unchanged: treat them as read-only. */
export interface Workshop {
  id: number;
  title: string;
  kind: WorkshopKind;
  /** Where it was held: city, venue and host country; `countries` are the Members it was for. */
  city: string | null;
  venue: string | null;
  hostCountry: string | null;
  startDate: string | null;
  endDate: string | null;
  participants: number | null;
  administrations: number | null;
  sponsor: string | null;
  status: WorkshopStatus;
  documentTitle: string | null;
  countries: string[];
  items: ServedItem[];
}

interface WorkshopRow {
  id: number;
  title: string;
  kind: WorkshopKind;
  city: string | null;
  venue: string | null;
  host_country: string | null;
  start_date: string | null;
  end_date: string | null;
  participants: number | null;
  administrations: number | null;
  sponsor: string | null;
  status: Workshop["status"];
  document_title: string | null;
}

const SELECT = `SELECT w.id, w.title, w.kind, w.city, w.venue, w.host_country, w.start_date, w.end_date, w.participants,
  w.administrations, w.sponsor, w.status, d.title AS document_title
  FROM workshops w LEFT JOIN documents d ON d.id = w.document_id`;

// A month-only date ("2017-11") is compared with the month of the bound it meets.
const STARTS_FROM = `(length(w.start_date) = 7 AND w.start_date >= substr(@today, 1, 7)
  OR length(w.start_date) <> 7 AND w.start_date >= @today)`;

/**
 * Which events a list holds: the workshops (training kinds, the default), the other events a report
 * lists (meetings, conferences, ceremonies, missions), or both.
 */
export type EventScope = "workshops" | "others" | "all";

const TRAINING_LIST = TRAINING_KINDS.map((k) => `'${k}'`).join(", ");
const IN_SCOPE: Readonly<Record<EventScope, string>> = {
  workshops: `w.kind IN (${TRAINING_LIST})`,
  others: `w.kind NOT IN (${TRAINING_LIST})`,
  all: "1 = 1",
};

/** The SQL condition on a workshops row aliased `w` that keeps the events of a scope. */
export const scopeCondition = (scope: EventScope): string => IN_SCOPE[scope];

type ServedRow = Omit<ServedItem, "planLabel"> & { workshopId: number };

// One query per kind of detail for all rows at once (ids passed as a JSON array), not one per workshop.
const COUNTRIES = `SELECT workshop_id AS workshopId, country FROM workshop_countries
  WHERE workshop_id IN (SELECT value FROM json_each(?)) ORDER BY workshop_id, position`;
const SERVED = `SELECT wa.workshop_id AS workshopId, i.id, i.code, i.pillar, i.letter, i.action, i.plan_id AS planId
  FROM workshop_action_items wa JOIN action_items i ON i.id = wa.action_item_id
  WHERE wa.workshop_id IN (SELECT value FROM json_each(?))`;
const PLAN_LABELS = `SELECT id, kind || ' ' || substr(period_start, 1, 4) || '-' || substr(period_end, 1, 4) AS label
  FROM plans`;

function groupBy<T extends { workshopId: number }>(rows: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const list = out.get(r.workshopId);
    if (list) list.push(r);
    else out.set(r.workshopId, [r]);
  }
  return out;
}

function hydrate(db: Db, rows: WorkshopRow[]): Workshop[] {
  if (rows.length === 0) return [];
  const ids = JSON.stringify(rows.map((r) => r.id));
  const countries = groupBy(stmt(db, COUNTRIES).all(ids) as Array<{ workshopId: number; country: string }>);
  const served = groupBy(stmt(db, SERVED).all(ids) as ServedRow[]);
  const labels = new Map(
    (stmt(db, PLAN_LABELS).all() as Array<{ id: number; label: string }>).map((p) => [p.id, p.label]),
  );
  return rows.map((r) => {
    const items = (served.get(r.id) ?? []).map(({ workshopId: _, ...i }) => ({
      ...i,
      planLabel: labels.get(i.planId) ?? "",
    }));
    items.sort((a, b) => b.planLabel.localeCompare(a.planLabel) || compareCodes(a, b));
    return {
      id: r.id,
      title: r.title,
      kind: r.kind,
      city: r.city,
      venue: r.venue,
      hostCountry: r.host_country,
      startDate: r.start_date,
      endDate: r.end_date,
      participants: r.participants,
      administrations: r.administrations,
      sponsor: r.sponsor,
      status: r.status,
      documentTitle: r.document_title,
      countries: (countries.get(r.id) ?? []).map((c) => c.country),
      items,
    };
  });
}

/** Every workshop, dated ones first by start date, then undated ones. */
export function allWorkshops(db: Db): Workshop[] {
  const rows = stmt(db, `${SELECT} ORDER BY w.start_date IS NULL, w.start_date, w.id`).all() as WorkshopRow[];
  return hydrate(db, rows);
}

/** Dated workshops starting `today` or later (ISO, office time zone), soonest first; cancelled ones left out. */
export function upcomingWorkshops(db: Db, today: string, scope: EventScope = "workshops"): Workshop[] {
  return remember(readsOf(db), `upcoming ${today} ${scope}`, () => {
    const rows = stmt(
      db,
      `${SELECT} WHERE w.start_date IS NOT NULL AND w.status <> 'cancelled' AND ${STARTS_FROM} AND ${IN_SCOPE[scope]}
       ORDER BY w.start_date, w.title, w.id`,
    ).all({ today }) as WorkshopRow[];
    return hydrate(db, rows);
  });
}

/** Workshops a plan lists whose dates are not set yet, in the plan's order. */
export function undatedWorkshopsOfPlan(db: Db, planId: number, scope: EventScope = "workshops"): Workshop[] {
  return remember(readsOf(db), `undated ${planId} ${scope}`, () => {
    const rows = stmt(
      db,
      `${SELECT} WHERE w.start_date IS NULL AND w.status <> 'cancelled' AND ${IN_SCOPE[scope]} AND w.id IN (
         SELECT wa.workshop_id FROM workshop_action_items wa JOIN action_items i ON i.id = wa.action_item_id
         WHERE i.plan_id = @planId)
       ORDER BY w.id`,
    ).all({ planId }) as WorkshopRow[];
    return hydrate(db, rows);
  });
}

/** Every workshop a plan lists (dated or not). */
export function workshopsOfPlan(db: Db, planId: number, scope: EventScope = "workshops"): Workshop[] {
  const rows = stmt(
    db,
    `${SELECT} WHERE ${IN_SCOPE[scope]} AND w.id IN (SELECT wa.workshop_id FROM workshop_action_items wa
         JOIN action_items i ON i.id = wa.action_item_id WHERE i.plan_id = @planId)
       ORDER BY w.start_date IS NULL, w.start_date, w.id`,
  ).all({ planId }) as WorkshopRow[];
  return hydrate(db, rows);
}

/** Dated workshops that started before `today`, optionally within [from, to] (ISO days), latest first. */
export function pastWorkshops(
  db: Db,
  today: string,
  range?: { from: string; to: string },
  scope: EventScope = "workshops",
): Workshop[] {
  const within = range
    ? `AND w.start_date >= substr(@from, 1, length(w.start_date)) AND w.start_date <= substr(@to, 1, length(w.start_date))`
    : "";
  const rows = stmt(
    db,
    `${SELECT} WHERE w.start_date IS NOT NULL AND NOT ${STARTS_FROM} ${within} AND ${IN_SCOPE[scope]}
       ORDER BY w.start_date DESC, w.title, w.id`,
  ).all({ today, from: range?.from ?? "", to: range?.to ?? "" }) as WorkshopRow[];
  return hydrate(db, rows);
}

export function workshopById(db: Db, id: number): Workshop | undefined {
  const rows = stmt(db, `${SELECT} WHERE w.id = ?`).all(id) as WorkshopRow[];
  return hydrate(db, rows)[0];
}

/** Workshops by id, in the order given (search ranking). */
export function workshopsByIds(db: Db, ids: readonly number[], scope: EventScope = "workshops"): Workshop[] {
  // One query for all of them (a search finds dozens), put back in the order given.
  const found = stmt(
    db,
    `${SELECT} WHERE w.id IN (SELECT value FROM json_each(?)) AND ${IN_SCOPE[scope]}`,
  ).all(JSON.stringify(ids)) as WorkshopRow[];
  const byId = new Map(found.map((r) => [r.id, r]));
  const rows = ids.map((id) => byId.get(id)).filter((r) => r !== undefined);
  return hydrate(db, rows);
}

/** Workshops serving one action item. */
export function workshopsOfItem(db: Db, actionItemId: number): Workshop[] {
  const rows = stmt(
    db,
    `${SELECT} WHERE w.id IN (SELECT workshop_id FROM workshop_action_items WHERE action_item_id = ?)
       ORDER BY w.start_date IS NULL, w.start_date, w.id`,
  ).all(actionItemId) as WorkshopRow[];
  return hydrate(db, rows);
}

/** First and last start dates of the workshops before `today` (nulls when there are none). */
export function pastSpan(
  db: Db,
  today: string,
  scope: EventScope = "workshops",
): { a: string | null; b: string | null } {
  return stmt(
    db,
    `SELECT min(start_date) AS a, max(start_date) AS b FROM workshops w WHERE start_date < ? AND ${IN_SCOPE[scope]}`,
  ).get(today) as { a: string | null; b: string | null };
}

/** Every workshop id, the latest start first: the order of a search without words. */
export function workshopIdsNewestFirst(db: Db): number[] {
  return stmt(db, "SELECT id FROM workshops ORDER BY start_date DESC, id").pluck().all() as number[];
}
