import { context, escapeMrkdwn as esc, header, makeReply, quote, section } from "../../blocks/index.ts";
import type { ReplyBlock } from "../../blocks/kit.ts";
import { itemDetail } from "../../catalogue/index.ts";
import type { CommandContext } from "../../context.ts";
import type { Reply } from "../../reply.ts";
import { compact } from "../../search/index.ts";
import { itemsOfPlans } from "./plan-items.ts";

const SHOWN = 5;

/**
 * "Did the AWP 2012/13 plan to send experts to Mongolia?": the plan's activities matching the words,
 * under their action items; the plan asked for, else the one in force.
 */
export function plannedWorkAnswer(ctx: CommandContext, words: string, planText: string | null): Reply {
  const found = itemsOfPlans(ctx, words, planText, ["activity", "item"]);
  const topic = quote(words, 80);
  if (!("items" in found)) {
    return makeReply([
      header(`Planned work: ${words.slice(0, 100)}`),
      section(
        `No, as far as the catalogue shows: no activity${found.plan ? ` of ${found.why}` : ""} matches "${topic}". Try \`/actions ${topic}\` across all plans.`,
      ),
    ]);
  }
  const { plan, items } = found;
  const wanted = words
    .split(/\s+/)
    .map(compact)
    .filter((w) => w.length >= 3);
  const blocks: ReplyBlock[] = [
    header(`Planned work: ${words.slice(0, 80)} (${plan.label})`),
    section(
      found.full
        ? `Yes: ${items.length === 1 ? "1 action item" : `${items.length} action items`} of ${esc(plan.label)} plan it.`
        : `Not in those words: ${items.length === 1 ? "1 action item" : `${items.length} action items`} of ${esc(plan.label)} match some of them.`,
    ),
    context(`From ${esc(found.why)}.`),
  ];
  for (const item of items.slice(0, SHOWN)) {
    const activities = itemDetail(ctx.db, item).activities.map((a) => a.text);
    // The activities that name the words asked about first: those are the answer.
    const naming = activities.filter((a) => wanted.some((w) => compact(a).includes(w)));
    const shown = (naming.length ? naming : activities).slice(0, 4).map((a) => `• ${quote(a, 300)}`);
    blocks.push(section([`*${item.code}* ${quote(item.action, 300)}`, ...shown].join("\n")));
  }
  blocks.push(context(`The whole item: \`/kpi ${items[0]?.code} ${plan.label}\`.`));
  return makeReply(blocks);
}
