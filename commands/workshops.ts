import type { KnownBlock } from "@slack/types";
import { officeToday } from "../src/blocks/dates.ts";
import {
  context,
  errorReply,
  escapeMrkdwn as esc,
  formatDate,
  header,
  listButtons,
  makeReply,
  type Page,
  pageCount,
  section,
  shareButton,
  truncate,
} from "../src/blocks/index.ts";
import { workshopCard, workshopEntry } from "../src/blocks/workshops.ts";
import {
  countsAsWorkshop,
  defaultPlan,
  type EventScope,
  latestPlan,
  listPlans,
  type Period,
  parsePeriod,
  pastSpan,
  pastWorkshops,
  undatedWorkshopsOfPlan,
  upcomingWorkshops,
  type Workshop,
  workshopById,
  workshopIdsNewestFirst,
  workshopsByIds,
  workshopsOfPlan,
} from "../src/catalogue/index.ts";
import type { CommandContext, CommandHandler } from "../src/context.ts";
import type { Reply } from "../src/reply.ts";
import { workshopSurveyStatus } from "../src/surveys/index.ts";
import { helpReply, usageError } from "./help.ts";
import {
  describeFilters,
  extractFilters,
  hasFilters,
  matchesFilters,
  type WorkshopFilters,
} from "./workshop-filters.ts";
import { isStaffSubcommand, workshopsStaffCommand } from "./workshops-staff.ts";

const COMMAND = "/workshops";
const PAGE_SIZE = 10;

export type WorkshopsRequest =
  | { sub: "help" }
  | { sub: "upcoming"; filters: WorkshopFilters; scope: EventScope }
  | { sub: "past"; period: Period | null; filters: WorkshopFilters; scope: EventScope }
  | { sub: "search"; words: string; filters: WorkshopFilters; scope: EventScope }
  | { sub: "show"; id: number };

/** `/workshops …` text to a request, or a sentence (mrkdwn, escaped) saying what is wrong. */
export function parseWorkshops(text: string): WorkshopsRequest | { error: string } {
  const extracted = extractFilters(text);
  if ("error" in extracted) return { error: esc(extracted.error) };
  const { filters } = extracted;
  // A trailing "all" (`/workshops past 2017 all`), or asking for a kind of other event, lists every event.
  const all = /(?:^|\s)all$/i.test(extracted.rest);
  const rest = extracted.rest.replace(/(?:^|\s)all$/i, "").trim();
  const scope: EventScope = all || filters.kind.some((k) => !countsAsWorkshop(k)) ? "all" : "workshops";
  const [first = "", ...more] = rest.split(" ");
  const sub = first.toLowerCase();
  const arg = more.join(" ").trim();
  if (sub === "help" || sub === "?") return { sub: "help" };
  if (sub === "" || sub === "upcoming" || sub === "next") {
    return arg === ""
      ? { sub: "upcoming", filters, scope }
      : { error: `"upcoming" takes no words, only filters such as country:Fiji.` };
  }
  if (sub === "past") {
    if (arg === "") return { sub: "past", period: null, filters, scope };
    const period = parsePeriod(arg);
    return period
      ? { sub: "past", period, filters, scope }
      : {
          error: `"${esc(truncate(arg, 100))}" is not a year or fiscal year; try \`2017\`, \`FY2017/18\` or \`2011-2012\`.`,
        };
  }
  if (sub === "search" || sub === "find") {
    if (arg === "" && !hasFilters(filters))
      return { error: "Tell me what to search for, e.g. `/workshops search risk management Fiji`." };
    return { sub: "search", words: arg, filters, scope };
  }
  if (sub === "show") {
    const id = /^#?(\d{1,9})$/.exec(arg)?.[1];
    return id
      ? { sub: "show", id: Number(id) }
      : { error: "Give the workshop's id, e.g. `/workshops show 12` (ids are in every list)." };
  }
  return { error: `I don't know "/workshops ${esc(truncate(first, 100))}".` };
}

export const workshopsCommand: CommandHandler = (text: string, ctx: CommandContext) => {
  // Before the filters: staff options (start:, venue:, …) are not filters.
  if (isStaffSubcommand(text)) return workshopsStaffCommand(text, ctx);
  const request = parseWorkshops(text);
  if ("error" in request) return usageError(COMMAND, request.error);
  const today = officeToday(ctx.now, ctx.config.OFFICE_TIMEZONE);
  switch (request.sub) {
    case "help":
      return helpReply(COMMAND);
    case "show":
      return show(ctx, request.id);
    case "upcoming":
      return upcoming(ctx, text, today, request.filters, request.scope);
    case "past":
      return past(ctx, text, today, request.period, request.filters, request.scope);
    case "search":
      return search(ctx, text, request.words, request.filters, request.scope);
  }
};

function show(ctx: CommandContext, id: number): Reply {
  const w = workshopById(ctx.db, id);
  if (!w)
    return errorReply(
      section(
        `There is no workshop ${id}. Find one with \`/workshops search &lt;words&gt;\` or \`/workshops past\`.`,
      ),
    );
  return makeReply(workshopCard(w, workshopSurveyStatus(ctx.db, w.id)), {
    tail: shareButton(COMMAND, `show ${id}`),
  });
}

interface Group {
  title: string | null;
  workshops: Workshop[];
}

