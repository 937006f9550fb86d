import type { Db } from "../db/open.ts";
import { readsOf, remember } from "../db/read-cache.ts";
import { stmt } from "../db/statements.ts";
import { parseDeadline } from "./deadlines.ts";
import { type DeriveBatch, deriveBatch } from "./derived.ts";
import { latestMeasurements, type Measurement } from "./measurements.ts";
import { type ItemRow, type KpiItem, type KpiPlan, planOf, toItem } from "./plans.ts";

export interface TextRow {
  position: number;
  text: string;
}

/** Everything a plan report reads from the db. Shared between reports: copy before handing out. */
export interface PlanData {
  plan: KpiPlan;
  /** In printed order. */
  items: KpiItem[];
  /** `dueOf` each item, by item id. */
  dues: ReadonlyMap<number, string>;
  /** KPI and target texts by item id (in any order: rows go by position). */
  kpis: ReadonlyMap<number, TextRow[]>;
  targets: ReadonlyMap<number, TextRow[]>;
  /** The measurement in use by `measurementKey`. */
  measured: ReadonlyMap<string, Measurement>;
  /** Derived figures, counted when first asked for. */
  batch: DeriveBatch;
}

/** The ISO date an item's targets are due: its printed deadline, else the end of the period. */
export const dueOf = (item: KpiItem, plan: KpiPlan): string =>
  parseDeadline(item.deadline, plan.periodStart, plan.periodEnd) ?? plan.periodEnd;

const ITEM_ORDER = "pillar, length(letter), letter";

function planItems(db: Db, planId: number): KpiItem[] {
  const rows = stmt(
    db,
    `SELECT id, plan_id, pillar, letter, code, deadline FROM action_items WHERE plan_id = ? ORDER BY ${ITEM_ORDER}`,
  ).all(planId) as ItemRow[];
  return rows.map(toItem);
}

function planTexts(db: Db, table: "kpis" | "targets", planId: number): Map<number, TextRow[]> {
  const rows = stmt(
    db,
    `SELECT t.action_item_id AS item, t.position, t.text FROM ${table} t
     JOIN action_items a ON a.id = t.action_item_id WHERE a.plan_id = ?`,
  ).all(planId) as Array<TextRow & { item: number }>;
  const byItem = new Map<number, TextRow[]>();
  for (const r of rows) {
    const list = byItem.get(r.item);
    const row = { position: r.position, text: r.text };
    if (list) list.push(row);
    else byItem.set(r.item, [row]);
  }
  return byItem;
}

/**
 * A plan's items, texts and figures in a few set-based queries (not a few per item and KPI), kept
 * while the db does not change; undefined when there is no such plan.
 */
export function planData(db: Db, planId: number): PlanData | undefined {
  return remember(readsOf(db), `plan ${planId}`, () => {
    const plan = planOf(db, planId);
    if (!plan) return undefined;
    const items = planItems(db, planId);
    return {
      plan,
      items,
      dues: new Map(items.map((item) => [item.id, dueOf(item, plan)])),
      kpis: planTexts(db, "kpis", planId),
      targets: planTexts(db, "targets", planId),
      measured: latestMeasurements(db, plan),
      batch: deriveBatch(planId),
    };
  });
}
