import type { Db } from "../db/open.ts";
import { stmt } from "../db/statements.ts";
import { type ItemCode, letterRank } from "./codes.ts";

export interface ActionItem {
  id: number;
  planId: number;
  pillar: number;
  letter: string;
  code: string;
  action: string;
  rspRef: string | null;
  deadline: string | null;
  /** The label as printed when the importer had to repair it ("8)", "I)"), else null. */
  repairedLabel: string | null;
}

interface ItemRow {
  id: number;
  plan_id: number;
  pillar: number;
  letter: string;
  code: string;
  action: string;
  rsp_ref: string | null;
  deadline: string | null;
  repaired_label: string | null;
}

const COLUMNS =
  "i.id, i.plan_id, i.pillar, i.letter, i.code, i.action, i.rsp_ref, i.deadline, i.repaired_label";
const ORDER = "i.pillar, length(i.letter), i.letter";

const toItem = (r: ItemRow): ActionItem => ({
  id: r.id,
  planId: r.plan_id,
  pillar: r.pillar,
  letter: r.letter,
  code: r.code,
  action: r.action,
  rspRef: r.rsp_ref,
  deadline: r.deadline,
  repairedLabel: r.repaired_label,
});

export function findItem(db: Db, planId: number, code: ItemCode): ActionItem | undefined {
  const row = stmt(
    db,
    `SELECT ${COLUMNS} FROM action_items i WHERE i.plan_id = ? AND i.pillar = ? AND i.letter = ?`,
  ).get(planId, code.pillar, code.letter) as ItemRow | undefined;
  return row ? toItem(row) : undefined;
}

/** Items of a plan in printed order, optionally one pillar. */
export function itemsOfPlan(db: Db, planId: number, pillar?: number): ActionItem[] {
  const rows = (
    pillar === undefined
      ? stmt(db, `SELECT ${COLUMNS} FROM action_items i WHERE i.plan_id = ? ORDER BY ${ORDER}`).all(planId)
      : stmt(
          db,
          `SELECT ${COLUMNS} FROM action_items i WHERE i.plan_id = ? AND i.pillar = ? ORDER BY ${ORDER}`,
        ).all(planId, pillar)
  ) as ItemRow[];
  return rows.map(toItem);
}

/** The item with this code in every plan, the most recent plan first. */
export function itemsWithCode(db: Db, code: ItemCode): ActionItem[] {
  const rows = stmt(
    db,
    `SELECT ${COLUMNS} FROM action_items i JOIN plans p ON p.id = i.plan_id
       WHERE i.pillar = ? AND i.letter = ? ORDER BY p.period_start DESC, p.kind = 'AWP' DESC`,
  ).all(code.pillar, code.letter) as ItemRow[];
  return rows.map(toItem);
}

export function itemsByIds(db: Db, ids: readonly number[]): Map<number, ActionItem> {
  const out = new Map<number, ActionItem>();
  const get = stmt(db, `SELECT ${COLUMNS} FROM action_items i WHERE i.id = ?`);
  for (const id of ids) {
    const row = get.get(id) as ItemRow | undefined;
    if (row) out.set(id, toItem(row));
  }
  return out;
}

/** Letters used in one pillar of a plan, in order ("a".."ll"). */
export function lettersOfPillar(db: Db, planId: number, pillar: number): string[] {
  const letters = stmt(db, "SELECT letter FROM action_items WHERE plan_id = ? AND pillar = ?")
    .pluck()
    .all(planId, pillar) as string[];
  return letters.sort((a, b) => letterRank(a) - letterRank(b));
}

export interface ItemDetail {
  kpis: string[];
  targets: string[];
  activities: Array<{ text: string; workshopId: number | null }>;
  /** See-also references of the item, resolved in the same plan when they exist there. */
  seeAlso: Array<{ code: string; item: ActionItem | undefined }>;
}

/** An item's KPIs or targets, in printed order. */
export function itemTexts(db: Db, itemId: number, table: "kpis" | "targets"): string[] {
  return stmt(db, `SELECT text FROM ${table} WHERE action_item_id = ? ORDER BY position`)
    .pluck()
    .all(itemId) as string[];
}

export function itemDetail(db: Db, item: ActionItem): ItemDetail {
  const texts = (table: "kpis" | "targets") => itemTexts(db, item.id, table);
  const activities = stmt(
    db,
    "SELECT text, workshop_id AS workshopId FROM activities WHERE action_item_id = ? ORDER BY position",
  ).all(item.id) as ItemDetail["activities"];
  const refs = stmt(db, "SELECT pillar, letter FROM see_also WHERE action_item_id = ?").all(
    item.id,
  ) as Array<{ pillar: number; letter: string }>;
  refs.sort((a, b) => a.pillar - b.pillar || letterRank(a.letter) - letterRank(b.letter));
  const seeAlso = refs.map((r) => ({
    code: `${r.pillar}-(${r.letter})`,
    item: findItem(db, item.planId, r),
  }));
  return { kpis: texts("kpis"), targets: texts("targets"), activities, seeAlso };
}
