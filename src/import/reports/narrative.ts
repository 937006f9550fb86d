import { findDates } from "./dates.ts";
import { readDetails } from "./details.ts";
import type { Entry } from "./entry.ts";
import { placeBefore } from "./prose-place.ts";
import { clean, isBullet, sentences, stripBullet } from "./text.ts";
import { isEventTitle, splitTitlePlace, tidyTitle } from "./titles.ts";

const NOUN = `(?:Workshop|Seminar|Meeting|Conference|Forum|Dialogue|Symposium|Session|Masterclass)`;
const VERB = `(?:held|conducted|organi[sz]ed|convened|co-hosted|hosted)`;
// "the National Seminar on … was held in Bhutan on 27 February-2 March 2012"
const PASSIVE = new RegExp(
  String.raw`\b(?:the|a|an)\s+((?:[A-Z0-9][\w/'’-]*\s+)(?:[\w/'’-]+\s+){0,14}?${NOUN}\b(?:\s+[\w/'’,-]+){0,12}?)\s+(?:was|were)\s+${VERB}\b`,
  "i",
);
// "organized a national workshop on PCA for Philippines and Pakistan at Manila, the Philippines on 2-6 July 2011"
const ACTIVE = new RegExp(
  String.raw`\b(?:organi[sz]ed?|held|conducted|co-hosted|hosted|convened)\s+(?:the|a|an)\s+((?:[\w/'’-]+\s+){0,8}?${NOUN}\b[^.;]*)$`,
  "i",
);

/**
 * Events named in prose that no heading or list covers: a sentence with a day-precise date and an
 * event title as the subject of "was held" or the object of "organized", "co-hosted"…
 * Sentences with only a month ("held in May 2012") are not read: they recall events listed elsewhere.
 */
export function readNarrative(lines: string[], owned: Set<number>): Entry[] {
  const entries: Entry[] = [];
  let headingYear: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    headingYear = yearOfHeading(clean(raw)) ?? headingYear;
    if (owned.has(i + 1) || clean(raw).length < 60) continue;
    const text = isBullet(raw) ? stripBullet(raw) : clean(raw);
    const all = sentences(text);
    all.forEach((sentence, k) => {
      const entry = readSentence(sentence, all.slice(k, k + 3).join(" "), i + 1, headingYear);
      if (entry) entries.push(entry);
    });
  }
  return entries;
}

/** The year a short heading line dates the paragraphs under it with: "March 2019", "(Mar. 2019)". */
function yearOfHeading(line: string): number | undefined {
  if (line === "" || line.length > 60 || /[.;:]$/.test(line)) return undefined;
  const date = findDates(line)[0];
  return date ? Number(date.start.slice(0, 4)) : undefined;
}

function readSentence(sentence: string, context: string, line: number, headingYear?: number): Entry | null {
  const date = findDates(sentence, headingYear).find((d) => d.precision === "day");
  if (!date) return null;
  const before = sentence.slice(0, date.index);
  const passive = PASSIVE.exec(sentence);
  let title: string | null = null;
  let placeText = before;
  if (passive) {
    title = tidyTitle(passive[1] as string);
    const after = passive.index + passive[0].length;
    // "On 31 October …, the 9th Meeting … was held in China to enhance …": the place follows the verb.
    placeText =
      date.index >= after
        ? before.slice(after)
        : (sentence.slice(after).split(/\s+(?:to|for|with|under|where|which)\s|[,.;]/)[0] as string);
  } else {
    const active = ACTIVE.exec(before);
    if (active) {
      const split = splitTitlePlace((active[1] as string).replace(/\s*(?:\bon|\bfrom)\s*$/i, ""));
      title = split.title;
    }
  }
  if (!title || !isEventTitle(title)) return null;
  const where = placeBefore(placeText);
  const details = readDetails(context);
  return {
    ...details,
    venue: details.venue ?? where.venue,
    source: "narrative",
    title,
    line,
    start: date.start,
    end: date.end,
    city: where.city,
    country: where.country,
  };
}
