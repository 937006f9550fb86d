import { officeToday } from "../src/blocks/dates.ts";
import {
  context,
  errorReply,
  escapeMrkdwn as esc,
  formatDate,
  header,
  listButtons,
  makeReply,
  oneLine,
  type Page,
  pageCount,
  quote,
  section,
  shareButton,
  truncate,
} from "../src/blocks/index.ts";
import type { DataVisualizationBlock, ReplyBlock } from "../src/blocks/kit.ts";
import {
  heldChart,
  undatedWording,
  type WorkshopRow,
  workshopCard,
  workshopTable,
} from "../src/blocks/workshops.ts";
import { calendarUrl } from "../src/calendar/url.ts";
import {
  countsAsWorkshop,
  defaultPlan,
  type EventScope,
  latestPlan,
  listPlans,
  type Period,
  type Plan,
  parsePeriod,
  parsePlanSelector,
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
import { readsOf, remember } from "../src/db/read-cache.ts";
import { periodText } from "../src/kpi/index.ts";
import { readQuestion } from "../src/questions/parse.ts";
import { withNote, withReading } from "../src/questions/reading.ts";
import { correctTypos } from "../src/questions/typos.ts";
import { vocabularyOf } from "../src/questions/vocabulary.ts";
import type { Reply } from "../src/reply.ts";
import { catalogueConcepts, type Found, MAX_QUERY } from "../src/search/index.ts";
import { workshopSurveyStatus } from "../src/surveys/index.ts";
import { workshopSurveyLine } from "../src/surveys/results.ts";
import { helpReply, usageError } from "./help.ts";
import { onePlan } from "./plans.ts";
import {
  countryReading,
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
  /** Every workshop a plan lists; the plan in force, else the latest, without one. */
  | { sub: "planned"; plan: string | null; filters: WorkshopFilters; scope: EventScope }
  | { sub: "search"; words: string; filters: WorkshopFilters; scope: EventScope }
  /** Words that are not a subcommand: read as a question, else searched. */
  | { sub: "words"; words: string; filters: WorkshopFilters; scope: EventScope }
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
    return arg === "" ? { sub: "upcoming", filters, scope } : { sub: "words", words: rest, filters, scope };
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
  // "planned for Nepal" is a question, not a plan.
  if (sub === "planned" && (arg === "" || parsePlanSelector(arg)))
    return { sub: "planned", plan: arg || null, filters, scope };
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
  return { sub: "words", words: rest, filters, scope };
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
    case "planned":
      return planned(ctx, text, today, request.plan, request.filters, request.scope);
    case "search":
      return search(ctx, text, request.words, request.filters, request.scope);
    case "words":
      return words(ctx, text, request.words, request.filters, request.scope);
  }
};

/** The plan whose period holds `today`, an AWP rather than a SAP; null between plans. */
const planInForce = (plans: readonly Plan[], today: string) =>
  defaultPlan(
    plans.filter((p) => p.periodStart <= today && today <= p.periodEnd),
    today,
  );

/**
 * Every workshop a `/workshops upcoming|past|planned|search …` text lists, unpaged, in the order listed
 * (for a question's count or its sponsors); null for other texts or a plan it cannot name.
 */
export function workshopsListed(text: string, ctx: CommandContext): Workshop[] | null {
  const request = parseWorkshops(text);
  if ("error" in request) return null;
  const today = officeToday(ctx.now, ctx.config.OFFICE_TIMEZONE);
  switch (request.sub) {
    case "upcoming": {
      const inForce = planInForce(listPlans(ctx.db), today);
      const undated = inForce ? undatedWorkshopsOfPlan(ctx.db, inForce.id, request.scope) : [];
      return filtered([...upcomingWorkshops(ctx.db, today, request.scope), ...undated], request.filters, ctx);
    }
    case "past":
      return filtered(
        heldBetween(ctx, today, request.period ?? undefined, request.scope),
        request.filters,
        ctx,
      );
    case "planned": {
      const named = onePlan(listPlans(ctx.db), request.plan, today, (p) => p.label);
      if (!Array.isArray(named)) return null;
      return filtered(workshopsOfPlan(ctx.db, named[0].id, request.scope), request.filters, ctx);
    }
    case "search": {
      const found = foundInScope(ctx, request.words, hitsOf(ctx, request.words), request.scope);
      return filtered(found, request.filters, ctx);
    }
    default:
      return null;
  }
}

