import { type ActionItem, itemDetail, itemsOfPlan } from "../catalogue/items.ts";
import { listPlans, type Plan } from "../catalogue/plans.ts";
import type { WorkshopKind, WorkshopStatus } from "../catalogue/vocabulary.ts";
import { allWorkshops } from "../catalogue/workshops.ts";
import type { Db } from "../db/open.ts";

/** The whole catalogue as plain data; field names are documented in the README ("Catalogue export"). */
export interface CatalogueExport {
  plans: Array<{
    kind: Plan["kind"];
    title: string;
    period: { start: string; end: string };
    items: ExportedItem[];
  }>;
  workshops: Array<{
    id: number;
    title: string;
    kind: WorkshopKind;
    countries: string[];
    city: string | null;
    venue: string | null;
    host_country: string | null;
    start: string | null;
    end: string | null;
    participants: number | null;
    administrations: number | null;
    sponsor: string | null;
    status: WorkshopStatus;
    action_items: string[];
  }>;
  survey_history: Array<Record<string, string | number | null>>;
}

interface ExportedItem {
  code: string;
  pillar: number;
  letter: string;
  action: string;
  rsp_ref: string | null;
  kpis: string[];
  targets: string[];
  deadline: string | null;
  activities: string[];
  see_also: string[];
  repaired_label: string | null;
}

function exportItem(db: Db, i: ActionItem): ExportedItem {
  const detail = itemDetail(db, i);
  return {
    code: i.code,
    pillar: i.pillar,
    letter: i.letter,
    action: i.action,
    rsp_ref: i.rspRef,
    kpis: detail.kpis,
    targets: detail.targets,
    deadline: i.deadline,
    activities: detail.activities.map((a) => a.text),
    see_also: detail.seeAlso.map((s) => s.code),
    repaired_label: i.repairedLabel,
  };
}

export function exportCatalogue(db: Db): CatalogueExport {
  // Oldest plan first, unlike the catalogue's listPlans (newest first, for people asking about now).
  const oldestFirst = [...listPlans(db)].sort(
    (a, b) => a.periodStart.localeCompare(b.periodStart) || a.kind.localeCompare(b.kind),
  );
  const plans = oldestFirst.map((p) => ({
    kind: p.kind,
    title: p.title,
    period: { start: p.periodStart, end: p.periodEnd },
    items: itemsOfPlan(db, p.id).map((i) => exportItem(db, i)),
  }));
  // Oldest plan first here too; a Workshop's `items` come newest plan first.
  const servedItems = db
    .prepare(
      `SELECT p.kind || ' ' || substr(p.period_start, 1, 4) || '-' || substr(p.period_end, 1, 4) || ' ' || a.code
         FROM workshop_action_items l JOIN action_items a ON a.id = l.action_item_id JOIN plans p ON p.id = a.plan_id
        WHERE l.workshop_id = ? ORDER BY p.period_start, a.pillar, length(a.letter), a.letter`,
    )
    .pluck();
  const workshops = allWorkshops(db).map((w) => ({
    id: w.id,
    title: w.title,
    kind: w.kind,
    countries: w.countries,
    city: w.city,
    venue: w.venue,
    host_country: w.hostCountry,
    start: w.startDate,
    end: w.endDate,
    participants: w.participants,
    administrations: w.administrations,
    sponsor: w.sponsor,
    status: w.status,
    action_items: servedItems.all(w.id) as string[],
  }));
  const survey_history = db
    .prepare(
      `SELECT fiscal_year, position, workshop_title, workshop_month, administrations, replies, shared_materials,
              submitted_reports, made_recommendations, inhouse_workshop, operational_manuals, others
         FROM survey_history ORDER BY fiscal_year, position`,
    )
    .all() as Array<Record<string, string | number | null>>;
  return { plans, workshops, survey_history };
}
