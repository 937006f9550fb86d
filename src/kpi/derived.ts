import { scopeCondition } from "../catalogue/workshops.ts";
import type { Db } from "../db/open.ts";
import { stmt, tableExists } from "../db/statements.ts";

export { tableExists };

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

/**
 * What has been counted for the KPIs of plan `planId`, so that they cost a few queries in all: held
 * workshops of every item at once, and survey figures (the same for every item) once per window.
 * It does not see later changes: keep it no longer than the db stays as it is (see `cache.ts`).
 */
export interface DeriveBatch {
  planId: number;
  held: Map<string, Map<number, { n: number; last: string | null }>>;
  figures: Map<string, DerivedFigure | null>;
}

export const deriveBatch = (planId: number): DeriveBatch => ({ planId, held: new Map(), figures: new Map() });

type Rule = {
  name: string;
  kpi: RegExp;
  derive: (db: Db, c: DeriveContext, batch?: DeriveBatch) => DerivedFigure | null;
};

const span = (c: DeriveContext) => `from ${c.from} to ${c.to}`;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const LINKED = `SELECT workshop_id FROM workshop_action_items WHERE action_item_id = @item
  UNION SELECT workshop_id FROM activities WHERE action_item_id = @item AND workshop_id IS NOT NULL`;

// An item no workshop is linked to gets no figure: the catalogue does not know its workshops, and a
// zero would read as "behind". A month-only workshop date ("2017-11") is compared by month.
function heldWorkshops(db: Db, c: DeriveContext, batch?: DeriveBatch): DerivedFigure | null {
  const row = batch ? heldInPlan(db, batch, c).get(c.actionItemId) : heldOfItem(db, c);
  if (!row) return null;
  return {
    value: row.n,
    asOf: row.last,
    counted: `${plural(row.n, "held workshop", "held workshops")} linked to ${c.code} ${span(c)}`,
  };
}

// Meetings, conferences, ceremonies and missions a report lists are not workshops the office held.
const HELD_IN_WINDOW = `w.status = 'held' AND ${scopeCondition("workshops")} AND w.start_date IS NOT NULL
  AND w.start_date >= substr(@from, 1, length(w.start_date))
  AND w.start_date <= substr(@to, 1, length(w.start_date))`;

function heldOfItem(db: Db, c: DeriveContext): { n: number; last: string | null } | undefined {
  const linked = stmt(db, `SELECT count(*) AS n FROM (${LINKED})`).get({ item: c.actionItemId }) as {
    n: number;
  };
  if (linked.n === 0) return undefined;
  return stmt(
    db,
    `SELECT count(*) AS n, max(coalesce(w.end_date, w.start_date)) AS last FROM workshops w
     WHERE ${HELD_IN_WINDOW} AND w.id IN (${LINKED})`,
  ).get({ from: c.from, to: c.to, item: c.actionItemId }) as { n: number; last: string | null };
}

// The same count for every item of the plan at once; an item with no linked workshop has no row.
const HELD_BY_ITEM = `WITH linked(item, workshop_id) AS (
    SELECT l.action_item_id, l.workshop_id FROM workshop_action_items l
      JOIN action_items a ON a.id = l.action_item_id WHERE a.plan_id = @plan
    UNION SELECT l.action_item_id, l.workshop_id FROM activities l
      JOIN action_items a ON a.id = l.action_item_id WHERE a.plan_id = @plan AND l.workshop_id IS NOT NULL)
  SELECT l.item AS item, count(w.id) AS n, max(coalesce(w.end_date, w.start_date)) AS last
  FROM linked l LEFT JOIN workshops w ON w.id = l.workshop_id AND ${HELD_IN_WINDOW}
  GROUP BY l.item`;

function heldInPlan(db: Db, batch: DeriveBatch, c: DeriveContext) {
  const key = `${c.from}|${c.to}`;
  let byItem = batch.held.get(key);
  if (!byItem) {
    const rows = stmt(db, HELD_BY_ITEM).all({ plan: batch.planId, from: c.from, to: c.to }) as Array<{
      item: number;
      n: number;
      last: string | null;
    }>;
    byItem = new Map(rows.map((r) => [r.item, { n: r.n, last: r.last }]));
    batch.held.set(key, byItem);
  }
  return byItem;
}

/** Whether the follow-up surveys have any data yet: until then the catalogue knows nothing of them. */
function inUse(db: Db, table: "reminders" | "survey_responses"): boolean {
  return tableExists(db, table) && stmt(db, `SELECT 1 AS found FROM ${table} LIMIT 1`).get() !== undefined;
}

// A survey round is one workshop's follow-up survey: its first reminders went out.
function surveyRounds(db: Db, c: DeriveContext): DerivedFigure | null {
  if (!inUse(db, "reminders")) return null;
  const row = stmt(
    db,
    `SELECT count(DISTINCT workshop_id) AS n, max(substr(sent_at, 1, 10)) AS last FROM reminders
       WHERE kind = 'initial' AND state = 'sent' AND substr(sent_at, 1, 10) BETWEEN @from AND @to`,
  ).get({ from: c.from, to: c.to }) as { n: number; last: string | null };
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
  const row = stmt(
    db,
    `SELECT count(*) AS n, max(substr(submitted_at, 1, 10)) AS last FROM survey_responses
       WHERE ${FOLLOW_UP} AND substr(submitted_at, 1, 10) BETWEEN @from AND @to`,
  ).get({ from: c.from, to: c.to }) as { n: number; last: string | null };
  return {
    value: row.n,
    asOf: row.last,
    counted: `${plural(row.n, "survey response", "survey responses")} reporting a follow-up action ${span(c)}`,
  };
}

function meanRating(db: Db, c: DeriveContext): DerivedFigure | null {
  if (!inUse(db, "survey_responses")) return null;
  const row = stmt(
    db,
    `SELECT avg(rating) AS mean, count(rating) AS n, max(substr(submitted_at, 1, 10)) AS last
       FROM survey_responses WHERE rating IS NOT NULL AND substr(submitted_at, 1, 10) BETWEEN @from AND @to`,
  ).get({ from: c.from, to: c.to }) as { mean: number | null; n: number; last: string | null };
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

// The catalogue prints a few hundred KPI wordings; each is matched against the rules once.
const ruleOf = new Map<string, Rule | null>();

/** The rule that derives this KPI, if any. */
export function derivationFor(kpiText: string): Rule | undefined {
  let rule = ruleOf.get(kpiText);
  if (rule === undefined) {
    const t = normalise(kpiText);
    rule = DERIVATIONS.find((r) => r.kpi.test(t)) ?? null;
    if (ruleOf.size >= 4096) ruleOf.clear();
    ruleOf.set(kpiText, rule);
  }
  return rule ?? undefined;
}

/**
 * The derived figure of a KPI; null when its wording has no rule or the tables it needs are missing.
 * Pass a batch (of the KPI's plan) when deriving many KPIs of a plan in one go.
 */
export function deriveFigure(
  db: Db,
  kpiText: string,
  c: DeriveContext,
  batch?: DeriveBatch,
): DerivedFigure | null {
  if (c.to < c.from) return null;
  const rule = derivationFor(kpiText);
  if (!rule) return null;
  if (!batch || rule.derive === heldWorkshops) return rule.derive(db, c, batch) ?? null;
  // Survey figures do not depend on the item: counted once per window, a copy for each KPI.
  const key = `${rule.name}|${c.from}|${c.to}`;
  let figure = batch.figures.get(key);
  if (figure === undefined) {
    figure = rule.derive(db, c) ?? null;
    batch.figures.set(key, figure);
  }
  return figure && { ...figure };
}
