import { officeToday } from "../../blocks/dates.ts";
import { formatDate } from "../../blocks/index.ts";
import { type ActionItem, defaultPlan, itemsByIds, listPlans, type Plan } from "../../catalogue/index.ts";
import { matchPlans, parsePlanSelector } from "../../catalogue/plans.ts";
import type { CommandContext } from "../../context.ts";
import { readsOf, remember } from "../../db/read-cache.ts";
import type { DocType } from "../../search/documents.ts";

/** The items of one plan that match a question's words, and which plan it is and why. */
export interface PlanItems {
  plan: Plan;
  /** "SAP 2022-2024, as asked", "AWP 2024-2025, the plan in force on 1 Oct 2024". */
  why: string;
  items: ActionItem[];
  /** Every word matched (else only some of them). */
  full: boolean;
}

/**
 * Items matching `words` (their action, KPIs and targets, or their planned activities) in the plan named,
 * else in the plan in force, else in the latest plan that had started by then, else in the earlier ones,
 * newest first: never in a plan that starts after the clock's day.
 */
export function itemsOfPlans(
  ctx: CommandContext,
  words: string,
  planText: string | null,
  types: readonly DocType[],
): PlanItems | { plan: Plan | null; why: string } {
  const today = officeToday(ctx.now, ctx.config.OFFICE_TIMEZONE);
  // The same questions come again and again: kept until the catalogue changes.
  return remember(readsOf(ctx.db), `plan items ${today} ${types.join(",")} ${planText ?? ""} ${words}`, () =>
    findItems(ctx, today, words, planText, types),
  );
}

function findItems(
  ctx: CommandContext,
  today: string,
  words: string,
  planText: string | null,
  types: readonly DocType[],
): PlanItems | { plan: Plan | null; why: string } {
  const plans = listPlans(ctx.db);
  const selector = planText ? parsePlanSelector(planText) : null;
  const named = selector ? matchPlans(plans, selector) : [];
  const inForce = defaultPlan(
    plans.filter((p) => p.periodStart <= today),
    today,
  );
  // A plan asked for by name is answered from, or said to hold nothing: never swapped for another.
  const candidates: Array<{ plan: Plan; why: string }> = named.length
    ? named.map((plan) => ({ plan, why: `${plan.label}, as asked` }))
    : [
        ...(inForce
          ? [
              {
                plan: inForce,
                why:
                  inForce.periodEnd >= today
                    ? `${inForce.label}, the plan in force on ${formatDate(today)}`
                    : `${inForce.label}, the latest plan (it ended on ${formatDate(inForce.periodEnd)})`,
              },
            ]
          : []),
        ...plans
          .filter((p) => p.periodStart <= today && p.id !== inForce?.id)
          .map((plan) => ({ plan, why: `${plan.label}, the latest plan that mentions it` })),
      ];
  const hits = ctx.search.search(words, types);
  const byPlan = itemsByIds(ctx.db, [...new Set(hits.map((h) => h.ref))]);
  const of = (plan: Plan, full: boolean) => [
    ...new Map(
      hits
        .filter((h) => h.full === full)
        .map((h) => byPlan.get(h.ref))
        .filter((i): i is ActionItem => i !== undefined && i.planId === plan.id)
        .map((i) => [i.id, i]),
    ).values(),
  ];
  for (const full of [true, false]) {
    for (const c of candidates) {
      const items = of(c.plan, full);
      if (items.length > 0) return { ...c, items, full };
    }
  }
  const first = candidates[0];
  return { plan: first?.plan ?? null, why: first?.why ?? "" };
}
