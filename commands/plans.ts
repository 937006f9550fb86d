import type { KnownBlock } from "@slack/types";
import { context, errorReply, quote, section } from "../src/blocks/index.ts";
import { defaultPlan, listPlans, matchPlans, type Plan, parsePlanSelector } from "../src/catalogue/index.ts";
import type { Db } from "../src/db/open.ts";
import type { Reply } from "../src/reply.ts";

export function planList(plans: readonly Plan[]): string {
  return plans.map((p) => p.label).join(", ");
}

/**
 * The plans named by `text` (likeliest first), or the plan in force (else the latest) when no text;
 * a reply listing the plans when the text names none.
 */
export function resolvePlans(db: Db, text: string | null, today: string): Plan[] | Reply {
  const plans = listPlans(db);
  if (plans.length === 0)
    return errorReply(section("The catalogue has no plans yet: import the plan documents first."));
  if (!text) {
    const plan = defaultPlan(plans, today);
    return plan ? [plan] : [];
  }
  const sel = parsePlanSelector(text);
  const found = sel ? matchPlans(plans, sel) : [];
  if (found.length > 0) return found;
  const what = sel
    ? `There is no plan ${quote(text, 60)}.`
    : `I don't recognise "${quote(text, 60)}" as a plan.`;
  return errorReply(
    section(
      `${what} The plans are: ${planList(plans)}.\nName one like \`AWP 2024-2025\`, \`SAP 2022-2024\`, \`FY2024/25\` or \`2018\`.`,
    ),
  );
}

/** `"2018" also names SAP 2018-2020: /kpi 1-(a) SAP 2018-2020`, when a selector named several plans. */
export function otherPlans(
  selector: string | null,
  taken: Plan,
  plans: Plan[],
  command: (p: Plan) => string,
): KnownBlock[] {
  const others = selector ? plans.filter((p) => p.id !== taken.id) : [];
  if (others.length === 0) return [];
  const list = others.map((p) => `${p.label} (\`${command(p)}\`)`).join(", ");
  return [context(`"${quote(selector ?? "", 40)}" also names ${list}; ${taken.label} was taken.`)];
}
