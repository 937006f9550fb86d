import { context, escapeMrkdwn as esc, header, makeReply, quote, section } from "../../blocks/index.ts";
import type { ReplyBlock } from "../../blocks/kit.ts";
import { itemDetail } from "../../catalogue/index.ts";
import type { CommandContext } from "../../context.ts";
import type { Reply } from "../../reply.ts";
import { itemsOfPlans } from "./plan-items.ts";

/** How many items an answer lists in full; the rest are named. */
const SHOWN = 5;

/**
 * "KPI for post clearance audit in the 2024-25 work plan": the KPIs, targets and deadline of every item
 * of the plan (asked for, else in force) that matches the topic, saying which plan answered and why.
 */
export function targetsAnswer(ctx: CommandContext, words: string, planText: string | null): Reply {
  const found = itemsOfPlans(ctx, words, planText, ["item", "activity"]);
  const topic = quote(words, 80);
  if (!("items" in found)) {
    const where = found.plan ? ` in ${found.why}` : "";
    return makeReply([
      header(`KPIs and targets: ${words.slice(0, 100)}`),
      section(`No action item${where} matches "${topic}". Try \`/actions ${topic}\` across all plans.`),
    ]);
  }
  const { plan, items } = found;
  const blocks: ReplyBlock[] = [
    header(`KPIs, targets and deadlines: ${words.slice(0, 80)} (${plan.label})`),
    context(
      `From ${esc(found.why)}. ${items.length === 1 ? "1 action item matches" : `${items.length} action items match`}${found.full ? "" : " some of the words"}.`,
    ),
  ];
  for (const item of items.slice(0, SHOWN)) {
    const d = itemDetail(ctx.db, item);
    const none = plan.kind === "AWP" ? "none in a work plan" : "none printed";
    blocks.push(
      section(
        [
          `*${item.code}* ${quote(item.action, 400)}`,
          `*KPI*: ${d.kpis.length ? quote(d.kpis.join("; "), 500) : "none printed"}`,
          `*Target*: ${d.targets.length ? quote(d.targets.join("; "), 500) : none}`,
          `*Deadline*: ${item.deadline ? quote(item.deadline, 100) : "none printed"}`,
        ].join("\n"),
      ),
    );
  }
  const more = items.slice(SHOWN).map((i) => i.code);
  blocks.push(
    context(
      `${more.length ? `Also ${more.join(", ")}. ` : ""}The whole item and its status: \`/kpi ${items[0]?.code} ${plan.label}\`.`,
    ),
  );
  return makeReply(blocks);
}
