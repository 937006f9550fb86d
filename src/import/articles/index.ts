import type { ParsedWorkshop } from "../parsed.ts";
import { audienceOf } from "../reports/audience.ts";
import { type DateSpan, findDates } from "../reports/dates.ts";
import { readDetails } from "../reports/details.ts";
import { EVENT_WORD, kindOf } from "../reports/kinds.ts";
import { placeBefore } from "../reports/prose-place.ts";
import { overlap, topicWords } from "../reports/similarity.ts";
import { sentences } from "../reports/text.ts";
import { type Dateline, readDateline } from "./dateline.ts";
import { nameInHeadline, namesInProse } from "./event-name.ts";
import { paragraphs, unglue } from "./text.ts";

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
  const filled = lines
    .map((raw, i) => ({ text: unglue(raw.replace(/\s+/g, " ").trim()), i }))
    .filter((l) => l.text);
  const first = filled[0];
  if (!first) return { nothing: true };
  const second = filled[1];
  // A short first line is a headline unless the text runs on into the next line (a wrapped sentence).
  const runsOn = second !== undefined && second.i === first.i + 1 && /^[a-z0-9]/.test(second.text);
  const headline =
    isHeadline(first.text) && (!runsOn || readDateline((second as { text: string }).text) !== null)
      ? first.text
      : "";
  const top = filled.slice(headline ? 1 : 0, headline ? 3 : 2);
  const datelineLine = top.find((l) => readDateline(l.text) !== null);
  const dateline: Dateline | null = datelineLine ? readDateline(datelineLine.text) : null;
  const proseFrom = (datelineLine ?? (headline ? first : null))?.i ?? -1;
  const prose = paragraphs(lines.slice(proseFrom + 1))
    .map((p) => p.text)
    .join(" ");
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
  const dateInSentence = findDates(sentence, contextYear).find((d) => d.precision === "day");
  const fromProsePlace = dateInSentence ? placeBefore(sentence.slice(0, dateInSentence.index)) : null;
  const fromAfter = placeAfterDate(sentence) ?? placeAfterName(sentence, name);
  const virtual = VIRTUAL.test(`${name} ${sentence}`) && !dateline?.city;
  const city = virtual ? null : (dateline?.city ?? fromProsePlace?.city ?? fromAfter?.city ?? null);
  const hostCountry = virtual
    ? null
    : (dateline?.country ?? fromProsePlace?.country ?? fromAfter?.country ?? null);
  const details = readDetails(prose);
  const kind = kindOf(name, `${headline} ${prose}`);
  return {
    event: {
      title: name,
      kind,
      countries: audienceOf([name, fromHeadline ?? ""], kind, hostCountry),
      city,
      hostCountry,
      venue: details.venue ?? fromProsePlace?.venue ?? (virtual ? "online" : null),
      start: date.start,
      end: date.end,
      participants: details.participants,
      administrations: details.administrations,
      sponsor: details.sponsor,
      status: details.cancelled ? "cancelled" : FUTURE.test(prose) ? "scheduled" : "held",
      line: first.i + 1,
      serves: [],
    },
  };
}

/** A headline: one line, short, not a run of sentences. */
function isHeadline(text: string): boolean {
  return text.length <= 200 && sentences(text).length === 1 && !/\.\s*$/.test(text.replace(/\b[A-Z]\.$/, ""));
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
  let at = 0;
  for (const s of sentences(text)) {
    const start = text.indexOf(s, at);
    if (index < start + s.length) return s;
    at = start + s.length;
  }
  return text;
}

/** "… from 17 to 19 April 2018 in Busan, Korea": the place after the date. */
function placeAfterDate(sentence: string) {
  const date = findDates(sentence).find((d) => d.precision === "day");
  if (!date) return null;
  const after = sentence.slice(date.index + date.length);
  const m =
    /^\s*,?\s*(?:in|at)\s+([A-Z][^.;()]*?)(?=\s+(?:under|with|to|for|and|which|where|by)\b|[.;(]|$)/.exec(
      after,
    );
  if (!m) return null;
  const where = placeBefore(`in ${m[1]}`);
  return where.city || where.country ? where : null;
}

/** "… conducted a National Workshop on X for Bhutan in Thimphu, Bhutan, under …": the place after the name. */
function placeAfterName(sentence: string, name: string) {
  const at = sentence.toLowerCase().indexOf(name.toLowerCase());
  const after = at === -1 ? sentence : sentence.slice(at + name.length);
  const m = /\b(?:in|at)\s+([A-Z][\w'’.-]*(?:,?\s+[A-Z][\w'’.-]*){0,3})/.exec(after);
  if (!m) return null;
  const where = placeBefore(`in ${m[1]}`);
  return where.city || where.country ? where : null;
}
