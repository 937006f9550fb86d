import { officeToday } from "../src/blocks/dates.ts";
import {
  context,
  errorReply,
  escapeMrkdwn as esc,
  header,
  listButtons,
  makeReply,
  type Page,
  pageCount,
  section,
  truncate,
} from "../src/blocks/index.ts";
import { itemTable } from "../src/blocks/items.ts";
import type { ReplyBlock } from "../src/blocks/kit.ts";
import {
  type ActionItem,
  formatCode,
  type ItemCode,
  itemsByIds,
  itemsOfPlan,
  itemsWithCode,
  itemTexts,
  listPlans,
  type Plan,
  parseCode,
  parsePlanSelector,
} from "../src/catalogue/index.ts";
import type { CommandContext, CommandHandler } from "../src/context.ts";
import type { Reply } from "../src/reply.ts";
import { helpReply, usageError } from "./help.ts";
import { onePlan, resolvePlans, splitPlan } from "./plans.ts";

const COMMAND = "/actions";

const todayOf = (ctx: CommandContext) => officeToday(ctx.now, ctx.config.OFFICE_TIMEZONE);
const PAGE_SIZE = 10;

export type ActionsRequest =
  | { kind: "help" }
  | { kind: "pillar"; pillar: number; plan: string | null }
  | { kind: "code"; code: ItemCode; plan: string | null }
  | { kind: "search"; words: string; plan: string | null };

export function parseActions(text: string): ActionsRequest | { error: string } {
  const trimmed = text.trim();
  const [first = "", ...more] = trimmed.split(/\s+/);
  const lower = first.toLowerCase();
  if (trimmed === "") return { error: "Tell me what to look for: words, a code or a pillar." };
  if (lower === "help" || lower === "?") return { kind: "help" };
  // "2" alone, or "2 SAP 2022-2024", is the pillar: searching for the digit finds every item.
  const bare = /^([0-9]+)(?:\s+(.*))?$/.exec(trimmed);
  const pillar =
    /^pillar\s*([0-9]+)(?:\s+(.*))?$/i.exec(trimmed) ??
    (bare && (!bare[2] || parsePlanSelector(bare[2])) ? bare : null);
  if (pillar?.[1]) {
    const n = Number(pillar[1]);
    if (n < 1 || n > 4) return { error: `There is no pillar ${n}: plans have pillars 1 to 4.` };
    return { kind: "pillar", pillar: n, plan: pillar[2]?.trim() || null };
  }
  if (lower === "pillar") return { error: "Say which pillar, 1 to 4: `/actions pillar 2`." };
  const code = parseCode(first);
  if (code) return { kind: "code", code, plan: more.join(" ").trim() || null };
  return { kind: "search", ...splitPlan(trimmed) };
}

export const actionsCommand: CommandHandler = (text: string, ctx: CommandContext): Reply => {
  const request = parseActions(text);
  if ("error" in request) return usageError(COMMAND, request.error);
  if (request.kind === "help") return helpReply(COMMAND);
  // Read once per request: resolving the plan, naming each item's plan and ranking all use it.
  const plans = listPlans(ctx.db);
  switch (request.kind) {
    case "pillar":
      return pillarReply(ctx, plans, text, request.pillar, request.plan);
    case "code":
      return codeReply(ctx, plans, text, request.code, request.plan);
    case "search":
      return searchReply(ctx, plans, text, request.words, request.plan);
  }
};

function listReply(
  ctx: CommandContext,
  allPlans: readonly Plan[],
  title: string,
  items: ActionItem[],
  text: string,
  intro?: ReplyBlock,
  note?: string,
): Reply {
  const plans = new Map(allPlans.map((p) => [p.id, p]));
  const offset = Math.min(Math.max(0, ctx.offset), Math.max(0, items.length - 1));
  const page: Page = {
    command: COMMAND,
    text: text.trim(),
    offset,
    pageSize: PAGE_SIZE,
    total: items.length,
  };
  const blocks: ReplyBlock[] = [
    header(title),
    ...(intro ? [intro] : []),
    context(pageCount(page, items.length === 1 ? "action item" : "action items")),
  ];
  blocks.push(
    itemTable(
      items.slice(offset, offset + PAGE_SIZE).map((item) => ({
        item,
        plan: plans.get(item.planId),
        kpis: itemTexts(ctx.db, item.id, "kpis"),
      })),
    ),
  );
  if (note) blocks.push(context(note));
  return makeReply(blocks, { tail: listButtons(page) });
}

