import type { KnownBlock } from "@slack/types";
import { context, errorReply, escapeMrkdwn as esc, header, makeReply, section } from "../src/blocks/index.ts";
import type { Reply } from "../src/reply.ts";
import { STAFF_USAGE } from "./workshops-staff.ts";

export type CommandName = "/workshops" | "/kpi" | "/actions";

/** Usage with examples, per command, in mrkdwn. */
const USAGE: Record<CommandName, { summary: string; lines: string[]; staff?: string[] }> = {
  "/workshops": {
    summary: "Workshops: upcoming, past, found by words, or one in full.",
    lines: [
      "`/workshops` or `/workshops upcoming` · scheduled workshops from today, then those of the plan in force with dates to be confirmed",
      "`/workshops planned AWP 2018-2019` · every workshop a plan lists, dated or not (`planned 2018/19`, `planned SAP 2022-2024`; `planned` alone: the plan in force, else the latest)",
      "`/workshops past` · the latest first; `/workshops past 2017`, `past FY2017/18`, `past 2011-2012` (a fiscal year, 1 Jul - 30 Jun)",
      "`/workshops search risk management Fiji` · by title, topic, country (synonyms such as RM, PCA, SW, HS, TRS, AEO, ROO, gender, e-commerce, Laos, PNG); `/workshops Fiji` searches too",
      "`/workshops what is planned for Nepal` · other words are read as a question, e.g. as `/workshops upcoming country:Nepal`",
      "`/workshops show 12` · the full record of workshop 12: dates, venue, sponsor, participants, action items, follow-up survey results (`/survey results` for all of them)",
      'Filters combine with any of these: `country:Fiji` (for Fiji or held there) `for:Fiji` (for it) `in:Thailand` or `host:Thailand` (held there) `kind:national` `topic:AEO` `item:1-(h)` `sponsor:CCF-Japan`; quote names with spaces: `country:"Papua New Guinea"`',
      "Meetings, conferences, ceremonies and missions are counted apart: add `all` (`/workshops past 2017 all`) or a kind (`kind:meeting`) to list them",
    ],
    staff: STAFF_USAGE,
  },
  "/kpi": {
    summary: "An action item, its KPI, target, deadline, planned work and status.",
    lines: [
      "`/kpi 1-(h)` · item h of pillar 1 in the plan in force (also `1h`, `1-h`, `1.h`, `(1-h)`, `1-(hh)`)",
      "`/kpi 1-(h) SAP 2022-2024` · in another plan: `2024-25`, `FY2024/25`, `AWP 2024-2025`, `2018`",
      "`/kpi` · an overview of the plan in force by pillar; `/kpi SAP 2022-2024` for another plan",
      "`/kpi set|history|behind|export …` · KPI measurements (see `/kpi set help`)",
    ],
  },
  "/actions": {
    summary: "Action items across plans, the latest plan first.",
    lines: [
      "`/actions single window` · items whose action, KPI or planned work match the words; `/actions single window SAP 2022-2024` in one plan",
      "`/actions 1-(h)` · item 1-(h) in every plan; `/actions 1-(h) 2018` in one plan",
      "`/actions 2` or `/actions pillar 2` · all items of pillar 2 in the plan in force; `/actions 2 SAP 2018-2020`",
    ],
  },
};

/** Usage lines are written as typed (`<title>` included): escaped here, or Slack would take `<…>` for a link. */
const bullets = (lines: readonly string[]) => lines.map((l) => `• ${esc(l)}`).join("\n");

function usageBlocks(command: CommandName, withStaff = false): KnownBlock[] {
  const u = USAGE[command];
  const blocks = [section(`*${command}*: ${u.summary}\n${bullets(u.lines)}`)];
  if (withStaff && u.staff) blocks.push(section(`*Staff only*\n${bullets(u.staff)}`));
  return blocks;
}

export function helpReply(command: CommandName): Reply {
  return makeReply([
    header(`${command} help`),
    ...usageBlocks(command, true),
    context("Dates are in the office's time zone. Replies are only visible to you until you share them."),
  ]);
}

/** A sentence about what was wrong (mrkdwn, already escaped), then the command's usage. */
export function usageError(command: CommandName, sentence: string): Reply {
  return errorReply(section(sentence), ...usageBlocks(command));
}

/** Overview of every command, for the console's `help`. */
export function allUsage(): string {
  return (Object.keys(USAGE) as CommandName[])
    .map(
      (c) =>
        `${c}: ${USAGE[c].summary}\n${[...USAGE[c].lines, ...(USAGE[c].staff ?? []).map((l) => `(staff) ${l}`)].map((l) => `  ${l.replace(/`/g, "")}`).join("\n")}`,
    )
    .join("\n\n");
}
