import type { HomeView, KnownBlock, ModalView } from "@slack/types";
import { escapeMrkdwn } from "../blocks/escape.ts";
import { button, context, divider, formatDate, header, section } from "../blocks/index.ts";
import { overviewBlocks } from "../kpi/index.ts";
import { ACTION_IDS, type Reply } from "../reply.ts";
import type { HomeData, UpcomingWorkshop } from "./home-data.ts";

/** Slack's limit on blocks in a Home tab or a modal. */
export const VIEW_BLOCK_LIMIT = 100;

/** Both ends in full ("2 Sep 2024 – 6 Sep 2024"): App Home is read at a glance. */
function dateRange(start: string, end: string | null): string {
  return end && end !== start ? `${formatDate(start)} – ${formatDate(end)}` : formatDate(start);
}

function workshopRow(w: UpcomingWorkshop): KnownBlock {
  return section(
    `*${escapeMrkdwn(w.title)}*\n${dateRange(w.startDate, w.endDate)}${w.city ? ` · ${escapeMrkdwn(w.city)}` : ""}`,
    button("Details", ACTION_IDS.workshopShow, String(w.id)),
  );
}

/** The App Home tab: upcoming workshops, the plan in force at a glance, and for staff the surveys awaiting replies. */
export function homeView(data: HomeData): HomeView {
  const blocks: KnownBlock[] = [
    header("ROCB Desk"),
    context(`Today is ${formatDate(data.today)} (office time).`),
  ];
  blocks.push(divider(), header("Upcoming workshops"));
  if (data.upcoming.length === 0) blocks.push(section("No workshop is scheduled yet."));
  else blocks.push(...data.upcoming.map(workshopRow));
  blocks.push(divider());
  if (!data.plan) blocks.push(header("The plan in force"), section("No plan has been imported yet."));
  else {
    const p = data.plan;
    blocks.push(
      header("The plan in force"),
      section(`*${escapeMrkdwn(p.title)}* (${p.kind}, ${dateRange(p.periodStart, p.periodEnd)})`),
      ...overviewBlocks(p.kpi, 5),
      context("`/kpi 1-(a)` for one item · `/kpi behind` · `/actions pillar 1` to list a pillar"),
    );
  }
  if (data.awaiting) {
    blocks.push(divider(), header("Staff: surveys awaiting replies"));
    if (data.surveyRates) blocks.push(section(data.surveyRates));
    if (data.awaiting.length === 0)
      blocks.push(section("Every follow-up survey sent so far has been answered."));
    else {
      const lines = data.awaiting.map(
        (a) => `• *${escapeMrkdwn(a.title)}*: ${a.answered} of ${a.sent} answered`,
      );
      blocks.push(section(lines.join("\n")), context("Details: `/survey status`."));
    }
  }
  return { type: "home", blocks: blocks.slice(0, VIEW_BLOCK_LIMIT) };
}

/** A reply shown in a modal, where there is no conversation to answer in (App Home buttons). */
export function replyModal(title: string, reply: Reply): ModalView {
  return {
    type: "modal",
    title: { type: "plain_text", text: title.slice(0, 24) },
    close: { type: "plain_text", text: "Close" },
    blocks: reply.blocks.filter((b) => b.type !== "actions").slice(0, VIEW_BLOCK_LIMIT),
  };
}
