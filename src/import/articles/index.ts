import type { ParsedWorkshop } from "../parsed.ts";
import { audienceOf } from "../reports/audience.ts";
import { type DateSpan, findDates } from "../reports/dates.ts";
import { readDetails } from "../reports/details.ts";
import { EVENT_WORD, kindOf } from "../reports/kinds.ts";
import { overlap, topicWords } from "../reports/similarity.ts";
import { sentenceSpans } from "../reports/text.ts";
import { nameInHeadline, namesInProse } from "./event-name.ts";
import { articleParts } from "./parts.ts";
import { placeInSentence } from "./place.ts";

/** What reading an article gave: one event, a sentence on what could not be read, or no event at all. */
export type ArticleReading = { event: ParsedWorkshop } | { problem: string } | { nothing: true };

const VIRTUAL = /\b(?:virtual(?:ly)?|online|webinar|video ?conference|via (?:zoom|webex|teams))\b/i;
const FUTURE =
  /\b(?:will be (?:held|organi[sz]ed|conducted|hosted)|will take place|is scheduled|is planned)\b/i;

const dayPrecise = (d: DateSpan | undefined | null) => (d?.precision === "day" ? d : null);
const yearOf = (d: DateSpan | null | undefined) => (d ? Number(d.start.slice(0, 4)) : undefined);

/**
 * Reads a news article about one event: a headline, maybe a blank line, maybe a dateline ("17-19 April
 * 2018, Busan, Korea"), then prose. The event's name comes from the prose ("organized the …", "The …
 * was held"), else from the headline without its verb phrase; its dates from the sentence naming it
 * (a day-month range takes the dateline's year), else from the dateline; its place from the dateline,
 * else from the words before the date ("in Busan, Korea"). A text naming no event yields nothing; one
 * naming an event without dates, or several events, yields a sentence saying so.
 */
export function readArticle(lines: string[]): ArticleReading {
  const parts = articleParts(lines);
  if (!parts) return { nothing: true };
  const { headline, dateline, prose } = parts;
  const contextYear = yearOf(dateline?.date) ?? yearOf(findDates(headline)[0]);

  const named = namedEvents(prose, contextYear);
  const distinct = named.filter(
    (n, i) =>
      !named
        .slice(0, i)
        .some((m) => sameName(m.name, n.name) || (m.date && n.date && m.date.start === n.date.start)),
  );
  if (distinct.length > 1 && distinct.every((n) => n.date)) {
    const list = distinct.map((n) => `"${n.name}" (${n.date?.start})`).join(", ");
    return { problem: `The text describes ${distinct.length} events, ${list}: paste one article per event.` };
  }
  const fromHeadline = headline ? nameInHeadline(headline) : null;
  const fromProse = named[0];
  const name = pickName(fromProse?.name ?? null, fromHeadline);
  if (!name) {
    const mentionsEvent =
      EVENT_WORD.test(`${headline} ${prose}`) && (dateline?.date || findDates(prose).length > 0);
    return mentionsEvent
      ? {
          problem:
            'I could not find the event\'s name: say it in a sentence such as "… organized the National Workshop on PCA from 17 to 19 April 2018 in Suva, Fiji".',
        }
      : { nothing: true };
  }
  const date =
    fromProse?.date ??
    dayPrecise(dateline?.date) ??
    dayPrecise(findDates(prose, contextYear).find((d) => d.precision === "day"));
  if (!date) {
    return {
      problem: `I read the event "${name}" but not its dates: give them as "17-19 April 2018" (a dateline under the headline, or in the text).`,
    };
  }
  const sentence = fromProse ? sentenceAround(prose, fromProse.index) : prose;
  const said = placeInSentence(sentence, name, contextYear);
  const virtual = VIRTUAL.test(`${name} ${sentence}`) && !dateline?.city;
  const city = virtual ? null : (dateline?.city ?? said.city);
  const hostCountry = virtual ? null : (dateline?.country ?? said.country);
  const details = readDetails(prose);
  const kind = kindOf(name, `${headline} ${prose}`);
  return {
    event: {
      title: name,
      kind,
      countries: audienceOf([name, fromHeadline ?? ""], kind, hostCountry),
      city,
      hostCountry,
      venue: details.venue ?? said.venue ?? (virtual ? "online" : null),
      start: date.start,
      end: date.end,
      participants: details.participants,
      administrations: details.administrations,
      sponsor: details.sponsor,
      status: details.cancelled ? "cancelled" : FUTURE.test(prose) ? "scheduled" : "held",
      line: parts.line,
      serves: [],
    },
  };
}

/** Names found in the prose with the day-precise date of the sentence naming each. */
function namedEvents(prose: string, contextYear: number | undefined) {
  return namesInProse(prose).map((n) => ({
    ...n,
    date: dayPrecise(
      findDates(sentenceAround(prose, n.index), contextYear).find((d) => d.precision === "day"),
    ),
  }));
}

function sameName(a: string, b: string): boolean {
  const { shared, jaccard } = overlap(topicWords(a), topicWords(b));
  return jaccard >= 0.5 || (shared >= 2 && jaccard >= 0.3);
}

const nameWords = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 2 && !["the", "and", "for", "wco"].includes(w)),
  );

/**
 * The prose names the event; the headline's name wins only when it says all the prose's name says and
 * more ("… for Bhutan, Nepal and Maldives" where the prose's name stops at a comma).
 */
function pickName(prose: string | null, headline: string | null): string | null {
  if (!prose || !headline) return prose ?? headline;
  const mine = nameWords(prose);
  const theirs = nameWords(headline);
  const covers = [...mine].every((w) => theirs.has(w)) && theirs.size > mine.size;
  return covers && /[a-z]/.test(headline) ? headline : prose;
}

function sentenceAround(text: string, index: number): string {
  return sentenceSpans(text).find((s) => index < s.start + s.text.length)?.text ?? text;
}
