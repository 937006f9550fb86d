import type { ParsedWorkshop } from "../parsed.ts";
import { audienceOf } from "../reports/audience.ts";
import { membersIn, parsePlace } from "../reports/countries.ts";
import type { DateSpan } from "../reports/dates.ts";
import { readDetails } from "../reports/details.ts";
import { overlap, topicWords } from "../reports/similarity.ts";
import { sentenceSpans } from "../reports/text.ts";
import { articleBlocks, type Block } from "./blocks.ts";
import { kindFor, roleIn } from "./classes.ts";
import { type Dateline, readDateline } from "./dateline.ts";
import { type DateReference, datesIn, referenceIn } from "./dates.ts";
import { type EventPhrase, eventPhrases, quotedEvents } from "./event-name.ts";
import { placeInSentence, type Where } from "./place.ts";
import type { Vocabulary } from "./text.ts";

/** What reading an article gave: its events, a sentence on what could not be read, or no event at all. */
export type ArticleReading = { events: ParsedWorkshop[] } | { problem: string } | { nothing: true };

const VIRTUAL = /\b(?:virtual(?:ly)?|online|webinar|video ?conference|via (?:zoom|webex|teams))\b/i;
const FUTURE =
  /\b(?:will be (?:held|organi[sz]ed|conducted|hosted)|will take place|is scheduled|is planned)\b/i;
// A later event named in passing ("following the Regional Workshop on AEO") is not reported: one that
// is gets a verb or a date of its own.
const HAPPENED =
  /\b(?:held|organi[sz]ed|co-organi[sz]ed|hosted|conducted|convened|delivered|ran|took place|followed|attended|participated|took part|presented|spoke|visited|coordinated)\b/i;
// A notice names a course or a session it offers, not an event that happened: "… is available from".
const NOTICE =
  /\b(?:available|published|released|download(?:ed)?|nominat(?:e|ions?)|applications?|apply|register|registration|deadline|vacanc(?:y|ies))\b/i;
const SAME_PLACE = /\bsame (?:venue|place|location|city)\b/i;

/** A sentence of a section with its date reference and where it sits. */
interface Sentence {
  text: string;
  section: number;
  paragraph: number;
  /** Its position in its section. */
  order: number;
  line: number;
}

interface Section {
  heading: Block | null;
  dateline: Dateline | null;
  reference: DateReference | null;
  sentences: Sentence[];
}

interface Mention extends EventPhrase {
  sentence: Sentence;
  inHeading: boolean;
}

interface Event {
  mentions: Mention[];
  name: string;
  /** The name up to its event word. */
  head: string;
}

/** The article's sections: a heading (or the top), its dateline, its paragraphs' sentences. */
function sectionsOf(blocks: Block[]): Section[] {
  const out: Section[] = [];
  let reference: DateReference | null = null;
  let current: Section = { heading: null, dateline: null, reference: null, sentences: [] };
  out.push(current);
  let paragraph = 0;
  for (const b of blocks) {
    if (b.kind === "heading") {
      reference = referenceIn(b.text, reference);
      if (current.heading || current.sentences.length > 0 || current.dateline) {
        current = { heading: b, dateline: null, reference, sentences: [] };
        out.push(current);
      } else {
        current.heading = b;
        current.reference = reference;
      }
    } else if (b.kind === "dateline") {
      const dateline = readDateline(b.text, reference);
      reference = referenceIn(b.text, reference);
      current.dateline = dateline;
      current.reference = reference;
    } else {
      paragraph++;
      for (const s of sentenceSpans(b.text)) {
        current.sentences.push({
          text: s.text,
          section: out.length - 1,
          paragraph,
          order: current.sentences.length,
          line: b.line,
        });
      }
      // With no dated heading or dateline, the first full date of the text dates what follows it (a
      // newsletter's "From 2-4 April" after an event of March 2018).
      const first: DateSpan | undefined = reference ? undefined : datesIn(b.text)[0];
      if (first) {
        reference = { date: first.start };
        current.reference ??= reference;
      }
    }
  }
  return out;
}

const LEVEL = /\b(?:sub-?\s?regional|national|regional|international)\b/i;

/**
 * Two mentions of one event: names on the same topic, at no different level, in different sentences
 * (two names in one sentence are two events: "following the Regional Workshop on AEO, the National
 * Workshop on AEO for Fiji …").
 */
