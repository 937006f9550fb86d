import { createRequire } from "node:module";
import type { Chrono, ParsedComponents, ParsingContext } from "chrono-node";
import type { DateSpan, Parts } from "../reports/dates.ts";
import { fiscalYearBounds, monthNumber } from "../reports/dates.ts";

/**
 * What a date without its year is read against: a day or month printed above it (the dateline, the
 * article's date, a dated heading such as "Newsletter, March 2019"), or a fiscal year heading
 * ("Highlights of FY2016/17": July to December are the first year's, January to June the second's).
 */
export type DateReference = { date: string } | { fiscalYear: string };

const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:,?\s*((?:19|20)\d{2})(?!\d))?`;

/**
 * The office's own ways of writing dates that chrono's English parser leaves out, each a parser added to
 * it (tests/import/articles/dates.test.ts shows each):
 * - a list of days: "7, 8 and 10 May 2019" runs from the first to the last;
 * - a range across months: "28 October - 1 November 2019" (chrono reads only its end);
 * - part of a month: "early May 2022", "mid-June", "late March" are the month;
 * - a month and its year: "March 2019" (a newsletter's date, "held in May 2019").
 */
const EXTENSIONS: Array<{ pattern: RegExp; read: (m: RegExpMatchArray) => Parts | null }> = [
  {
    pattern: new RegExp(
      String.raw`\b${DAY}((?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?)*)\s*(?:,?\s*(?:and|&)|,)\s*${DAY}\s+(?:of\s+)?${MONTH}${YEAR}\b`,
      "i",
    ),
    read: (m) => ({ d1: m[1], m1: m[4], d2: m[3], m2: m[4], y2: m[5] }),
  },
  {
    pattern: new RegExp(
      String.raw`\b${DAY}\s+${MONTH}(?:,?\s*((?:19|20)\d{2}))?\s*(?:-|–|—|to|until|till)\s*${DAY}\s+${MONTH}${YEAR}\b`,
      "i",
    ),
    read: (m) => ({ d1: m[1], m1: m[2], y1: m[3], d2: m[4], m2: m[5], y2: m[6] }),
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:early|mid|late|end of|beginning of)[-\s]+(?:of\s+)?${MONTH}${YEAR}\b`,
    ),
    read: (m) => ({ m1: m[1], m2: m[1], y2: m[2] }),
  },
  {
    pattern: new RegExp(String.raw`\b${MONTH},?\s*((?:19|20)\d{2})(?!\d)`),
    read: (m) => ({ m1: m[1], m2: m[1], y2: m[2] }),
  },
];

let loaded: Chrono | null = null;

/**
 * chrono's strict English parser (no "last week", "today": an article says when, or it is not dated)
 * with the office's forms added. Loaded on first use: the bot reads an article rarely, and chrono
 * costs about 12 MB that an idle bot need not hold.
 */
function chrono(): Chrono {
  if (loaded) return loaded;
  const en = createRequire(import.meta.url)("chrono-node/en") as typeof import("chrono-node/en");
  const parser = en.strict.clone();
  for (const ext of EXTENSIONS) {
    parser.parsers.unshift({
      pattern: () => ext.pattern,
      extract: (context: ParsingContext, match: RegExpMatchArray) => {
        const parts = ext.read(match);
        if (!parts) return null;
        const y = parts.y2 ? Number(parts.y2) : undefined;
        const m1 = monthNumber(parts.m1 ?? "") as number;
        const m2 = monthNumber(parts.m2 ?? "") as number;
        const y1 = parts.y1 ? Number(parts.y1) : y !== undefined && m1 > m2 ? y - 1 : y;
        const start = context.createParsingComponents({ month: m1 });
        const end = context.createParsingComponents({ month: m2 });
        if (parts.d1) start.assign("day", Number(parts.d1));
        else start.imply("day", 1);
        if (parts.d2) end.assign("day", Number(parts.d2));
        else end.imply("day", 1);
        if (y1 !== undefined) start.assign("year", y1);
        else start.imply("year", context.reference.instant.getFullYear());
        if (y !== undefined) end.assign("year", y);
        else end.imply("year", context.reference.instant.getFullYear());
        return context.createParsingResult(match.index ?? 0, match[0], start, end);
      },
    });
  }
  loaded = parser;
  return parser;
}

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d?: number) => `${y}-${pad(m)}${d === undefined ? "" : `-${pad(d)}`}`;