/** A page of workshops, with a heading for each group that appears on it. */
function listReply(
  ctx: CommandContext,
  title: string,
  intro: string | null,
  groups: Group[],
  text: string,
  others = 0,
): Reply {
  const all = groups.flatMap((g) => g.workshops.map((w) => ({ w, group: g.title })));
  const offset = Math.min(Math.max(0, ctx.offset), Math.max(0, all.length - 1));
  const page: Page = { command: COMMAND, text: text.trim(), offset, pageSize: PAGE_SIZE, total: all.length };
  const blocks: KnownBlock[] = [header(title)];
  if (intro) blocks.push(section(intro));
  blocks.push(context(pageCount(page, all.length === 1 ? "workshop" : "workshops")));
  if (others > 0) blocks.push(context(othersLine(others)));
  let group: string | null | undefined;
  for (const { w, group: g } of all.slice(offset, offset + PAGE_SIZE)) {
    if (g !== group && g) blocks.push(section(`*${g}*`));
    group = g;
    blocks.push(workshopEntry(w));
  }
  return makeReply(blocks, { tail: listButtons(page) });
}

/** What a list of workshops leaves out: the meetings, conferences, ceremonies and missions that also match. */
function othersLine(n: number): string {
  return `${n === 1 ? "1 other event" : `${n} other events`} (meetings, conferences, ceremonies, missions) also ${n === 1 ? "matches" : "match"}: add \`all\` to list ${n === 1 ? "it" : "them"}, or a kind such as \`kind:meeting\`.`;
}

/** How many events outside the workshops a list would also hold; 0 when the list already holds every event. */
const othersMatching = (scope: EventScope, f: WorkshopFilters, read: (scope: EventScope) => Workshop[]) =>
  scope === "workshops" ? filtered(read("others"), f).length : 0;

const filtered = (list: Workshop[], f: WorkshopFilters) =>
  hasFilters(f) ? list.filter((w) => matchesFilters(w, f)) : list;
const suffix = (f: WorkshopFilters) => (hasFilters(f) ? ` matching ${esc(describeFilters(f))}` : "");

function upcoming(
  ctx: CommandContext,
  text: string,
  today: string,
  f: WorkshopFilters,
  scope: EventScope,
): Reply {
  const plans = listPlans(ctx.db);
  const inForce = defaultPlan(
    plans.filter((p) => p.periodStart <= today && today <= p.periodEnd),
    today,
  );
  const dated = filtered(upcomingWorkshops(ctx.db, today, scope), f);
  const undated = inForce ? filtered(undatedWorkshopsOfPlan(ctx.db, inForce.id, scope), f) : [];
  const others = othersMatching(scope, f, (s) => upcomingWorkshops(ctx.db, today, s));
  const heading = `Upcoming workshops${hasFilters(f) ? ` (${describeFilters(f)})` : ""}`;
  if (dated.length + undated.length > 0) {
    const intro =
      dated.length === 0 ? `No workshop${suffix(f)} has dates set from ${formatDate(today)} on.` : null;
    return listReply(
      ctx,
      heading,
      intro,
      [
        { title: null, workshops: dated },
        { title: `Date to be confirmed (${inForce?.label ?? ""})`, workshops: undated },
      ],
      text,
      others,
    );
  }
  const latest = latestPlan(plans);
  const nothing = `Nothing is scheduled${suffix(f)} from ${formatDate(today)} on.`;
  if (!latest) return makeReply([header(heading), section(`${nothing} The catalogue has no plans yet.`)]);
  const listed = filtered(workshopsOfPlan(ctx.db, latest.id, scope), f);
  if (listed.length === 0) {
    return makeReply([
      header(heading),
      section(`${nothing} The latest plan, ${latest.label}, lists no workshop${suffix(f)}.`),
    ]);
  }
  const intro = `${nothing} The latest plan, ${latest.label}, lists ${listed.length} workshop${listed.length === 1 ? "" : "s"}${suffix(f)}:`;
  return listReply(ctx, heading, intro, [{ title: null, workshops: listed }], text);
}

function past(
  ctx: CommandContext,
  text: string,
  today: string,
  period: Period | null,
  f: WorkshopFilters,
  scope: EventScope,
): Reply {
  const list = filtered(pastWorkshops(ctx.db, today, period ?? undefined, scope), f);
  const others = othersMatching(scope, f, (s) => pastWorkshops(ctx.db, today, period ?? undefined, s));
  const heading = `${period ? `Workshops in ${period.label}` : "Past workshops"}${hasFilters(f) ? ` (${describeFilters(f)})` : ""}`;
  if (list.length === 0) {
    const span = pastSpan(ctx.db, today, scope);
    const known =
      span.a && span.b
        ? ` The catalogue has past workshops from ${formatDate(span.a)} to ${formatDate(span.b)}.`
        : "";
    return makeReply([
      header(heading),
      section(`No workshop on record${period ? ` in ${period.label}` : ""}${suffix(f)}.${known}`),
      ...(others > 0 ? [context(othersLine(others))] : []),
    ]);
  }
  return listReply(ctx, heading, null, [{ title: null, workshops: list }], text, others);
}

function search(
  ctx: CommandContext,
  text: string,
  words: string,
  f: WorkshopFilters,
  scope: EventScope,
): Reply {
  const ids = words ? ctx.search.workshops(words) : workshopIdsNewestFirst(ctx.db);
  const list = filtered(workshopsByIds(ctx.db, ids, scope), f);
  const others = othersMatching(scope, f, (s) => workshopsByIds(ctx.db, ids, s));
  const what = [words ? `"${truncate(words, 80)}"` : "", hasFilters(f) ? describeFilters(f) : ""]
    .filter(Boolean)
    .join(" ");
  const heading = `Workshops matching ${what}`;
  if (list.length === 0) {
    return makeReply([
      header(heading),
      section(`No workshop matches ${esc(what)}. Try fewer words, or \`/workshops past\`.`),
      ...(others > 0 ? [context(othersLine(others))] : []),
    ]);
  }
  return listReply(ctx, heading, null, [{ title: null, workshops: list }], text, others);
}
