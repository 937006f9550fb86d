import type { HomeView, KnownBlock, ModalView } from "@slack/types";
import { chart } from "../blocks/charts.ts";
import { escapeMrkdwn } from "../blocks/escape.ts";
import { button, context, divider, formatDate, header, section } from "../blocks/index.ts";
import { isChart, type ReplyBlock } from "../blocks/kit.ts";
import { tableLines } from "../blocks/table.ts";
import { overviewBlocks } from "../kpi/index.ts";
import { ACTION_IDS, type Reply } from "../reply.ts";
import type { RetryBacklog } from "../surveys/outbox.ts";
import type { HomeData, PlanGlance, UpcomingWorkshop } from "./home-data.ts";

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

/**
 * The plan's workshops without dates in one line, not one row each: how many, what their dates are
 * ("to be confirmed" while the plan runs, "no date or outcome recorded" once it has ended), and the command
 * that lists them.
 */
function undatedLine(p: PlanGlance): ReplyBlock[] {
  if (p.undatedTotal === 0) return [];
  const n = p.undatedTotal === 1 ? "1 workshop" : `${p.undatedTotal} workshops`;
  const when =
    p.state === "ended" ? "no date or outcome was recorded for them" : "their dates are to be confirmed";
  return [
    section(
      `${escapeMrkdwn(p.label)} ${p.state === "ended" ? "listed" : "lists"} ${n} without dates; ${when}: \`/workshops planned ${escapeMrkdwn(p.label)}\`.`,
    ),
  ];
}

/** The next dated workshops, or one line saying none is dated; then how many the plan lists without dates. */
function upcomingBlocks(data: HomeData): ReplyBlock[] {
  const dated =
    data.upcoming.length > 0
      ? data.upcoming.map(workshopRow)
      : [section(`No workshop has dates from ${formatDate(data.today)} on.`)];
  return [...dated, ...(data.plan ? undatedLine(data.plan) : [])];
}

/** Staff: the survey round in progress, as figures and a chart of surveyed and answered per workshop. */
/** Reminders the mail relay or Slack did not take yet: staff should know before participants ask. */
function retryLine(r: RetryBacklog): string {
  const many = r.waiting !== 1;
  const since = r.failingSince ? ` since ${formatDate(r.failingSince.slice(0, 10))}` : "";
  const why = r.lastError ? ` (last error: ${escapeMrkdwn(r.lastError)})` : "";
  return (
    `:warning: ${r.waiting} reminder${many ? "s are" : " is"} waiting to be sent again: delivery has failed` +
    `${since}${why}. ${many ? "They are" : "It is"} retried until the grace period ends.`
  );
}

function surveyBlocks(data: HomeData): ReplyBlock[] {
  if (!data.awaiting) return [];
  const blocks: ReplyBlock[] = [divider(), header("Staff: the survey round in progress")];
  if (data.surveyRates) blocks.push(section(data.surveyRates));
  if (data.retries && data.retries.waiting > 0) blocks.push(section(retryLine(data.retries)));
  if (data.awaiting.length === 0) {
    blocks.push(
      section(
        data.surveyRates === null
          ? "No follow-up survey has been sent yet."
          : "Every follow-up survey sent so far has been answered.",
      ),
    );
    return blocks;
  }
  blocks.push(
    chart({
      title: "Follow-up surveys awaiting replies",
      type: "bar",
      categories: data.awaiting.map((a) => `${a.workshopId} ${a.title}`),
      series: [
        { name: "Surveyed", values: data.awaiting.map((a) => a.sent) },
        { name: "Answered", values: data.awaiting.map((a) => a.answered) },
      ],
      xLabel: "workshop (id and title)",
    }),
    section(
      data.awaiting
        .map((a) => `• ${a.workshopId} *${escapeMrkdwn(a.title)}*: ${a.answered} of ${a.sent} answered`)
        .join("\n"),
    ),
    context("Per workshop and per administration: `/survey status`."),
  );
  return blocks;
}

/** A Home tab: Block Kit's HomeView, with the chart block its types do not know yet. */
export type HomeTab = Omit<HomeView, "blocks"> & { blocks: ReplyBlock[] };

/**
 * The App Home tab, read at a glance: the next dated workshops (or one line), the plan in force (else the
 * latest) as a chart and a table of KPI statuses, and for staff the survey round in progress. Long lists
 * are one command away, never rows here.
 */
export function homeView(data: HomeData, calendar: string | null = null): HomeTab {
  const blocks: ReplyBlock[] = [
    header("ROCB Desk"),
    context(
      `Today is ${formatDate(data.today)} (office time).${calendar ? ` Dated workshops in your calendar: <${calendar}|subscribe>.` : ""}`,
    ),
    divider(),
    header("Next workshops"),
    ...upcomingBlocks(data),
    divider(),
  ];
  if (!data.plan) blocks.push(header("The plan in force"), section("No plan has been imported yet."));
  else {
    const p = data.plan;
    const heading = planHeading(p);
    blocks.push(
      header(heading.title),
      section(`*${escapeMrkdwn(p.title)}*\n${heading.line}`),
      ...overviewBlocks(p.kpi, 5),
      context("`/kpi 1-(a)` for one item · `/kpi behind` · `/actions pillar 1` to list a pillar"),
    );
  }
  blocks.push(...surveyBlocks(data));
  return { type: "home", blocks: blocks.slice(0, VIEW_BLOCK_LIMIT) };
}

/** A modal holds neither tables nor charts: a table becomes its lines of text, a chart is left out. */
function modalBlocks(blocks: readonly ReplyBlock[]): KnownBlock[] {
  return blocks.flatMap((b): KnownBlock[] => {
    if (b.type === "actions" || isChart(b)) return [];
    if (b.type !== "table") return [b];
    const lines = tableLines(b).map(escapeMrkdwn);
    const out: KnownBlock[] = [];
    for (let i = 0; i < lines.length; i += 20) out.push(section(lines.slice(i, i + 20).join("\n")));
    return out;
  });
}

/** A reply shown in a modal, where there is no conversation to answer in (App Home buttons). */
export function replyModal(title: string, reply: Reply): ModalView {
  return {
    type: "modal",
    title: { type: "plain_text", text: title.slice(0, 24) },
    close: { type: "plain_text", text: "Close" },
    blocks: modalBlocks(reply.blocks).slice(0, VIEW_BLOCK_LIMIT),
  };
}
