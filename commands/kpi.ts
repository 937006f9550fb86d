import type { KnownBlock } from "@slack/types";
import { officeToday } from "../src/blocks/dates.ts";
import {
  context,
  errorReply,
  escapeMrkdwn as esc,
  makeReply,
  section,
  shareButton,
  truncate,
} from "../src/blocks/index.ts";
import { kpiCard } from "../src/blocks/items.ts";
import type { ReplyBlock } from "../src/blocks/kit.ts";
import { undatedWording } from "../src/blocks/workshops.ts";
import {
  type ActionItem,
  findItem,
  formatCode,
  type ItemCode,
  itemDetail,
  itemsOfPlan,
  itemsWithCode,
  letterRank,
  listPlans,
  type Plan,
  parseCode,
  parsePlanSelector,
  workshopsOfItem,
} from "../src/catalogue/index.ts";
import type { CommandContext, CommandHandler } from "../src/context.ts";
import {
  describeItemStatus,
  handleKpiSubcommand,
  overviewBlocks,
  overviewWithGaps,
} from "../src/kpi/index.ts";
import type { Reply } from "../src/reply.ts";
import { helpReply, usageError } from "./help.ts";
import { otherPlans, resolvePlans } from "./plans.ts";

const COMMAND = "/kpi";
const SUBCOMMANDS = new Set(["set", "history", "behind", "export"]);

export type KpiRequest =
  | { kind: "help" }
  | { kind: "overview"; plan: string | null }
  | { kind: "item"; code: ItemCode; plan: string | null }
  | { kind: "sub"; sub: string; rest: string };

/** `/kpi …` text to a request: the code may come before or after the plan name. */
export function parseKpi(text: string): KpiRequest {
  const trimmed = text.trim();
  const [first = "", ...more] = trimmed.split(/\s+/);
  const lower = first.toLowerCase();
  if (lower === "help" || lower === "?") return { kind: "help" };
  if (SUBCOMMANDS.has(lower)) return { kind: "sub", sub: lower, rest: more.join(" ") };
  if (trimmed === "") return { kind: "overview", plan: null };
  const tokens = trimmed.split(/\s+/);
  const at = tokens.findIndex((t) => parseCode(t) !== null);
  if (at < 0) return { kind: "overview", plan: trimmed };
  const code = parseCode(tokens[at] as string) as ItemCode;
  const plan = [...tokens.slice(0, at), ...tokens.slice(at + 1)].join(" ");
  return { kind: "item", code, plan: plan === "" ? null : plan };
}

export const kpiCommand: CommandHandler = async (text: string, ctx: CommandContext): Promise<Reply> => {
  const request = parseKpi(text);
  if (request.kind === "sub") {
    const delegated = handleKpiSubcommand(request.sub, request.rest, ctx);
    if (delegated) return await delegated;
    return usageError(COMMAND, `"/kpi ${esc(request.sub)}" is not available yet.`);
  }
  if (request.kind === "help") return helpReply(COMMAND);
  const today = officeToday(ctx.now, ctx.config.OFFICE_TIMEZONE);
  // Read once per request: the item's card and the "not found" reply name other plans from it too.
  const allPlans = listPlans(ctx.db);
  const plans = resolvePlans(allPlans, request.plan, today);
  if (!Array.isArray(plans)) {
    if (request.kind === "overview" && request.plan && !parsePlanSelector(request.plan)) {
      return usageError(
        COMMAND,
        `I can't read "${esc(truncate(request.plan, 100))}" as an action item code or a plan. Write a code like \`1-(h)\`.`,
      );
    }
    return plans;
  }
  if (plans.length === 0) return errorReply(section("The catalogue has no plans yet."));
  const staff = await ctx.isStaff();
  if (request.kind === "overview") return overview(ctx, plans, request.plan, staff);
  return itemReply(ctx, allPlans, request.code, plans, text, request.plan, staff);
};

