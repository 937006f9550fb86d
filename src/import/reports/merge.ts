import type { ParsedWorkshop, Unplaced } from "../parsed.ts";
import { audienceOf } from "./audience.ts";
import { membersIn } from "./countries.ts";
import type { Entry, EntrySource } from "./entry.ts";
import { kindOf } from "./kinds.ts";
import { overlap, topicWords } from "./similarity.ts";

const TITLE_ORDER: EntrySource[] = ["block", "list", "heading", "narrative", "summary"];
const DETAIL_ORDER: EntrySource[] = ["block", "heading", "narrative", "list", "summary"];

// Titles are compared pairwise while grouping; what is read from a title is read once per grouping
// (a cache of one document's titles, emptied when the next grouping starts), so time stays near linear.
const titleCache = new Map<
  string,
  { members: string[]; words: Set<string>; kind: ReturnType<typeof kindOf> }
>();

function readTitle(title: string) {
  let read = titleCache.get(title);
  if (!read) {
    read = { members: membersIn(title), words: topicWords(title), kind: kindOf(title) };
    titleCache.set(title, read);
  }
  return read;
}

/** The members a workshop is for when its title names them, else the country it was held in. */
export function countriesOf(e: Entry): string[] {
  const named = readTitle(e.title).members;
  return named.length > 0 ? named : e.country ? [e.country] : [];
}

const isDay = (d: string | null) => d !== null && d.length === 10;
const monthIndex = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));

function compatible(a: Entry, b: Entry): boolean {
  const ca = countriesOf(a);
  const cb = countriesOf(b);
  return ca.length === 0 || cb.length === 0 || ca.some((c) => cb.includes(c));
}

const cityKey = (e: Entry) =>
  e.city
    ?.toLowerCase()
    .replace(/[^a-z]/g, "")
    .slice(0, 4) ?? null;

function differentCities(a: Entry, b: Entry): boolean {
  const ca = cityKey(a);
  const cb = cityKey(b);
  return ca !== null && cb !== null && ca !== cb;
}

/**
 * Months apart of two mentions. A month-only mention outside the report's year is taken as a misprinted
 * year ("Sep. 2018" in the 2017/18 report), so only its month counts.
 */
function monthsApart(a: Entry, b: Entry, year: { start: string; end: string } | null): number {
  const outside = (e: Entry) =>
    !isDay(e.start) &&
    year !== null &&
    e.start !== null &&
    (e.start < year.start.slice(0, 7) || e.start > year.end);
  if (a.start === null || b.start === null) return Number.POSITIVE_INFINITY;
  if (outside(a) || outside(b)) {
    const d = Math.abs(Number(a.start.slice(5, 7)) - Number(b.start.slice(5, 7)));
    return Math.min(d, 12 - d);
  }
  return Math.abs(monthIndex(a.start) - monthIndex(b.start));
}

/**
 * Whether two mentions are the same event. Two day-dated mentions must overlap in time and share topic
 * words; identical topics a few weeks apart are one event printed with two dates. A month-only mention
 * joins a dated one of the same month that shares a topic word (or is a national workshop for the same
 * member), or a near-identical title within three months.
 */
export function sameEvent(a: Entry, b: Entry, year: { start: string; end: string } | null): number {
  if (!compatible(a, b)) return 0;
  const { shared, jaccard } = overlap(readTitle(a.title).words, readTitle(b.title).words);
  const score = shared + jaccard;
  if (isDay(a.start) && isDay(b.start)) {
    const a0 = a.start as string;
    const b0 = b.start as string;
    const overlaps = a0 <= (b.end as string) && b0 <= (a.end as string);
    if (overlaps && (shared >= 2 || (shared >= 1 && jaccard >= 0.5))) return score;
    const days = Math.abs(Date.parse(a0) - Date.parse(b0)) / 86_400_000;
    return days <= 31 && shared >= 2 && jaccard >= 0.75 ? score : 0;
  }
  const apart = monthsApart(a, b, year);
  if (apart <= 3 && shared >= 2 && jaccard >= 0.6) return score;
  if (apart !== 0 || differentCities(a, b)) return 0;
  if (shared >= 1) return score;
  // National workshops (or missions) for the same member in the same month: one event under two topics.
  const kind = readTitle(a.title).kind;
  const forMember = readTitle(a.title).members.length > 0 && readTitle(b.title).members.length > 0;
  return kind !== "regional" && kind === readTitle(b.title).kind && forMember ? 0.5 : 0;
}

/** Groups the mentions of each event, dated mentions first so month-only ones find their dated twin. */
export function groupEntries(entries: Entry[], year: { start: string; end: string } | null): Entry[][] {
  titleCache.clear();
  const ordered = [...entries].sort(
    (a, b) => Number(isDay(b.start)) - Number(isDay(a.start)) || a.line - b.line,
  );
  const groups: Entry[][] = [];
  for (const entry of ordered) {
    let best: Entry[] | null = null;
    let bestScore = 0;
    for (const group of groups) {
      const score = Math.max(...group.map((m) => sameEvent(entry, m, year)));
      if (score > bestScore) {
        best = group;
        bestScore = score;
      }
    }
    if (best) best.push(entry);
    else groups.push([entry]);
  }
  return groups;
}

const by = (order: EntrySource[]) => (a: Entry, b: Entry) =>
  order.indexOf(a.source) - order.indexOf(b.source) || a.line - b.line;

function pick<K extends keyof Entry>(members: Entry[], key: K): Entry[K] | null {
  return members.find((m) => m[key] !== null && m[key] !== undefined)?.[key] ?? null;
}

/** One workshop from its mentions: the best title, the widest agreeing dates, the richest details. */
export function mergeGroup(group: Entry[], unplaced: Unplaced[]): ParsedWorkshop {
  const titled = [...group].sort(by(TITLE_ORDER))[0] as Entry;
  const detailed = [...group].sort(by(DETAIL_ORDER));
  const dated = detailed.filter((m) => isDay(m.start));
  let start = titled.start;
  let end = titled.end;
  const anchor = dated[0];
  if (anchor) {
    const from = anchor.start as string;
    const to = anchor.end as string;
    const agreeing = dated.filter((m) => (m.start as string) <= to && from <= (m.end as string));
    start = agreeing.map((m) => m.start as string).sort()[0] as string;
    end = agreeing
      .map((m) => m.end as string)
      .sort()
      .at(-1) as string;
    for (const m of dated.filter((d) => !agreeing.includes(d))) {
      unplaced.push({
        line: m.line,
        text: `"${m.title}" is dated ${m.start}..${m.end} here but ${anchor.start}..${anchor.end} at line ${anchor.line}; the latter was kept`,
      });
    }
  }
  const kind = kindOf(titled.title);
  const hostCountry = pick(detailed, "country");
  const titles = [...group].sort(by(TITLE_ORDER)).map((m) => m.title);
  return {
    title: titled.title,
    kind,
    countries: audienceOf(titles, kind, hostCountry),
    city: pick(detailed, "city"),
    hostCountry,
    venue: pick(detailed, "venue"),
    start,
    end,
    participants: pick(detailed, "participants"),
    administrations: pick(detailed, "administrations"),
    sponsor: pick(detailed, "sponsor"),
    status: group.some((m) => m.cancelled) ? "cancelled" : "held",
    line: Math.min(...group.map((m) => m.line)),
    serves: [],
  };
}
