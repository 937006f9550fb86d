import { formatCode } from "../../catalogue/codes.ts";
import { itemDetail, itemsOfPlan } from "../../catalogue/items.ts";
import { listPlans } from "../../catalogue/plans.ts";
import type { Db } from "../../db/open.ts";
import type { ParsedPlan } from "../parsed.ts";

/** What the catalogue holds of one action item, in a form two versions of a plan can be compared by. */
export interface ItemFacts {
  code: string;
  pillar: number;
  action: string;
  rspRef: string | null;
  kpis: string[];
  targets: string[];
  deadline: string | null;
  activities: string[];
}

export interface PlanDiff {
  added: string[];
  removed: string[];
  changed: string[];
}

/** Share of a plan's items or KPIs a new version may lose before the import is refused. */
const MAX_LOSS = 0.25;

export function factsOf(plan: ParsedPlan): ItemFacts[] {
  return plan.items.map((i) => ({
    code: formatCode(i),
    pillar: i.pillar,
    action: i.action,
    rspRef: i.rspRef,
    kpis: i.kpis,
    targets: i.targets,
    deadline: i.deadline,
    activities: i.activities.map((a) => a.text),
  }));
}

/** The items of the stored plan of the same kind and period, or null when there is none. */
export function storedFacts(db: Db, plan: ParsedPlan): ItemFacts[] | null {
  const stored = listPlans(db).find(
    (p) => p.kind === plan.kind && p.periodStart === plan.periodStart && p.periodEnd === plan.periodEnd,
  );
  if (!stored) return null;
  return itemsOfPlan(db, stored.id).map((i) => {
    const detail = itemDetail(db, i);
    return {
      code: i.code,
      pillar: i.pillar,
      action: i.action,
      rspRef: i.rspRef,
      kpis: detail.kpis,
      targets: detail.targets,
      deadline: i.deadline,
      activities: detail.activities.map((a) => a.text),
    };
  });
}

// The same facts whatever order the fields were read in.
const canonical = (i: ItemFacts) =>
  JSON.stringify([i.pillar, i.action, i.rspRef, i.kpis, i.targets, i.deadline, i.activities]);

export function diffPlans(before: ItemFacts[], after: ItemFacts[]): PlanDiff {
  const old = new Map(before.map((i) => [i.code, canonical(i)]));
  const now = new Map(after.map((i) => [i.code, canonical(i)]));
  return {
    added: after.filter((i) => !old.has(i.code)).map((i) => i.code),
    removed: before.filter((i) => !now.has(i.code)).map((i) => i.code),
    changed: after.filter((i) => old.has(i.code) && old.get(i.code) !== now.get(i.code)).map((i) => i.code),
  };
}

const kpiCount = (items: ItemFacts[]) => items.reduce((n, i) => n + i.kpis.length, 0);

/**
 * What a new version of a plan would destroy: a whole pillar, or more than a quarter of the items
 * or KPIs. A sentence naming the losses, or null when the new version keeps the plan whole.
 */
export function losses(before: ItemFacts[], after: ItemFacts[]): string | null {
  const out: string[] = [];
  const pillars = [...new Set(before.map((i) => i.pillar))].filter((p) => !after.some((i) => i.pillar === p));
  if (pillars.length > 0) {
    out.push(
      pillars.length === 1
        ? `pillar ${pillars[0]} (all its items)`
        : `pillars ${inWords(pillars.map(String))} (all their items)`,
    );
  }
  const lostItems = before.length - after.length;
  if (before.length > 0 && lostItems / before.length > MAX_LOSS) {
    out.push(`${lostItems} of its ${before.length} action items`);
  }
  const lostKpis = kpiCount(before) - kpiCount(after);
  if (kpiCount(before) > 0 && lostKpis / kpiCount(before) > MAX_LOSS) {
    out.push(`${lostKpis} of its ${kpiCount(before)} KPIs`);
  }
  return out.length > 0 ? inWords(out) : null;
}

/** "a", "a and b", "a, b and c". */
function inWords(parts: string[]): string {
  return parts.length < 2 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}
