import type { KnownBlock } from "@slack/types";
import { context, errorReply, quote, section } from "../src/blocks/index.ts";
import { defaultPlan, matchPlans, type Plan, parsePlanSelector } from "../src/catalogue/index.ts";
import type { Reply } from "../src/reply.ts";

export function planList(plans: readonly Plan[]): string {
  return plans.map((p) => p.label).join(", ");
}

/**
 * The plans named by `text` (likeliest first), or the plan in force (else the latest) when no text;
 * a reply listing the plans when the text names none.
 */
export function resolvePlans(plans: readonly Plan[], text: string | null, today: string): Plan[] | Reply {
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

/** The most words a plan's name takes: "strategic action plan 2018-2020". */
const MOST_PLAN_WORDS = 4;

/**
 * Words with a plan named at their end or start taken off: "single window SAP 2022-2024" is a search
 * for "single window" in that plan. The longest name wins; some words must be left to search for.
 */
export function splitPlan(text: string): { words: string; plan: string | null } {
  const tokens = text.trim().split(/\s+/);
  for (let n = Math.min(MOST_PLAN_WORDS, tokens.length - 1); n >= 1; n--) {
    const tail = tokens.slice(-n).join(" ");
    if (parsePlanSelector(tail)) return { words: tokens.slice(0, -n).join(" "), plan: tail };
    const head = tokens.slice(0, n).join(" ");
    if (parsePlanSelector(head)) return { words: tokens.slice(n).join(" "), plan: head };
  }
  return { words: text.trim(), plan: null };
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

/**
 * The plan `text` names (the plan in force without it; the likeliest when it fits several), with a line
 * naming the others it fits as `command` would ask for them; a reply when it names none.
 */
export function onePlan(
  all: readonly Plan[],
  text: string | null,
  today: string,
  command: (p: Plan) => string,
): [Plan, KnownBlock[]] | Reply {
  const plans = resolvePlans(all, text, today);
  if (!Array.isArray(plans)) return plans;
  const plan = plans[0];
  if (!plan) return errorReply(section("The catalogue has no plans yet."));
  return [plan, otherPlans(text, plan, plans, command)];
}