/** `/workshops what is planned for Nepal` answers as `/workshops upcoming country:Nepal`; other words search. */
async function words(
  ctx: CommandContext,
  text: string,
  typed: string,
  f: WorkshopFilters,
  scope: EventScope,
): Promise<Reply> {
  const vocab = vocabularyOf(ctx.db);
  let understood = readQuestion(typed, vocab);
  // "/workshops in Fjii": one known word a typo away is what was meant, and the answer says so.
  let meant = "";
  if ("suggestions" in understood) {
    const fixed = correctTypos(typed, vocab);
    const again = fixed.corrections.length ? readQuestion(fixed.text, vocab) : understood;
    if ("read" in again) {
      understood = again;
      meant = `Did you mean ${fixed.corrections.map((c) => quote(c.meant, 60)).join(", ")}?`;
    }
  }
  // Where a workshop was held or whom it was for ("hosted by Malaysia" → `search in:Malaysia`) is what was
  // asked, which words cannot search for; other searches are done here, on the words as typed.
  const filtersOnly = (read: string) => {
    const rest = extractFilters(read);
    return (
      "rest" in rest && rest.rest === "search" && (rest.filters.in.length > 0 || rest.filters.for.length > 0)
    );
  };
  if (
    "read" in understood &&
    understood.read.command === COMMAND &&
    (!understood.read.text.startsWith("search") || filtersOnly(understood.read.text))
  ) {
    const reading = {
      command: COMMAND,
      text: `${understood.read.text} ${describeFilters(f)}${scope === "all" ? " all" : ""}`.trim(),
    } as const;
    const reply = withReading(reading, await workshopsCommand(reading.text, ctx));
    return meant ? withNote(meant, reply) : reply;
  }
  return search(ctx, text, typed, f, scope);
}

/** Undated workshops' wording, knowing which plans have ended by today. */
const undatedIn = (ctx: CommandContext) =>
  undatedWording(listPlans(ctx.db), officeToday(ctx.now, ctx.config.OFFICE_TIMEZONE));

function show(ctx: CommandContext, id: number): Reply {
  const w = workshopById(ctx.db, id);
  if (!w)
    return errorReply(
      section(
        `There is no workshop ${id}. Find one with \`/workshops search &lt;words&gt;\` or \`/workshops past\`.`,
      ),
    );
  const survey = workshopSurveyLine(ctx.db, w) ?? workshopSurveyStatus(ctx.db, w.id) ?? noSurvey(w);
  return makeReply(workshopCard(w, survey, undatedIn(ctx)), {
    tail: shareButton(COMMAND, `show ${id}`),
  });
}

/** Why a workshop has no survey figures: the survey goes six months after it, to the participants loaded. */
function noSurvey(w: Workshop): string {
  const when =
    w.status === "held"
      ? "no participants were loaded, so ROCB Desk surveyed no one"
      : "it goes to the participants six months after the workshop, once staff load them";
  return `*Follow-up survey*: ${when}. Printed results of earlier years: \`/survey results\`.`;
}

interface Group {
  title: string | null;
  ids: number[];
}

/** Reads the workshops of one page (only those are shown, so only those need reading in full). */
type Load = (ids: readonly number[]) => Workshop[];

/** The groups and loader for workshops already read. */
function loaded(groups: Array<{ title: string | null; workshops: Workshop[] }>): [Group[], Load] {
  const byId = new Map(groups.flatMap((g) => g.workshops.map((w) => [w.id, w] as const)));
  const load: Load = (ids) => ids.map((id) => byId.get(id)).filter((w): w is Workshop => w !== undefined);
  return [groups.map((g) => ({ title: g.title, ids: g.workshops.map((w) => w.id) })), load];
}

/** A page of workshops as one table, with a heading row for each group that appears on it. */
function listReply(
  ctx: CommandContext,
  title: string,
  intro: string | null,
  [groups, load]: [Group[], Load],
  text: string,
  others = 0,
  notes: ReplyBlock[] = [],
  chart: { chart: DataVisualizationBlock; note: string } | null = null,
): Reply {
  const all = groups.flatMap((g) => g.ids.map((id) => ({ id, group: g.title })));
  const offset = Math.min(Math.max(0, ctx.offset), Math.max(0, all.length - 1));
  const page: Page = { command: COMMAND, text: text.trim(), offset, pageSize: PAGE_SIZE, total: all.length };
  const blocks: ReplyBlock[] = [header(title)];
  if (intro) blocks.push(section(intro));
  blocks.push(context(pageCount(page, all.length === 1 ? "workshop" : "workshops")));
  if (others > 0) blocks.push(context(othersLine(others)));
  blocks.push(...notes);
  // The chart summarises the whole list: shown once, above its first page.
  if (chart && offset === 0) blocks.push(chart.chart, ...(chart.note ? [context(chart.note)] : []));
  const shown = all.slice(offset, offset + PAGE_SIZE);
  const workshops = new Map(load(shown.map((e) => e.id)).map((w) => [w.id, w]));
  const rows: WorkshopRow[] = [];
  let group: string | null | undefined;
  for (const { id, group: g } of shown) {
    const w = workshops.get(id);
    if (!w) continue;
    if (g !== group && g) rows.push({ heading: g });
    group = g;
    rows.push({ workshop: w });
  }
  blocks.push(workshopTable(rows, undatedIn(ctx)));
  blocks.push(context(`\`/workshops show <id>\` gives a workshop's full record.${subscribeLine(ctx)}`));
  return makeReply(blocks, { tail: listButtons(page) });
}