function pillarReply(
  ctx: CommandContext,
  allPlans: readonly Plan[],
  text: string,
  pillar: number,
  planText: string | null,
): Reply {
  const named = onePlan(allPlans, planText, todayOf(ctx), (p) => `/actions pillar ${pillar} ${p.label}`);
  if (!Array.isArray(named)) return named;
  const [plan, [others]] = named;
  const items = itemsOfPlan(ctx.db, plan.id, pillar);
  if (items.length === 0)
    return errorReply(section(`${plan.label} has no action items in pillar ${pillar}.`));
  return listReply(
    ctx,
    allPlans,
    `${plan.label} · pillar ${pillar}`,
    items,
    text,
    others,
    `\`/kpi ${items[0]?.code}\` shows one item in full.`,
  );
}

function codeReply(
  ctx: CommandContext,
  allPlans: readonly Plan[],
  text: string,
  code: ItemCode,
  planText: string | null,
): Reply {
  if (code.pillar < 1 || code.pillar > 4)
    return errorReply(section(`There is no pillar ${code.pillar}: plans have pillars 1 to 4.`));
  let items = itemsWithCode(ctx.db, code);
  if (planText) {
    const plans = resolvePlans(allPlans, planText, todayOf(ctx));
    if (!Array.isArray(plans)) return plans;
    const ids = new Set(plans.map((p) => p.id));
    items = items.filter((i) => ids.has(i.planId));
  }
  if (items.length === 0) {
    return errorReply(
      section(
        `No plan has an item ${formatCode(code)}${planText ? ` in ${esc(truncate(planText, 60))}` : ""}. Try \`/actions pillar ${code.pillar}\`.`,
      ),
    );
  }
  return listReply(
    ctx,
    allPlans,
    `${formatCode(code)} across plans`,
    items,
    text,
    undefined,
    `\`/kpi ${formatCode(code)} &lt;plan&gt;\` shows one in full.`,
  );
}

/**
 * Items matching every word first; within that, the latest plan first, then by relevance. A plan named
 * with the words keeps the search to that plan (the likeliest, when the name fits several).
 */
function searchReply(
  ctx: CommandContext,
  allPlans: readonly Plan[],
  text: string,
  words: string,
  planText: string | null,
): Reply {
  const named = planText
    ? onePlan(allPlans, planText, todayOf(ctx), (p) => `/actions ${words} ${p.label}`)
    : null;
  if (named && !Array.isArray(named)) return named;
  const [plan, others] = named ?? [null, []];
  const rank = new Map(allPlans.map((p, i) => [p.id, i]));
  const hits = ctx.search.actionItems(words);
  const items = itemsByIds(
    ctx.db,
    hits.map((h) => h.id),
  );
  const ordered = hits
    .map((h, i) => ({ item: items.get(h.id), full: h.full, i }))
    .filter((h): h is { item: ActionItem; full: boolean; i: number } => h.item !== undefined)
    .filter((h) => !plan || h.item.planId === plan.id)
    .sort(
      (a, b) =>
        Number(b.full) - Number(a.full) ||
        (rank.get(a.item.planId) ?? 0) - (rank.get(b.item.planId) ?? 0) ||
        a.i - b.i,
    )
    .map((h) => h.item);
  const where = plan ? ` in ${plan.label}` : "";
  const title = `Action items matching "${truncate(words, 100)}"${where}`;
  if (ordered.length === 0) {
    return makeReply([
      header(title),
      section(
        `No action item${where} matches "${esc(truncate(words, 200))}". Try fewer words, or \`/actions pillar 1${where ? ` ${plan?.label}` : ""}\`.`,
      ),
      ...others,
    ]);
  }
  return listReply(ctx, allPlans, title, ordered, text, others[0]);
}
