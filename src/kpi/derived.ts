import type { Db } from "../db/open.ts";

/** A figure the catalogue can count by itself, with what was counted. */
export interface DerivedFigure {
  value: number;
  /** The date of the latest thing counted; null when nothing was counted yet. */
  asOf: string | null;
  /** "3 held workshops linked to 1-(hh) from 2022-07-01 to 2024-06-30" */
  counted: string;
}

export interface DeriveContext {
  actionItemId: number;
  code: string;
  /** ISO dates: the plan period, its end cut to today. */
  from: string;
  to: string;
}

type Rule = { name: string; kpi: RegExp; derive: (db: Db, c: DeriveContext) => DerivedFigure | null };

const span = (c: DeriveContext) => `from ${c.from} to ${c.to}`;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function tableExists(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

const LINKED = `SELECT workshop_id FROM workshop_action_items WHERE action_item_id = @item
  UNION SELECT workshop_id FROM activities WHERE action_item_id = @item AND workshop_id IS NOT NULL`;

// An item no workshop is linked to gets no figure: the catalogue does not know its workshops, and a
// zero would read as "behind". A month-only workshop date ("2017-11") is compared by month.
function heldWorkshops(db: Db, c: DeriveContext): DerivedFigure | null {
  const linked = db
    .prepare(`SELECT count(*) FROM (${LINKED})`)
    .pluck()
    .get({ item: c.actionItemId }) as number;
  if (linked === 0) return null;
  const row = db
    .prepare(
      `SELECT count(*) AS n, max(coalesce(w.end_date, w.start_date)) AS last FROM workshops w
       WHERE w.status = 'held' AND w.start_date IS NOT NULL
         AND w.start_date >= substr(@from, 1, length(w.start_date))
         AND w.start_date <= substr(@to, 1, length(w.start_date))
         AND w.id IN (${LINKED})`,
    )
    .get({ from: c.from, to: c.to, item: c.actionItemId }) as { n: number; last: string | null };
  return {
    value: row.n,
    asOf: row.last,
    counted: `${plural(row.n, "held workshop", "held workshops")} linked to ${c.code} ${span(c)}`,
  };
}

/** Whether the follow-up surveys have any data yet: until then the catalogue knows nothing of them. */
function inUse(db: Db, table: "reminders" | "survey_responses"): boolean {
  return tableExists(db, table) && db.prepare(`SELECT 1 FROM ${table} LIMIT 1`).get() !== undefined;
}

// A survey round is one workshop's follow-up survey: its first reminders went out.
function surveyRounds(db: Db, c: DeriveContext): DerivedFigure | null {
  if (!inUse(db, "reminders")) return null;
  const row = db
    .prepare(
      `SELECT count(DISTINCT workshop_id) AS n, max(substr(sent_at, 1, 10)) AS last FROM reminders
       WHERE kind = 'initial' AND state = 'sent' AND substr(sent_at, 1, 10) BETWEEN @from AND @to`,
    )
    .get({ from: c.from, to: c.to }) as { n: number; last: string | null };
  return {
    value: row.n,
    asOf: row.last,
    counted: `${plural(row.n, "follow-up survey round", "follow-up survey rounds")} sent ${span(c)}`,
  };
}

const FOLLOW_UP = `(shared_materials + submitted_reports + made_recommendations + inhouse_workshop
  + operational_manuals + others) > 0`;

function tangibleResults(db: Db, c: DeriveContext): DerivedFigure | null {
  if (!inUse(db, "survey_responses")) return null;
  const row = db
    .prepare(
      `SELECT count(*) AS n, max(substr(submitted_at, 1, 10)) AS last FROM survey_responses
       WHERE ${FOLLOW_UP} AND substr(submitted_at, 1, 10) BETWEEN @from AND @to`,
    )
    .get({ from: c.from, to: c.to }) as { n: number; last: string | null };
  return {
    value: row.n,
    asOf: row.last,
    counted: `${plural(row.n, "survey response", "survey responses")} reporting a follow-up action ${span(c)}`,
  };
}

function meanRating(db: Db, c: DeriveContext): DerivedFigure | null {
  if (!inUse(db, "survey_responses")) return null;
  const row = db
    .prepare(
      `SELECT avg(rating) AS mean, count(rating) AS n, max(substr(submitted_at, 1, 10)) AS last
       FROM survey_responses WHERE rating IS NOT NULL AND substr(submitted_at, 1, 10) BETWEEN @from AND @to`,
    )
    .get({ from: c.from, to: c.to }) as { mean: number | null; n: number; last: string | null };
  if (row.n === 0 || row.mean === null) return null;
  return {
    value: Math.round(row.mean * 10) / 10,
    asOf: row.last,
    counted: `mean rating of ${plural(row.n, "survey response", "survey responses")} ${span(c)}`,
  };
}

/** KPI wordings the catalogue can answer, matched on the whole KPI text (case and spacing ignored). */
export const DERIVATIONS: readonly Rule[] = [
  {
    name: "held workshops",
    kpi: /^(number of (cb )?activities( undertaken)?|workshops conducted)$/,
    derive: heldWorkshops,
  },
  { name: "survey rounds", kpi: /^number of surveys? conducted$/, derive: surveyRounds },
  {
    name: "tangible results",
    kpi: /^number of tangible results( realized by members)?$/,
    derive: tangibleResults,
  },
  { name: "mean rating", kpi: /^results? of (the )?participants'? evaluations?$/, derive: meanRating },
];

const normalise = (kpi: string) =>
  kpi
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, " ")
    .replace(/[.;:]+$/, "")
    .trim();

/** The rule that derives this KPI, if any. */
export function derivationFor(kpiText: string): Rule | undefined {
  const t = normalise(kpiText);
  return DERIVATIONS.find((r) => r.kpi.test(t));
}

/** The derived figure of a KPI; null when its wording has no rule or the tables it needs are missing. */
export function deriveFigure(db: Db, kpiText: string, c: DeriveContext): DerivedFigure | null {
  if (c.to < c.from) return null;
  return derivationFor(kpiText)?.derive(db, c) ?? null;
}