function itemReply(
  ctx: CommandContext,
  allPlans: readonly Plan[],
  code: ItemCode,
  plans: Plan[],
  text: string,
  selector: string | null,
  staff: boolean,
): Reply {
  const label = formatCode(code);
  if (code.pillar < 1 || code.pillar > 4) {
    return errorReply(
      section(
        `There is no pillar ${code.pillar}: plans have pillars 1 to 4, so codes run from 1-(a) to 4-(…).`,
      ),
    );
  }
  let item: ActionItem | undefined;
  let plan = plans[0] as Plan;
  for (const p of plans) {
    item = findItem(ctx.db, p.id, code);
    if (item) {
      plan = p;
      break;
    }
  }
  if (!item) return notFound(ctx, allPlans, code, plan);
  const alsoIn = itemsWithCode(ctx.db, code)
    .filter((i) => i.planId !== plan.id)
    .map((i) => allPlans.find((p) => p.id === i.planId))
    .filter((p): p is Plan => p !== undefined);
  const today = officeToday(ctx.now, ctx.config.OFFICE_TIMEZONE);
  const blocks = kpiCard({
    item,
    plan,
    detail: itemDetail(ctx.db, item),
    workshops: workshopsOfItem(ctx.db, item.id),
    status: describeItemStatus(ctx.db, item.id, ctx.now, { timeZone: ctx.config.OFFICE_TIMEZONE }, staff),
    alsoIn,
    undated: undatedWording(allPlans, today),
  });
  blocks.push(...otherPlans(selector, plan, plans, (p) => `/kpi ${label} ${p.label}`));
  return makeReply(blocks, { tail: shareButton(COMMAND, text.trim() || label) });
}

/** "There is no item 1-(zz) in AWP 2024-2025. Pillar 1 has items a–ll." and the closest codes. */
function notFound(ctx: CommandContext, allPlans: readonly Plan[], code: ItemCode, plan: Plan): Reply {
  const items = itemsOfPlan(ctx.db, plan.id, code.pillar);
  const first = items[0];
  const last = items[items.length - 1];
  const range =
    first && last
      ? `Pillar ${code.pillar} has items ${first.letter}–${last.letter}.`
      : `${plan.label} has no items in pillar ${code.pillar}.`;
  const sentence = `There is no item ${formatCode(code)} in ${plan.label}. ${range}`;
  const closest = closestItems(items, code.letter);
  const more: KnownBlock[] = [];
  if (closest.length) {
    const lines = closest.map((i) => `• *${i.code}* ${esc(truncate(i.action.replace(/\s+/g, " "), 140))}`);
    more.push(section(`Closest in ${plan.label}:\n${lines.join("\n")}`));
  }
  const elsewhere = itemsWithCode(ctx.db, code).filter((i) => i.planId !== plan.id);
  if (elsewhere.length) {
    const names = elsewhere.map((i) => allPlans.find((p) => p.id === i.planId)?.label).filter(Boolean);
    more.push(
      context(`${formatCode(code)} exists in ${names.join(", ")}: \`/kpi ${formatCode(code)} ${names[0]}\`.`),
    );
  }
  return errorReply(section(sentence), ...more);
}

/** Letters near the one asked for: same first letter, then nearest in printed order. */
function closestItems(items: ActionItem[], letter: string): ActionItem[] {
  const rank = letterRank(letter);
  const score = (i: ActionItem) =>
    (i.letter[0] === letter[0] ? 0 : 100) +
    Math.abs(letterRank(i.letter) - rank) +
    (i.letter.length === letter.length ? 0 : 0.5);
  return [...items].sort((a, b) => score(a) - score(b)).slice(0, 3);
}

/** One screen: the plan by pillar with counts per KPI status, then the items behind, and what cannot be judged. */
function overview(ctx: CommandContext, plans: Plan[], selector: string | null, staff: boolean): Reply {
  const plan = plans[0] as Plan;
  const blocks: ReplyBlock[] = [
    ...overviewBlocks(
      overviewWithGaps(ctx.db, plan.id, ctx.now, { timeZone: ctx.config.OFFICE_TIMEZONE }, staff),
    ),
    ...otherPlans(selector, plan, plans, (p) => `/kpi ${p.label}`),
    context(
      "`/kpi 1-(a)` for one item · `/kpi behind` · `/kpi export` for the table as CSV · `/actions pillar 1`",
    ),
  ];
  return makeReply(blocks, { tail: shareButton(COMMAND, plan.label) });
}