/** What a list of workshops leaves out: the meetings, conferences, ceremonies and missions that also match. */
function othersLine(n: number): string {
  return `${n === 1 ? "1 other event" : `${n} other events`} (meetings, conferences, ceremonies, missions) also ${n === 1 ? "matches" : "match"}: add \`all\` to list ${n === 1 ? "it" : "them"}, or a kind such as \`kind:meeting\`.`;
}

/** How many events outside the workshops a list would also hold; 0 when the list already holds every event. */
const othersMatching = (
  ctx: CommandContext,
  scope: EventScope,
  f: WorkshopFilters,
  read: (scope: EventScope) => Workshop[],
) => (scope === "workshops" ? filtered(read("others"), f, ctx).length : 0);

/**
 * What the filters kept of each list read from the catalogue: such a list is shared, unchanged, while the
 * catalogue is (`remember`), and the same filters are asked of it again and again.
 */
const keptOf = new WeakMap<readonly Workshop[], Map<string, Workshop[]>>();

/** The workshops of `list` the filters keep; a topic may be one of the catalogue's abbreviations. */
function filtered(list: Workshop[], f: WorkshopFilters, ctx: CommandContext): Workshop[] {
  if (!hasFilters(f)) return list;
  const concepts = catalogueConcepts(ctx.db);
  const key = describeFilters(f);
  let kept = keptOf.get(list);
  if (kept?.has(key)) return kept.get(key) as Workshop[];
  const result = list.filter((w) => matchesFilters(w, f, concepts));
  if (!kept) {
    kept = new Map();
    keptOf.set(list, kept);
  }
  if (kept.size < 64) kept.set(key, result);
  return result;
}

/** How a bare country was read (for it or held there), under a list. */
const readingNotes = (f: WorkshopFilters): ReplyBlock[] => {
  const note = countryReading(f);
  return note ? [context(esc(note))] : [];
};
const suffix = (f: WorkshopFilters) => (hasFilters(f) ? ` matching ${esc(describeFilters(f))}` : "");

function upcoming(
  ctx: CommandContext,
  text: string,
  today: string,
  f: WorkshopFilters,
  scope: EventScope,
): Reply {
  const plans = listPlans(ctx.db);
  const inForce = planInForce(plans, today);
  const dated = filtered(upcomingWorkshops(ctx.db, today, scope), f, ctx);
  const undated = inForce ? filtered(undatedWorkshopsOfPlan(ctx.db, inForce.id, scope), f, ctx) : [];
  const others = othersMatching(ctx, scope, f, (s) => upcomingWorkshops(ctx.db, today, s));
  const heading = `Upcoming workshops${hasFilters(f) ? ` (${describeFilters(f)})` : ""}`;
  if (dated.length + undated.length > 0) {
    const intro =
      dated.length === 0 ? `No workshop${suffix(f)} has dates set from ${formatDate(today)} on.` : null;
    return listReply(
      ctx,
      heading,
      intro,
      loaded([
        { title: null, workshops: dated },
        { title: `Date to be confirmed (${inForce?.label ?? ""})`, workshops: undated },
      ]),
      text,
      others,
      readingNotes(f),
    );
  }
  // Never a plan written after the day asked about: with the clock in 2019, not AWP 2024-2025.
  const latest = latestPlan(plans.filter((p) => p.periodStart <= today)) ?? latestPlan(plans);
  const nothing = `Nothing is scheduled${suffix(f)} from ${formatDate(today)} on.`;
  if (!latest) return makeReply([header(heading), section(`${nothing} The catalogue has no plans yet.`)]);
  const ended =
    latest.periodEnd < today
      ? ` ${latest.label} ended on ${formatDate(latest.periodEnd)} and no later plan is in the catalogue.`
      : "";
  const listed = filtered(workshopsOfPlan(ctx.db, latest.id, scope), f, ctx);
  if (listed.length === 0) {
    return makeReply([
      header(heading),
      section(`${nothing}${ended} The latest plan, ${latest.label}, lists no workshop${suffix(f)}.`),
      ...readingNotes(f),
    ]);
  }
  const intro = `${nothing}${ended} ${ended ? "It" : `The latest plan, ${latest.label},`} listed ${listed.length} workshop${listed.length === 1 ? "" : "s"}${suffix(f)}:`;
  return listReply(
    ctx,
    heading,
    intro,
    loaded([{ title: null, workshops: listed }]),
    text,
    0,
    readingNotes(f),
  );
}

