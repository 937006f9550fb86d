import { parsePlace } from "./countries.ts";
import { firstDate } from "./dates.ts";
import { readDetails } from "./details.ts";
import type { Entry } from "./entry.ts";
import { placeBefore } from "./prose-place.ts";
import { clean, isBullet } from "./text.ts";
import { isEventTitle, splitTitlePlace } from "./titles.ts";

const HEADING = /^\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*\S{0,12}$/;
const NOT_AN_EVENT = /\b(funded by|activities|note|joint work|framework)\b/i;
const SECTION = /^(?:[ivx]+\)|\d+[.)]|Part\s+\d|Annex\b)/i;

export function headingTitle(line: string): string | null {
  const m = HEADING.exec(clean(line));
  const inner = m?.[1]?.trim();
  if (
    !inner ||
    inner.length > 150 ||
    /\.\s+[A-Z]/.test(inner) ||
    NOT_AN_EVENT.test(inner) ||
    !isEventTitle(inner)
  )
    return null;
  return inner;
}

/**
 * Reads "(Regional Workshop on AEO in Korea)" headings and the paragraph under each ("This regional
 * workshop was held at … in Cheonan, Korea on 19-23 September 2011 under the sponsorship of …").
 * Returns the lines each paragraph owns, so the narrative reader leaves them alone.
 */
export function readHeadings(lines: string[]): { entries: Entry[]; owned: Set<number> } {
  const entries: Entry[] = [];
  const owned = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const heading = headingTitle(lines[i] as string);
    if (!heading) continue;
    owned.add(i + 1);
    const body: string[] = [];
    let seen = 0;
    for (let j = i + 1; j < lines.length && seen < 12; j++) {
      const raw = lines[j] as string;
      const text = clean(raw);
      if (text === "") continue;
      if (headingTitle(raw) || /^\(.*\)$/.test(text) || isBullet(raw) || SECTION.test(text)) break;
      body.push(text);
      owned.add(j + 1);
      seen++;
    }
    entries.push(headingEntry(heading, body.join(" "), i + 1));
  }
  return { entries, owned };
}

function headingEntry(heading: string, paragraph: string, line: number): Entry {
  const { title, place } = splitTitlePlace(heading);
  const date = firstDate(paragraph, "day");
  const prose = date
    ? placeBefore(paragraph.slice(0, date.index))
    : { city: null, country: null, venue: null };
  const fromTitle = place ? parsePlace(place) : { city: null, country: null };
  const details = readDetails(paragraph);
  return {
    ...details,
    venue: details.venue ?? prose.venue,
    source: "heading",
    title,
    line,
    start: date?.start ?? null,
    end: date?.end ?? null,
    city: prose.city ?? fromTitle.city,
    country: prose.country ?? fromTitle.country,
  };
}
