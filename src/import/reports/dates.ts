import { DateTime } from "luxon";

/** A date or date range found in running text. `start`/`end` are `YYYY-MM-DD`, or `YYYY-MM` for month precision. */
export interface DateSpan {
  start: string;
  end: string;
  precision: "day" | "month";
  index: number;
  length: number;
}

// Capitalised only: a lower-case "may" is the verb far more often than the month.
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])\.?`;
// Not the end of a fiscal year: "FY 2016/17 February 2018" is February 2018.
const DAY = String.raw`(?<![\d/])(\d{1,2})(?:st|nd|rd|th)?`;
const MORE_DAYS = String.raw`(?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?)+(?:\s*,?\s*(?:and|&)\s*|\s*,\s*)`;
const YEAR = String.raw`((?:19|20)\d{2})(?!\d)`;
const SEP = String.raw`\s*(?:-|–|—|~|\bto\b|\band\b|\bthrough\b|\buntil\b|\btill\b)\s*`;
const GAP = String.raw`[\s-]*(?:of\s+)?`;

// The year of a day-month date is optional: one without it is read only when the context gives the year.
const PATTERNS: Array<{ re: string; read: (m: string[]) => Parts | null }> = [
  // 28 May-1 June 2012 · 31-July - 3 August 2017 · 28 August 2017 – 1 September 2017
  {
    re: `${DAY}${GAP}${MONTH},?\\s*(?:${YEAR})?${SEP}${DAY}${GAP}${MONTH}(?:,?\\s*${YEAR})?`,
    read: (m) => ({ d1: m[1], m1: m[2], y1: m[3], d2: m[4], m2: m[5], y2: m[6] }),
  },
  // 7, 8 and 10 May 2019: a list of days spans the first to the last
  {
    re: `${DAY}${MORE_DAYS}${DAY}${GAP}${MONTH}(?:,?\\s*${YEAR})?`,
    read: (m) => ({ d1: m[1], m1: m[3], d2: m[2], m2: m[3], y2: m[4] }),
  },
  // 19-23 September 2011 · 22-27April 2018 · 28 and 29 August 2017 · 11-15 March, 2024
  {
    re: `${DAY}${SEP}${DAY}${GAP}${MONTH}(?:,?\\s*${YEAR})?`,
    read: (m) => ({ d1: m[1], m1: m[3], d2: m[2], m2: m[3], y2: m[4] }),
  },
  // 27 April 2012 · 1st of December 2017
  {
    re: `${DAY}${GAP}${MONTH}(?:,?\\s*${YEAR})?`,
    read: (m) => ({ d1: m[1], m1: m[2], d2: m[1], m2: m[2], y2: m[3] }),
  },
  // September 19-23, 2011 · May 28 - June 1, 2012
  {
    re: `${MONTH}\\s*${DAY}(?:${SEP}(?:${MONTH}\\s*)?${DAY})?,?\\s*${YEAR}`,
    read: (m) => ({ d1: m[2], m1: m[1], d2: m[4] ?? m[2], m2: m[3] ?? m[1], y2: m[5] }),
  },
  // Dec. 2011 - Jan. 2012 · May and September 2007
  {
    re: `${MONTH},?\\s*(?:${YEAR})?${SEP}${MONTH},?\\s*${YEAR}`,
    read: (m) => ({ m1: m[1], y1: m[2], m2: m[3], y2: m[4] }),
  },
  // (Mar. 2018) · October 2011
  { re: `${MONTH},?\\s*${YEAR}`, read: (m) => ({ m1: m[1], m2: m[1], y2: m[2] }) },
];

/** The pieces of a printed date, as matched: day, month and year of its start (1) and end (2). */
export interface Parts {
  d1?: string | undefined;
  m1?: string | undefined;
  y1?: string | undefined;
  d2?: string | undefined;
  m2?: string | undefined;
  y2?: string | undefined;
}

const COMBINED = new RegExp(PATTERNS.map((p) => `(${p.re})`).join("|"), "g");
const GROUPS = PATTERNS.map((p) => new RegExp(p.re).source.match(/\((?!\?)/g)?.length ?? 0);

export function monthNumber(name: string): number | null {
  const key = name.slice(0, 3).toLowerCase();
  const i = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(key);
  return i === -1 ? null : i + 1;
}

const pad = (n: number) => String(n).padStart(2, "0");

function toSpan(p: Parts, contextYear?: number): Omit<DateSpan, "index" | "length"> | null {
  const m1 = p.m1 ? monthNumber(p.m1) : null;
  const m2 = p.m2 ? monthNumber(p.m2) : null;
  const y2 = p.y2 ? Number(p.y2) : (contextYear ?? 0);
  if (!m1 || !m2 || !y2) return null;
  let y1 = p.y1 ? Number(p.y1) : y2;
  // "29 December - 2 January 2012": the first part belongs to the year before.
  if (!p.y1 && m1 > m2) y1 = y2 - 1;
  if (p.d1 === undefined || p.d2 === undefined) {
    const start = `${y1}-${pad(m1)}`;
    const end = `${y2}-${pad(m2)}`;
    return start <= end ? { start, end, precision: "month" } : null;
  }
  const a = DateTime.fromObject({ year: y1, month: m1, day: Number(p.d1) });
  const b = DateTime.fromObject({ year: y2, month: m2, day: Number(p.d2) });
  if (!a.isValid || !b.isValid || b < a) return null;
  return { start: a.toISODate() as string, end: b.toISODate() as string, precision: "day" };
}

/**
 * Every date expression in the text, left to right; the widest reading wins at each position.
 * `contextYear` completes a day-month date printed without its year ("from 4-8 March" under a dated
 * heading, after a dateline); without it such a date is not read.
 */
export function findDates(text: string, contextYear?: number): DateSpan[] {
  const out: DateSpan[] = [];
  for (const match of text.matchAll(COMBINED)) {
    let offset = 1;
    for (let i = 0; i < PATTERNS.length; i++) {
      const size = GROUPS[i] as number;
      if (match[offset] !== undefined) {
        const groups = match.slice(offset, offset + 1 + size);
        const parts = (PATTERNS[i] as (typeof PATTERNS)[number]).read(groups as string[]);
        const span = parts && toSpan(parts, contextYear);
        if (span) out.push({ ...span, index: match.index, length: match[0].length });
        break;
      }
      offset += size + 1;
    }
  }
  return out;
}

/** The first date expression at day precision, else the first at month precision. */
export function firstDate(text: string, precision?: "day", contextYear?: number): DateSpan | null {
  const all = findDates(text, contextYear);
  return all.find((d) => d.precision === "day") ?? (precision ? null : (all[0] ?? null));
}

/** "2011/2012" or "2011/12" → "2011/12". */
export function fiscalYearLabel(first: string, second: string): string {
  return `${first}/${second.slice(-2)}`;
}

/** The first and last day of a fiscal year label ("2017/18" → 2017-07-01 .. 2018-06-30). */
export function fiscalYearBounds(label: string): { start: string; end: string } | null {
  const m = /^(\d{4})\/(\d{2})$/.exec(label);
  if (!m) return null;
  const y = Number(m[1]);
  return { start: `${y}-07-01`, end: `${y + 1}-06-30` };
}