/** `/workshops planned [plan]`: every workshop the plan lists, dated or not, in date order. */
function planned(
  ctx: CommandContext,
  text: string,
  today: string,
  planText: string | null,
  f: WorkshopFilters,
  scope: EventScope,
): Reply {
  const named = onePlan(listPlans(ctx.db), planText, today, (p) => `/workshops planned ${p.label}`);
  if (!Array.isArray(named)) return named;
  const [plan, notes] = named;
  const list = filtered(workshopsOfPlan(ctx.db, plan.id, scope), f, ctx);
  const heading = `Workshops planned in ${plan.label}${hasFilters(f) ? ` (${describeFilters(f)})` : ""}`;
  const period = `${plan.label}: ${periodText(plan, today)}.`;
  if (list.length === 0)
    return makeReply([
      header(heading),
      section(`${period} ${plan.label} lists no workshop${suffix(f)}.`),
      ...notes,
      ...readingNotes(f),
    ]);
  const others = othersMatching(ctx, scope, f, (s) => workshopsOfPlan(ctx.db, plan.id, s));
  return listReply(ctx, heading, period, loaded([{ title: null, workshops: list }]), text, others, [
    ...notes,
    ...readingNotes(f),
  ]);
}

/** Past workshops of a span, kept until the catalogue changes: the same years are asked again and again. */
function heldBetween(
  ctx: CommandContext,
  today: string,
  range: { from: string; to: string } | undefined,
  scope: EventScope = "workshops",
): Workshop[] {
  const key = `past ${scope} ${today} ${range?.from ?? ""} ${range?.to ?? ""}`;
  return remember(readsOf(ctx.db), key, () => pastWorkshops(ctx.db, today, range, scope));
}

function past(
  ctx: CommandContext,
  text: string,
  today: string,
  period: Period | null,
  f: WorkshopFilters,
  scope: EventScope,
): Reply {
  const list = filtered(heldBetween(ctx, today, period ?? undefined, scope), f, ctx);
  const others = othersMatching(ctx, scope, f, (s) => heldBetween(ctx, today, period ?? undefined, s));
  const heading = `${period ? `Workshops in ${period.label}` : "Past workshops"}${hasFilters(f) ? ` (${describeFilters(f)})` : ""}`;
  if (list.length === 0) {
    const span = pastSpan(ctx.db, today, scope);
    const known =
      span.a && span.b
        ? ` The catalogue has past workshops from ${formatDate(span.a)} to ${formatDate(span.b)}.`
        : "";
    return makeReply([
      header(heading),
      section(
        `No workshop on record${period ? ` in ${period.label}` : ""}${suffix(f)}.${known}${fiscalYears(ctx, today, period, f)}`,
      ),
      ...(others > 0 ? [context(othersLine(others))] : []),
      ...readingNotes(f),
    ]);
  }
  return listReply(
    ctx,
    heading,
    null,
    loaded([{ title: null, workshops: list }]),
    text,
    others,
    readingNotes(f),
    heldChart(list),
  );
}

/** " Subscribe: <link>" to the calendar feed, when the bot's public address is known. */
function subscribeLine(ctx: CommandContext): string {
  const url = calendarUrl(ctx.config);
  return url ? ` Dated workshops in your calendar: <${url}|subscribe>.` : "";
}

/**
 * For an empty calendar year, the fiscal years around it that do have workshops: the office counts in
 * fiscal years (1 July - 30 June), so "2017" often means FY2017/18.
 */
