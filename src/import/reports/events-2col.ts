import type { Unplaced } from "../parsed.ts";
import { parsePlace } from "./countries.ts";
import { findDates } from "./dates.ts";
import { readDetails } from "./details.ts";
import type { Entry } from "./entry.ts";
import { clean } from "./text.ts";
import { looksLikePlace, tidyTitle } from "./titles.ts";

/** A line that is only a date and a place: "17-20 July 2017, Melbourne, Australia". */
function datePlaceLine(line: string): { start: string; end: string; place: string } | null {
  const text = clean(line);
  const date = findDates(text)[0];
  if (date?.precision !== "day" || date.index !== 0) return null;
  const rest = text.slice(date.length).trim();
  if (rest !== "" && !(rest.startsWith(",") && looksLikePlace(rest.slice(1)))) return null;
  return { start: date.start, end: date.end, place: rest.replace(/^,\s*/, "") };
}

const CONNECTOR = /\b(?:and|of|on|for|in|to|the|with|at|by|&)$|[-–/(]$/i;
const EVENT_NOUN = /\b(workshop|seminar|meeting|conference|forum|dialogue|session|mission|convention)\b/i;

/**
 * The one or two lines above a date line that name the event. A second line up belongs to the title
 * when the title's last line starts in lower case, the line above ends on a connecting word, or the
 * line above is itself a title (names an event and ends without punctuation).
 */
function titleAbove(lines: string[], at: number): { title: string; first: number } | null {
  const last = clean(lines[at - 1] ?? "");
  if (last === "" || /[.:;!?]$/.test(last) || last.length > 120) return null;
  const above = clean(lines[at - 2] ?? "");
  const joins =
    above !== "" &&
    !/[.:;!?]$/.test(above) &&
    above.length <= 120 &&
    !/^(?:Pillar|Part|Annex)\b/i.test(above) &&
    (/^[a-z(]/.test(last) || CONNECTOR.test(above) || (/^[A-Z0-9]/.test(above) && EVENT_NOUN.test(above)));
  return joins ? { title: `${above} ${last}`, first: at - 1 } : { title: last, first: at };
}

/**
 * Reads the activity pages of a PDF report: each event is a title (one or two lines), a line
 * "date, City, Country", then a narrative up to the next event. A date line with no title of its own
 * repeats the place list of the event just above ("International Customs Day Ceremonies": Suva, Bangkok).
 */
export function readBlocks(lines: string[]): { entries: Entry[]; owned: Set<number>; unplaced: Unplaced[] } {
  const found: Array<{
    dateLine: number;
    first: number;
    title: string | null;
    start: string;
    end: string;
    place: string;
  }> = [];
  for (let i = 0; i < lines.length; i++) {
    const dp = datePlaceLine(lines[i] as string);
    if (!dp) continue;
    const t = titleAbove(lines, i);
    found.push({ dateLine: i, first: t ? t.first : i + 1, title: t?.title ?? null, ...dp });
  }
  const entries: Entry[] = [];
  const unplaced: Unplaced[] = [];
  const owned = new Set<number>();
  found.forEach((b, k) => {
    const prev = entries.at(-1);
    const title = b.title ?? (prev && b.dateLine - prev.line < 40 ? prev.title : null);
    const stop = Math.min(found[k + 1]?.first ?? lines.length + 1, b.dateLine + 31) - 1;
    for (let n = b.first; n <= stop; n++) owned.add(n);
    if (!title) {
      unplaced.push({
        line: b.dateLine + 1,
        text: `a date and place with no event title above: ${clean(lines[b.dateLine] as string)}`,
      });
      return;
    }
    const narrative = lines
      .slice(b.dateLine + 1, stop)
      .map(clean)
      .filter((l) => !/^\d{1,3}$|Annual Report \d{4}/.test(l))
      .join(" ");
    const details = readDetails(narrative);
    entries.push({
      ...details,
      source: "block",
      title: tidyTitle(title),
      line: b.first,
      start: b.start,
      end: b.end,
      ...parsePlace(b.place),
    });
  });
  return { entries, owned, unplaced };
}