/** The year a date without one falls in: the fiscal year's half it belongs to, else chrono's choice. */
function yearFor(month: number, chosen: number, reference: DateReference | null): number {
  if (reference && "fiscalYear" in reference) {
    const bounds = fiscalYearBounds(reference.fiscalYear);
    if (bounds) return Number(bounds.start.slice(0, 4)) + (month >= 7 ? 0 : 1);
  }
  return chosen;
}

function referenceInstant(reference: DateReference | null): Date | null {
  if (!reference) return null;
  if ("date" in reference)
    return new Date(`${reference.date.length === 7 ? `${reference.date}-15` : reference.date}T12:00:00Z`);
  const bounds = fiscalYearBounds(reference.fiscalYear);
  return bounds ? new Date(`${bounds.start}T12:00:00Z`) : null;
}

function dayOf(c: ParsedComponents, reference: DateReference | null): { y: number; m: number; d: number } {
  const m = c.get("month") as number;
  const y = c.isCertain("year") ? (c.get("year") as number) : yearFor(m, c.get("year") as number, reference);
  return { y, m, d: c.get("day") as number };
}

/**
 * Every date or range in a text, left to right, as spans (`YYYY-MM-DD`, or `YYYY-MM` for "early May").
 * A date printed without its year is read only against a reference; without one it is left out, as
 * is any date chrono knows only by a weekday or a time.
 */
export function datesIn(text: string, reference: DateReference | null = null): DateSpan[] {
  const instant = referenceInstant(reference);
  const out: DateSpan[] = [];
  for (const r of chrono().parse(text, instant ?? new Date(0))) {
    const s = r.start;
    if (!s.isCertain("month")) continue;
    if (!s.isCertain("year") && !reference) continue;
    const monthOnly = !s.isCertain("day");
    const a = dayOf(s, reference);
    const b = r.end ? dayOf(r.end, reference) : a;
    if (b.y < a.y && !r.end?.isCertain("year")) b.y = a.y;
    const start = monthOnly ? iso(a.y, a.m) : iso(a.y, a.m, a.d);
    const end = monthOnly ? iso(b.y, b.m) : iso(b.y, b.m, b.d);
    if (end < start) continue;
    out.push({ start, end, precision: monthOnly ? "month" : "day", index: r.index, length: r.text.length });
  }
  return joinDays(text, out);
}

/**
 * Days chrono reads apart that the text joins: "on Monday, 3 June 2019 and Tuesday, 4 June 2019" is one
 * span; a day after "originally planned for" or "postponed from" is not the event's and is dropped.
 */
function joinDays(text: string, spans: DateSpan[]): DateSpan[] {
  const out: DateSpan[] = [];
  for (const d of spans) {
    if (
      /\b(?:originally|initially|first)\s+(?:planned|scheduled|set)\s+(?:for|on|from)\s*$|\bpostponed\s+from\s*$/i.test(
        text.slice(Math.max(0, d.index - 40), d.index),
      )
    )
      continue;
    const last = out.at(-1);
    const between = last ? text.slice(last.index + last.length, d.index) : "";
    const close = last && d.start > last.end && Date.parse(d.start) - Date.parse(last.end) <= 7 * 86_400_000;
    if (
      last &&
      close &&
      last.precision === d.precision &&
      /^\s*,?\s*(?:and|to|until|till|-|–|—)\s*$/.test(between)
    ) {
      out[out.length - 1] = { ...last, end: d.end, length: d.index + d.length - last.index };
    } else out.push(d);
  }
  return out;
}

const FISCAL = /\bFY\s?((?:19|20)\d{2})\s?[/-]\s?(\d{2}|(?:19|20)\d{2})\b/;

/** The reference a heading or dateline sets for the dates below it: a fiscal year, else its first date. */
export function referenceIn(text: string, above: DateReference | null): DateReference | null {
  const fy = FISCAL.exec(text);
  if (fy) return { fiscalYear: `${fy[1]}/${(fy[2] as string).slice(-2)}` };
  const first = datesIn(text, above)[0];
  if (first) return { date: first.start };
  // A year alone, not the version of a nomenclature or a plan ("HS 2022", "Vision 2030").
  const year = /(?<![A-Z]{2,}\s?|Vision\s)\b((?:19|20)\d{2})\b/.exec(text);
  return year ? { date: `${year[1]}-07` } : above;
}