function fiscalYears(ctx: CommandContext, today: string, period: Period | null, f: WorkshopFilters): string {
  if (!period || !/^\d{4}$/.test(period.label)) return "";
  const year = Number(period.label);
  const around = filtered(
    heldBetween(ctx, today, { from: `${year - 1}-07-01`, to: `${year + 1}-06-30` }),
    f,
    ctx,
  );
  // A month-only date ("2017-11") is compared with the month of each bound, as the catalogue does.
  const within = (w: Workshop, p: Period) => {
    const start = w.startDate ?? "";
    return start >= p.from.slice(0, start.length) && start <= p.to.slice(0, start.length);
  };
  const found = [year - 1, year]
    .map((start) => parsePeriod(`${start}-${start + 1}`))
    .filter((p): p is Period => p !== null)
    .map((p) => ({ p, n: around.filter((w) => within(w, p)).length }))
    .filter(({ n }) => n > 0)
    .map(
      ({ p, n }) =>
        `${p.label} has ${n}: \`/workshops past ${p.label}${hasFilters(f) ? ` ${esc(describeFilters(f))}` : ""}\``,
    );
  return found.length ? ` Fiscal years run 1 July to 30 June; ${found.join("; ")}.` : "";
}

/** A topic no workshop matches may be an action item's ("gender": 3-(e), women's participation). */
function actionItemsHint(ctx: CommandContext, words: string): string | null {
  const n = words ? ctx.search.actionItems(words).filter((h) => h.full).length : 0;
  if (n === 0) return null;
  const typed = quote(words, 80).replace(/`/g, "'");
  return `${n === 1 ? "1 action item matches" : `${n} action items match`}: \`/actions ${typed}\`.`;
}

/**
 * The workshops of a search's hits in full, in scope, in the hits' order: filters and the scope need
 * each in full (kept until the catalogue changes, as the index is).
 */
function foundInScope(ctx: CommandContext, words: string, found: readonly Found[], scope: EventScope) {
  return remember(readsOf(ctx.db), `found ${scope} ${words.slice(0, MAX_QUERY)}`, () => {
    const byId = new Map(
      workshopsByIds(
        ctx.db,
        found.map((h) => h.id),
        scope,
      ).map((w) => [w.id, w]),
    );
    return found.map((h) => byId.get(h.id)).filter((w): w is Workshop => w !== undefined);
  });
}

/** A search's hits: by words, else every workshop, newest first. */
const hitsOf = (ctx: CommandContext, words: string): Found[] =>
  words ? ctx.search.workshops(words) : workshopIdsNewestFirst(ctx.db).map((id) => ({ id, full: true }));

/** A search this wide is called broad, with a hint to narrow it. */
const BROAD = 20;

/** Workshops matching every word first, then those matching some; broad searches say so. */
function search(
  ctx: CommandContext,
  text: string,
  words: string,
  f: WorkshopFilters,
  scope: EventScope,
): Reply {
  const found = hitsOf(ctx, words);
  const inScope = (s: EventScope) => foundInScope(ctx, words, found, s);
  const kept = new Set(filtered(inScope(scope), f, ctx).map((w) => w.id));
  const hits = found.filter((h) => kept.has(h.id));
  const others = othersMatching(ctx, scope, f, inScope);
  const what = [words ? `"${truncate(oneLine(words), 80)}"` : "", hasFilters(f) ? describeFilters(f) : ""]
    .filter(Boolean)
    .join(" ");
  const heading = `Workshops matching ${what}`;
  if (hits.length === 0) {
    return makeReply([
      header(heading),
      section(
        `No workshop matches ${esc(what)}. ${actionItemsHint(ctx, words) ?? "Try fewer words, or `/workshops past`."}`,
      ),
      ...(others > 0 ? [context(othersLine(others))] : []),
      ...readingNotes(f),
    ]);
  }
  const every = hits.filter((h) => h.full).map((h) => h.id);
  const some = hits.filter((h) => !h.full).map((h) => h.id);
  const notes: string[] = [];
  if (every.length === 0)
    notes.push(`No workshop matches all of ${esc(what)}; these match some of the words.`);
  else if (every.length > BROAD)
    notes.push(
      `This search is broad: ${every.length} workshops match every word. Narrow it with \`country:\`, \`kind:\`, \`sponsor:\` or \`/workshops past 2017\`.`,
    );
  else if (some.length > 0)
    notes.push(`${every.length} match every word; ${some.length} more match only some of them.`);
  const groups: Group[] =
    every.length && some.length
      ? [
          { title: "Matching every word", ids: every },
          { title: "Matching some of the words", ids: some },
        ]
      : [{ title: null, ids: [...every, ...some] }];
  const load: Load = (ids) => workshopsByIds(ctx.db, ids, scope);
  return listReply(ctx, heading, notes.join(" ") || null, [groups, load], text, others, readingNotes(f));
}
