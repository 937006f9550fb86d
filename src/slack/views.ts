import type { HomeView, KnownBlock, ModalView } from "@slack/types";
import { DateTime } from "luxon";
import { ACTION_IDS, type Reply } from "../reply.ts";
import type { HomeData, UpcomingWorkshop } from "./home-data.ts";

/** Slack's limit on blocks in a Home tab or a modal. */
export const VIEW_BLOCK_LIMIT = 100;

/** `2017-11` → "Nov 2017", `2017-11-06` → "6 Nov 2017". */
export function humanDate(iso: string): string {
  const month = /^\d{4}-\d{2}$/.test(iso);
  const d = DateTime.fromISO(iso, { zone: "utc" });
  if (!d.isValid) return iso;
  return d.toFormat(month ? "LLL yyyy" : "d LLL yyyy");
}

function dateRange(start: string, end: string | null): string {
  return end && end !== start ? `${humanDate(start)} – ${humanDate(end)}` : humanDate(start);
}

const mrkdwn = (text: string): KnownBlock => ({ type: "section", text: { type: "mrkdwn", text } });
const header = (text: string): KnownBlock => ({ type: "header", text: { type: "plain_text", text } });
const context = (text: string): KnownBlock => ({ type: "context", elements: [{ type: "mrkdwn", text }] });

function workshopRow(w: UpcomingWorkshop): KnownBlock {
  return {
    type: "section",
    text: {
      type: "mrkdwn",
      text: `*${w.title}*\n${dateRange(w.startDate, w.endDate)}${w.city ? ` · ${w.city}` : ""}`,
    },
    accessory: {
      type: "button",
      action_id: ACTION_IDS.workshopShow,
      text: { type: "plain_text", text: "Details" },
      value: String(w.id),
    },
  };
}

/** The App Home tab: upcoming workshops, the plan in force at a glance, and for staff the surveys awaiting replies. */
export function homeView(data: HomeData): HomeView {
  const blocks: KnownBlock[] = [
    header("ROCB Desk"),
    context(`Today is ${humanDate(data.today)} (office time).`),
  ];
  blocks.push({ type: "divider" }, header("Upcoming workshops"));
  if (data.upcoming.length === 0) blocks.push(mrkdwn("No workshop is scheduled yet."));
  else blocks.push(...data.upcoming.map(workshopRow));
  blocks.push({ type: "divider" }, header("The plan in force"));
  if (!data.plan) blocks.push(mrkdwn("No plan has been imported yet."));
  else {
    const p = data.plan;
    const pillars = p.itemsByPillar.map(
      (r) => `Pillar ${r.pillar}: ${r.items} action item${r.items === 1 ? "" : "s"}`,
    );
    blocks.push(
      mrkdwn(
        `*${p.title}* (${p.kind}, ${dateRange(p.periodStart, p.periodEnd)})\n${pillars.join("\n") || "No action items."}`,
      ),
      context("KPI status appears here once measurements are recorded. Try `/kpi` or `/actions`."),
    );
  }
  if (data.awaiting) {
    blocks.push({ type: "divider" }, header("Staff: surveys awaiting replies"));
    if (data.awaiting.length === 0)
      blocks.push(mrkdwn("Every follow-up survey sent so far has been answered."));
    else {
      const lines = data.awaiting.map((a) => `• *${a.title}*: ${a.answered} of ${a.sent} answered`);
      blocks.push(mrkdwn(lines.join("\n")), context("Details: `/survey status`."));
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
