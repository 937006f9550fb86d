import type { Unplaced } from "../parsed.ts";
import { parsePlace } from "./countries.ts";
import { findDates } from "./dates.ts";
import { readSponsor } from "./details.ts";
import { type Entry, emptyDetails } from "./entry.ts";
import { clean, isBullet, stripBullet } from "./text.ts";
import { isEventTitle, splitTitlePlace } from "./titles.ts";

const MONTH_SUFFIX =
  /^(.*?)\s*\(\s*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*,?\s*(?:19|20)\d{2})(?:\s+in\s+([^)]*?))?\.?\s*\)?\s*$/;
const OPEN_MONTH =
  /\((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+(?:19|20)\d{2})?(?:\s+in)?\s*$/;
const NEXT_MONTH = /^\s*\((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d{2}/;

export interface ListResult {
  entries: Entry[];
  /** Event titles listed without any date: matched against dated mentions later. */
  undated: Array<{ line: number; title: string }>;
  unplaced: Unplaced[];
}

/** A list entry is a sentence when it carries more than a title, a place and a date. */
const isProse = (text: string) =>
  text.length > 200 || /\.\s+[A-Z]/.test(text) || /^[A-Z][a-z]+,\s/.test(text);

/**
 * Reads list entries: bullets ending "… in City, Country on 19-23 September 2011", and entries of any
 * line ending "(Mar. 2018)" or "(Nov. 2017 in Japan)", whose title may wrap onto the next line.
 * A "(Activities Funded by CCF-Japan)" line gives the sponsor of the bullets under it.
 */
export function readLists(lines: string[], owned: Set<number>): ListResult {
  const out: ListResult = { entries: [], undated: [], unplaced: [] };
  let sponsor: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (owned.has(i + 1)) continue;
    const raw = lines[i] as string;
    const line = clean(raw);
    if (line === "") continue;
    if (/^\(.*\bfunded by\b/i.test(line)) {
      sponsor = readSponsor(line) ?? line.replace(/^.*funded by\s*|\)$/gi, "");
      continue;
    }
    const bullet = isBullet(raw);
    if (!bullet && !line.startsWith("(")) sponsor = null;
    let text = bullet ? stripBullet(raw) : line;
    let consumed = 0;
    const next = clean(lines[i + 1] ?? "");
    if (next !== "" && (OPEN_MONTH.test(text) || NEXT_MONTH.test(next)) && next.length < 60) {
      text = `${text} ${next}`;
      consumed = 1;
    }
    const start = MONTH_SUFFIX.test(text) ? titleStartAbove(lines, i) : null;
    if (start) text = `${clean(lines[start.index] as string)} ${text}`;
    const entry =
      readMonthEntry(text, start ? start.index + 1 : i + 1, out.unplaced) ??
      (bullet ? readDatedBullet(text, i + 1) : null);
    if (entry) {
      if (entry.source === "list" && sponsor) entry.sponsor = sponsor;
      out.entries.push(entry);
      i += consumed;
    } else if (bullet && isUndatedTitle(text)) {
      out.undated.push({ line: i + 1, title: text });
    }
  }
  return out;
}

function readDatedBullet(text: string, line: number): Entry | null {
  if (isProse(text)) return null;
  const date = findDates(text)
    .filter((d) => d.precision === "day")
    .at(-1);
  if (!date || text.slice(date.index + date.length).replace(/[\s.;,)]/g, "") !== "") return null;
  const head = text.slice(0, date.index).replace(/\s*(?:\bon|\bfrom|\bbetween|,)\s*$/i, "");
  const { title, place, venue } = splitTitlePlace(head);
  if (!isEventTitle(title)) return null;
  const where = place ? parsePlace(place) : { city: null, country: null };
  return {
    ...emptyDetails(),
    venue,
    source: "list",
    title,
    line,
    start: date.start,
    end: date.end,
    ...where,
  };
}

function readMonthEntry(text: string, line: number, unplaced: Unplaced[]): Entry | null {
  const m = MONTH_SUFFIX.exec(text);
  if (!m) return null;
  const date = findDates(m[2] as string)[0];
  if (!date) return null;
  const { title, place, venue } = splitTitlePlace(m[1] as string);
  if (!isEventTitle(title)) {
    if (title !== "" && title.length < 80) {
      unplaced.push({
        line,
        text: `dated list entry without an event title (cut at a page break?): ${text}`,
      });
    }
    return null;
  }
  const where = parsePlace(m[3] ?? place ?? "");
  return {
    ...emptyDetails(),
    venue,
    source: "summary",
    title,
    line,
    start: date.start,
    end: date.end,
    ...where,
  };
}

/** A bullet that is only an event's name: "Sub-regional Workshop on PCA Train-the-trainer for Pacific Islands". */
function isUndatedTitle(text: string): boolean {
  const opening = text.split(/\s+/).slice(0, 6).join(" ");
  const balanced = (text.match(/\(/g)?.length ?? 0) === (text.match(/\)/g)?.length ?? 0);
  return (
    isEventTitle(text) &&
    isEventTitle(opening) &&
    balanced &&
    text.length < 150 &&
    !isProse(text) &&
    findDates(text).length === 0
  );
}

const PAGE_FURNITURE = /^(?:\d{1,3}|[-–]|.*\bAnnual Report \d{4}.*)$/;

/**
 * A dated entry whose line holds only the end of its title ("Cambodia (Dec. 2017)") continues a title
 * cut by a page break: the last line before the page number and running header that ends on a
 * connecting word ("… Piracy Seminar for").
 */
function titleStartAbove(lines: string[], at: number): { index: number } | null {
  const own = MONTH_SUFFIX.exec(clean(lines[at] as string));
  if (!own || isEventTitle(splitTitlePlace(own[1] as string).title)) return null;
  let crossed = false;
  for (let k = at - 1; k >= Math.max(0, at - 10); k--) {
    const text = clean(lines[k] as string);
    if (text === "") continue;
    if (PAGE_FURNITURE.test(text)) {
      crossed = true;
      continue;
    }
    const cut = crossed && isEventTitle(text) && /\b(?:for|on|of|and|in|to|the)$/i.test(text);
    return cut && findDates(text).length === 0 ? { index: k } : null;
  }
  return null;
}