function sameEvent(a: Mention, b: Mention): boolean {
  if (a.sentence === b.sentence || !sameName(a.name, b.name)) return false;
  const [la, lb] = [LEVEL.exec(a.name)?.[0].toLowerCase(), LEVEL.exec(b.name)?.[0].toLowerCase()];
  return !la || !lb || la === lb;
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
function pickName(prose: string, headline: string): string {
  const mine = nameWords(prose);
  const theirs = nameWords(headline);
  const covers = [...mine].every((w) => theirs.has(w)) && theirs.size > mine.size;
  return covers && /[a-z]/.test(headline) ? headline : prose;
}

function phrasesIn(text: string): EventPhrase[] {
  const quoted = quotedEvents(text);
  const plain = eventPhrases(text).filter(
    (p) => !quoted.some((q) => p.index >= q.index && p.index <= q.index + q.name.length + 2),
  );
  return [...quoted, ...plain].sort((a, b) => a.index - b.index);
}

/**
 * The events of the text: each section's heading names its first event unless its prose names one,
 * which the heading's name joins; every other name in the prose is another event, when it happened
 * there (a verb or a date of its own). The same name twice is one event.
 */
function eventsOf(sections: Section[]): Event[] {
  const events: Event[] = [];
  const add = (m: Mention, joinFirstOfSection: boolean) => {
    const same = events.find((e) => e.mentions.some((x) => sameEvent(x, m)));
    if (same) {
      same.mentions.push(m);
      return;
    }
    if (joinFirstOfSection) {
      const first = events.find((e) => e.mentions[0]?.sentence.section === m.sentence.section);
      if (first) {
        first.mentions.push(m);
        return;
      }
    }
    events.push({ mentions: [m], name: m.name, head: m.head });
  };
  sections.forEach((section, k) => {
    const prose: Mention[] = section.sentences.flatMap((s) =>
      phrasesIn(s.text).map((p) => ({ ...p, sentence: s, inHeading: false })),
    );
    prose.forEach((m, i) => {
      const happened = HAPPENED.test(m.sentence.text);
      if (!happened && NOTICE.test(m.sentence.text)) return;
      if (i === 0 || happened || datesIn(m.sentence.text, section.reference).length > 0) add(m, false);
    });
    if (section.heading) {
      const text = section.heading.text;
      const headed = phrasesIn(text)[0];
      const body = section.sentences.map((x) => x.text).join(" ");
      const notice = NOTICE.test(body) && !HAPPENED.test(body);
      if (headed && !notice) {
        const sentence = { text, section: k, paragraph: 0, order: -1, line: section.heading.line };
        add({ ...headed, sentence, inHeading: true }, true);
      }
    }
  });
  for (const e of events) {
    const fromProse = e.mentions.find((m) => !m.inHeading);
    const fromHeading = e.mentions.find((m) => m.inHeading);
    const chosen =
      fromProse && fromHeading && pickName(fromProse.name, fromHeading.name) === fromHeading.name
        ? fromHeading
        : (fromProse ?? (e.mentions[0] as Mention));
    e.name = chosen.name;
    e.head = chosen.head;
  }
  return events.sort((a, b) => firstAt(a) - firstAt(b));
}

/** The section an event is told in: where the prose names it, else its heading. */
const home = (e: Event) =>
  (e.mentions.find((m) => !m.inHeading) ?? (e.mentions[0] as Mention)).sentence.section;

const firstAt = (e: Event) => {
  const m = e.mentions.find((x) => !x.inHeading) ?? (e.mentions[0] as Mention);
  return m.sentence.section * 1e6 + m.sentence.order * 1e3 + m.index / 1e5;
};

/**
 * The sentences about an event: those naming it, and the ones after them in the paragraph up to
 * another event's name; for an event only its heading names, its section's prose up to another name.
 */
function sentencesAbout(e: Event, sections: Section[], others: Event[]): Sentence[] {
  const out: Sentence[] = [];
  const onlyHeading = e.mentions.every((m) => m.inHeading);
  for (const m of e.mentions) {
    if (!out.includes(m.sentence)) out.push(m.sentence);
    if (m.inHeading && !onlyHeading) continue;
    const all = sections[m.sentence.section]?.sentences ?? [];
    for (let i = all.indexOf(m.sentence) + 1; i < all.length; i++) {
      const s = all[i] as Sentence;
      if (s.paragraph !== m.sentence.paragraph && !m.inHeading) break;
      if (others.some((o) => o !== e && o.mentions.some((x) => x.sentence === s))) break;
      if (!out.includes(s)) out.push(s);
    }
  }
  return out;
}

/**
 * The date of a mention in its sentence: the first date after it and before the next event's name,
 * else the last before it that no other name is closer to.
 */
function dateOfMention(m: Mention, mentions: Mention[], reference: DateReference | null): DateSpan | null {
  const dates = datesIn(m.sentence.text, reference);
  const others = mentions.filter((x) => x !== m && x.sentence === m.sentence).map((x) => x.index);
  const nextName = Math.min(...others.filter((i) => i > m.index), Number.POSITIVE_INFINITY);
  const after = dates.find((d) => d.index > m.index && d.index < nextName);
  if (after) return after;
  const prevName = Math.max(...others.filter((i) => i < m.index), Number.NEGATIVE_INFINITY);
  return dates.filter((d) => d.index < m.index && d.index > prevName).at(-1) ?? null;
}

const precise = (d: DateSpan | null | undefined) =>
  d && (d.precision === "day" || d.precision === "month") ? d : null;

export interface ReadOptions {
  /** Words of the catalogue, to split words glued by PDF extraction ("RegionalDialogue"). */
  vocabulary?: Vocabulary;
}

/**
 * Reads a news article or a newsletter page: its headings, datelines ("17-19 April 2018, Busan,
 * Korea") and prose, and every event it reports. An event is named by a noun phrase headed by an
 * event word (`event-name.ts`), in the prose or, failing that, in its heading; it is dated by its own
 * sentence (or the next ones), else by its section's dateline or dated heading, dates without a year
 * taking the year of the heading or dateline above them (`dates.ts`); placed likewise, or "online" when
 * virtual; classed by who ran it (`classes.ts`). A text naming no event yields nothing; an event that
 * cannot be dated makes the whole text a sentence saying so, so nothing is half-recorded.
 */
export function readArticle(lines: string[], options: ReadOptions = {}): ArticleReading {
  const blocks = articleBlocks(lines, options.vocabulary ?? new Set());
  if (!blocks) return { nothing: true };
  const sections = sectionsOf(blocks);
  const events = eventsOf(sections);
  if (events.length === 0) return { nothing: true };
  const topDateline = sections.find((s) => s.dateline)?.dateline ?? null;
  const allMentions = events.flatMap((e) => e.mentions);
  const dated = events.map((e, i) => ({ e, date: dateOf(e, i, events, sections, topDateline) }));
  const anyDated = dated.some((d) => d.date);
  // An undated part of a dated event ("the Opening Ceremony") or one named in passing beside it is no
  // event of its own; any other undated event refuses the whole text, so nothing is half-recorded.
  const kept = dated.filter((d) => d.date || !anyDated || !passing(d.e, events));
  const undated = kept.find((d) => !d.date);
  if (undated) {
    const which = kept.length > 1 ? `Of the ${kept.length} events in the text, ` : "";
    return {
      problem: `${which}I read the event "${undated.e.name}" but not its dates: give them as "17-19 April 2018" (a dateline under the headline, or in the text).`,
    };
  }
  const read: ParsedWorkshop[] = [];
  for (const [i, { e, date }] of kept.entries()) {
    if (!date) continue;
    const about = sentencesAbout(e, sections, events);
    const section = sections[home(e)] as Section;
    const firstOfSection = events.find((x) => home(x) === home(e)) === e;
    const text =
      kept.length === 1
        ? sections.flatMap((s) => [s.heading?.text ?? "", ...s.sentences.map((x) => x.text)]).join(" ")
        : about.map((s) => s.text).join(" ");
    const headingName = e.mentions.find((m) => m.inHeading)?.name ?? "";
    const virtual =
      e.mentions.some((m) => m.virtual) || about.some((s) => VIRTUAL.test(s.text)) || VIRTUAL.test(e.name);
    const where = virtual
      ? { city: null, country: null, venue: "online" }
      : placeOf(
          e,
          allMentions,
          about,
          section,
          firstOfSection || i === 0 ? (section.dateline ?? topDateline) : null,
          read.at(-1),
        );
    const role = roleIn(text);
    const kind = kindFor(e.head, text, role);
    // A national workshop is held in the Member it is for: a city named alone is in that Member.
    const audience = audienceOf([e.name, headingName], kind, where.country);
    if (
      kind === "national" &&
      where.city &&
      !where.country &&
      audience.length === 1 &&
      membersIn(audience[0] as string).length === 1
    ) {
      where.country = audience[0] as string;
    }
    const details = readDetails(text);
    read.push({
      title: e.name,
      kind,
      countries: audience,
      city: where.city,
      hostCountry: where.country,
      venue: details.venue ?? where.venue,
      start: date.start,
      end: date.end,
      participants: details.participants,
      administrations: details.administrations,
      sponsor: details.sponsor,
      status: details.cancelled ? "cancelled" : FUTURE.test(text) ? "scheduled" : "held",
      line: (e.mentions[0] as Mention).sentence.line,
      serves: [],
    });
  }
  return { events: read };
}

/**
 * An event's dates: those of a sentence naming it (the first after its name), else of the sentences
 * after, else its section's dateline or dated heading (for the section's first event), else the
 * article's dateline (for its first event).
 */
function dateOf(
  e: Event,
  i: number,
  events: Event[],
  sections: Section[],
  topDateline: Dateline | null,
): DateSpan | null {
  const mentions = events.flatMap((x) => x.mentions);
  const section = sections[home(e)] as Section;
  const firstOfSection = events.find((x) => home(x) === home(e)) === e;
  const referenceOf = (s: Sentence) => sections[s.section]?.reference ?? null;
  return (
    e.mentions.map((m) => precise(dateOfMention(m, mentions, referenceOf(m.sentence)))).find(Boolean) ??
    sentencesAbout(e, sections, events)
      .filter((s) => !e.mentions.some((m) => m.sentence === s))
      .map((s) => precise(datesIn(s.text, referenceOf(s))[0]))
      .find(Boolean) ??
    (firstOfSection ? (precise(section.dateline?.date) ?? precise(headingDate(section))) : null) ??
    (i === 0 ? precise(topDateline?.date) : null)
  );
}

const PART =
  /^(?:opening|closing|inaugural|plenary|final|panel|breakout|high-level)\b|\bof the (?:workshop|seminar|webinar|meeting|conference|event|course|training|dialogue|forum|mission)\b/i;

/**
 * A part of an event (a session), a name without a topic or in lower case, or one the prose names only
 * beside another event's name.
 */
function passing(e: Event, events: Event[]): boolean {
  if (PART.test(e.name) || !/\s(?:on|for|of)\s/i.test(e.name)) return true;
  // "delivered a session on the Data Model", "a training on X": lower case describes, it does not name.
  const headWord = e.head.split(" ").at(-1) ?? "";
  if (/^[a-z]/.test(headWord) || /^sessions?$/i.test(headWord)) return true;
  const prose = e.mentions.filter((m) => !m.inHeading);
  return (
    prose.length > 0 &&
    prose.every((m) => events.some((o) => o !== e && o.mentions.some((x) => x.sentence === m.sentence)))
  );
}

function headingDate(section: Section): DateSpan | null {
  return section.heading ? (datesIn(section.heading.text, section.reference)[0] ?? null) : null;
}

/**
 * Where an event was held: a sentence naming it ("held in Nadi, Fiji"), else its section's dateline, else
 * the sentences after ("The event was hosted … in Bangkok"), else the place its name ends with
 * ("… to Thailand"); "at the same venue" is the event before's place.
 */
function placeOf(
  e: Event,
  mentions: Mention[],
  about: Sentence[],
  section: Section,
  dateline: Dateline | null,
  before: ParsedWorkshop | undefined,
): Where {
  const namedPlace = e.mentions.find((m) => m.place)?.place;
  const named = namedPlace ? parsePlace(namedPlace) : null;
  /** A city the prose names alone takes its country from the dateline naming it, or the name's place. */
  const fill = (w: Where): Where => {
    if (w.country) return w;
    if (dateline?.city && dateline.city === w.city) return { ...w, country: dateline.country };
    return named?.country && !named.city ? { ...w, country: named.country } : w;
  };
  for (const m of e.mentions.filter((x) => !x.inHeading)) {
    const said = placeInSentence(m.sentence.text, m.name, dateOfMention(m, mentions, section.reference));
    if (said.city || said.country) return fill(said);
  }
  if (dateline && (dateline.city || dateline.country))
    return { city: dateline.city, country: dateline.country, venue: null };
  for (const s of about) {
    if (SAME_PLACE.test(s.text) && before)
      return { city: before.city, country: before.hostCountry, venue: before.venue };
    const said = placeInSentence(s.text, e.name, datesIn(s.text, section.reference)[0] ?? null);
    if (said.city || said.country) return fill(said);
  }
  if (named) return { ...named, venue: null };
  for (const m of e.mentions.filter((x) => x.inHeading)) {
    const said = placeInSentence(m.sentence.text, m.name, null);
    if (said.city || said.country) return said;
  }
  return { city: null, country: null, venue: null };
}
