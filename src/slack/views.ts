import type { HomeView, KnownBlock, ModalView } from "@slack/types";
import { escapeMrkdwn } from "../blocks/escape.ts";
import { button, context, divider, formatDate, header, section } from "../blocks/index.ts";
import { overviewBlocks } from "../kpi/index.ts";
import { ACTION_IDS, type Reply } from "../reply.ts";
import type { HomeData, PlanGlance, UndatedWorkshop, UpcomingWorkshop } from "./home-data.ts";

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

function undatedRow(w: UndatedWorkshop): KnownBlock {
  return section(
    `*${escapeMrkdwn(w.title)}*\n${escapeMrkdwn(w.when)}`,
    button("Details", ACTION_IDS.workshopShow, String(w.id)),
  );
}

/** Whether the plan shown is running: once ended it is the latest plan, not the plan in force. */
function planHeading(p: PlanGlance): { title: string; line: string } {
  const period = `${p.kind}, ${dateRange(p.periodStart, p.periodEnd)}`;
  if (p.state === "ended")
    return {
      title: "The latest plan",
      line: `${p.label} — ended ${formatDate(p.periodEnd)}; no later plan in the catalogue.`,
    };
  if (p.state === "not started")
    return { title: "The next plan", line: `${p.label} — starts ${formatDate(p.periodStart)} (${period}).` };
  return { title: "The plan in force", line: `${period}.` };
}

/** The undated workshops of the plan shown, worded by whether the plan is still running. */
function undatedBlocks(p: PlanGlance): KnownBlock[] {
  if (p.undated.length === 0) return [];
  const more = p.undatedTotal - p.undated.length;
  return [
    section(`*Workshops ${p.label} lists without dates* (${p.undatedTotal})`),
    ...p.undated.map(undatedRow),
    ...(more > 0 ? [context(`…and ${more} more: \`/workshops planned ${p.label}\` lists them all.`)] : []),
  ];
}

/** The App Home tab: upcoming workshops, the plan in force (else the latest) at a glance, and for staff the surveys awaiting replies. */
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
    const heading = planHeading(p);
    blocks.push(
      header(heading.title),
      section(`*${escapeMrkdwn(p.title)}*\n${heading.line}`),
      ...overviewBlocks(p.kpi, 5),
      ...undatedBlocks(p),
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
