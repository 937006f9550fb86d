import type { Db } from "../db/open.ts";

/** The whole catalogue as plain data; field names are documented in the README ("Catalogue export"). */
export interface CatalogueExport {
  plans: Array<{
    kind: string;
    title: string;
    period: { start: string; end: string };
    items: Array<{
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
    }>;
  }>;
  workshops: Array<{
    id: number;
    title: string;
    kind: string;
    countries: string[];
    city: string | null;
    venue: string | null;
    start: string | null;
    end: string | null;
    participants: number | null;
    administrations: number | null;
    sponsor: string | null;
    status: string;
    action_items: string[];
  }>;
  survey_history: Array<Record<string, string | number | null>>;
}

const texts = (db: Db, sql: string, id: number) => db.prepare(sql).pluck().all(id) as string[];

export function exportCatalogue(db: Db): CatalogueExport {
  type PlanRow = { id: number; kind: string; title: string; period_start: string; period_end: string };
  type ItemRow = {
    id: number;
    code: string;
    pillar: number;
    letter: string;
    action: string;
    rsp_ref: string | null;
    deadline: string | null;
    repaired_label: string | null;
  };
  const plans = (db.prepare("SELECT * FROM plans ORDER BY period_start, kind").all() as PlanRow[]).map(
    (p) => ({
      kind: p.kind,
      title: p.title,
      period: { start: p.period_start, end: p.period_end },
      items: (
        db
          .prepare("SELECT * FROM action_items WHERE plan_id = ? ORDER BY pillar, length(letter), letter")
          .all(p.id) as ItemRow[]
      ).map((i) => ({
        code: i.code,
        pillar: i.pillar,
        letter: i.letter,
        action: i.action,
        rsp_ref: i.rsp_ref,
        kpis: texts(db, "SELECT text FROM kpis WHERE action_item_id = ? ORDER BY position", i.id),
        targets: texts(db, "SELECT text FROM targets WHERE action_item_id = ? ORDER BY position", i.id),
        deadline: i.deadline,
        activities: texts(db, "SELECT text FROM activities WHERE action_item_id = ? ORDER BY position", i.id),
        see_also: texts(
          db,
          "SELECT pillar || '-(' || letter || ')' FROM see_also WHERE action_item_id = ? ORDER BY pillar, length(letter), letter",
          i.id,
        ),
        repaired_label: i.repaired_label,
      })),
    }),
  );
  type WorkshopRow = {
    id: number;
    title: string;
    kind: string;
    city: string | null;
    venue: string | null;
    start_date: string | null;
    end_date: string | null;
    participants: number | null;
    administrations: number | null;
    sponsor: string | null;
    status: string;
  };
  const workshops = (
    db.prepare("SELECT * FROM workshops ORDER BY start_date IS NULL, start_date, id").all() as WorkshopRow[]
  ).map((w) => ({
    id: w.id,
    title: w.title,
    kind: w.kind,
    countries: texts(
      db,
      "SELECT country FROM workshop_countries WHERE workshop_id = ? ORDER BY position",
      w.id,
    ),
    city: w.city,
    venue: w.venue,
    start: w.start_date,
    end: w.end_date,
    participants: w.participants,
    administrations: w.administrations,
    sponsor: w.sponsor,
    status: w.status,
    action_items: texts(
      db,
      `SELECT p.kind || ' ' || substr(p.period_start, 1, 4) || '-' || substr(p.period_end, 1, 4) || ' ' || a.code
         FROM workshop_action_items l JOIN action_items a ON a.id = l.action_item_id JOIN plans p ON p.id = a.plan_id
        WHERE l.workshop_id = ? ORDER BY p.period_start, a.pillar, length(a.letter), a.letter`,
      w.id,
    ),
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
