import { filterValue } from "../../commands/workshop-filters.ts";
import { formatCode, type ItemCode, parseCode } from "../catalogue/codes.ts";
import { canonicalCountry } from "../search/countries.ts";
import { compact, conceptPhrases, conceptsIn } from "../search/synonyms.ts";
import type { Vocabulary } from "./vocabulary.ts";

// Reads a question in plain words as the slash command that answers it. Deterministic: the words it
// knows are the catalogue's own (countries, title words, plans) plus the handful of question words below.

export type QuestionCommand = "/workshops" | "/kpi" | "/actions" | "/survey";

/** The slash command a question was read as. */
export interface Reading {
  command: QuestionCommand;
  text: string;
}

export type Understood =
  | { read: Reading }
  | { help: true }
  /** Not read: commands close to what was asked, and the words that were not understood. */
  | { suggestions: string[]; unknown: string[] };

/** Words of the question the reading left out, for the answer to say so ("I did not use: …"). */
export function unusedWords(parts: QuestionParts, reading: Reading, vocab: Vocabulary): string[] {
  if (parts.question.startsWith("/")) return [];
  const p = parts.parts;
  const used = compact(reading.text);
  return p.rest.filter(
    (w) => !used.includes(compact(w)) && !conceptsIn(w, vocab.concepts).some((c) => used.includes(c)),
  );
}

/** Questions longer than this are not read: nobody asks one, and it bounds the work. */
const MAX_QUESTION = 300;

const HELP = /^(?:help|\?|hi|hello|hey|what can (?:you|i) (?:do|ask)|how does this work|commands)$/;
const UPCOMING =
  /\b(?:next|upcoming|coming|planned|planning|future|scheduled|soon|will|going to|plans? (?:for|in))\b/;
/** "did the 2018-2019 work plan include a workshop on transit": what a plan lists, whatever the tense. */
const LISTS = /\b(?:include[sd]?|including|contain(?:s|ed)?|plan(?:ned|s)? to)\b/;
const PLAN_WORDS = /\b(?:work ?plan|action plan)\b/;
/** "planned in 2018": with a year, the work a plan listed, not what is coming. */
const PLANNED = /\b(?:planned|planning|plans? (?:for|in))\b/;
const PAST = /\b(?:last|latest|past|previous|recent(?:ly)?|did|happened|took place|so far|ago)\b/;
/** Words of a past event that also describe a future one ("will be held"): past only without "next". */
const HELD = /\b(?:held|organi[sz]ed|conducted|done)\b/;
const SPONSOR = /\b(?:funds?|funded|funding|funder|pays?|paid|sponsor(?:s|ed|ing)?|donors?|financ\w*)\b/;
const BEHIND = /\b(?:behind|late|lagging|off[\s-]track|missed|overdue|delayed|slipping)\b/;
const KPI = /\b(?:kpis?|targets?|indicators?|status|progress|performance|doing|achieved)\b/;
const ACTIONS = /\b(?:action items?|actions?|items?|activities|the plan|plan say)\b/;
const WORKSHOPS =
  /\b(?:workshops?|trainings?|seminars?|meetings?|missions?|events?|courses?|sessions?|conferences?|ws)\b/;
const ACROSS = /\b(?:across|every|all) plans\b/;
/** "workshop 135", "workshop #135", "id 135": one record. */
const ONE_WORKSHOP = /\b(?:workshops?|ws|id)\s*(?:no\.?\s*|number\s*)?#?\s*(\d{1,6})\b|#(\d{1,6})\b/;
/** "funded by CCF-Korea", "sponsored by Japan": the sponsor, up to three words. */
const SPONSORED_BY =
  /\b(?:funded|sponsored|financed|paid for|supported|organi[sz]ed)\s+by\s+(?:the\s+)?([\p{L}\p{N}][\p{L}\p{N}-]*(?:\s+(?!(?:in|for|on|at|during|since|from|and|or|with)\b)[\p{L}\p{N}][\p{L}\p{N}-]*){0,2})/iu;
const PILLAR = /\bpillar\s*(?:no\.?\s*)?([1-4]|one|two|three|four)\b/;
const PILLAR_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4 };
/** "held in Korea", "hosted by Malaysia", "took place in": the country named is where it was held. */
const HOST =
  /\b(?:(?<!\bbe\s)held\s+(?:in|at)|hosted\s+(?:by|in)|hosts?|host\s+country|took\s+place\s+in|venue)\b/;
/** "workshops for Fiji", "for officials of Fiji": the country named is the one it was for. */
const AUDIENCE =
  /\b(?:workshops?|seminars?|trainings?|ws)\s+for\s+(?:the\s+)?$|\b(?:officials?|officers?|participants?|members?|staff|administrations?)\s+(?:of|from)\s+(?:the\s+)?$/;
const KIND: Array<[RegExp, string]> = [
  [/\bsub[\s-]?regional\b/, "sub-regional"],
  [/\b(?<!sub[\s-]?)regional\b/, "regional"],
  [/\bnational\b/, "national"],
  [/\baccreditation\b/, "accreditation"],
];
/** A plan or a period: `AWP 2024-2025`, `SAP 2022-2024`, `FY2017/18`, `2011-2012`, `2017`. */
const PLAN =
  /\b(?:(awp|sap|annual work plan|strategic action plan)\s*)?(fy\s*)?((?:19|20)\d{2})(?:\s*[-/]\s*(\d{4}|\d{2}))?\b/g;

/** Words that carry no topic: question words, the intents above, and nouns every question shares. */
export const FILLER = new Set(
  `a an the is are was were be been being do does did will would can could should shall may might must
   what when where who whom whose which why how many much number count there here any anything some
   i me my we our us you your it its they them their this that these those of in on at for to from by
   with about into during within and or not no yes please show list tell give find see get know want
   all every each new latest last next upcoming coming planned planning future scheduled soon held past
   previous recent recently happened took place organised organized conducted so far ago done going
   fund funds funded funding funder pay pays paid sponsor sponsors sponsored sponsoring donor donors
   workshop workshops training trainings seminar seminars meeting meetings mission missions event events
   course courses session sessions conference conferences ws kpi kpis target targets indicator indicators
   deadline deadlines timeframe due doing going came come went attend host hosts hosted hosting venue
   status progress performance achieved action actions item items activity activities plan plans say says
   pillar one two three four behind late lagging missed overdue delayed slipping track off country
   countries national regional subregional sub accreditation fy awp sap annual work strategic office rocb
   wco customs member members administration administrations year years month months date dates
   happen happening run running take taking hold holds relate relates related relating regarding concerning
   cover covers covered covering attend attended attending participants participant where
   have has had got contain contains include includes officers officials staff people anyone someone
   ever also mention mentions mentioned
   hey hiya thanks thank thx cheers please pls plz kindly could would just quick question wondering maybe
   ok okay dear sir madam hello hi guys team lol`.split(/\s+/),
);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

export interface Parts {
  lower: string;
  code: ItemCode | null;
  pillar: number | null;
  /** As typed: `SAP 2022-2024`, `FY2017/18`, `2018`. */
  plan: string | null;
  /** A plan named by kind or fiscal year, not a bare calendar year. */
  planNamed: boolean;
  /** The plan as a period, without its kind or spaces: `2022-2024`, `FY2017/18`, `2018`. */
  period: string | null;
  country: string | null;
  /** How the question names the country: where a workshop was held, whom it was for, or either. */
  countryRole: "in" | "for" | "country";
  kinds: string[];
  /** Words left once everything above is taken out, as typed. */
  rest: string[];
  /** Every word but the code and the plan, as typed, in order. */
  plain: string[];
}

/** `<@U123> when is …?` → `when is …`: mentions, quotes and closing punctuation out, spaces collapsed. */
function cleanQuestion(text: string): string {
  return text
    .replace(/<[@#!][^>]*>/g, " ")
    .replace(/[’‘`]/g, "'")
    .replace(/[“”"]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[?!.,;:]+$/, "")
    .trim();
}

/** A code as people type it in a sentence; two-letter codes are doubled letters, so "1st" is not one. */
function codeIn(word: string): ItemCode | null {
  const code = parseCode(word.replace(/[,;:?!]+$/, ""));
  if (!code || code.pillar < 1 || code.pillar > 4) return null;
  if (code.letter.length === 2 && code.letter[0] !== code.letter[1]) return null;
  return code;
}

/** The longest run of words, from any position, that names a country of the catalogue. */
function findCountry(
  words: string[],
  vocab: Vocabulary,
): { name: string; at: number; length: number } | null {
  const known = new Set(vocab.countries.values());
  for (let length = Math.min(vocab.longestCountry, words.length); length >= 1; length--) {
    for (let at = 0; at + length <= words.length; at++) {
      const phrase = words.slice(at, at + length).join(" ");
      const name = vocab.countries.get(compact(phrase)) ?? canonicalCountry(phrase);
      if (known.has(name)) return { name, at, length };
    }
  }
  return null;
}

function partsOf(question: string, vocab: Vocabulary): Parts {
  let lower = question.toLowerCase();
  let plan: string | null = null;
  let planNamed = false;
  let period: string | null = null;
  for (const m of lower.matchAll(PLAN)) {
    if (plan !== null) break;
    plan = question.slice(m.index, m.index + m[0].length).trim();
    planNamed = m[1] !== undefined || m[2] !== undefined || m[4] !== undefined;
    period = plan.slice(m[1]?.length ?? 0).replace(/\s+/g, "");
    lower = `${lower.slice(0, m.index)} ${" ".repeat(m[0].length - 1)}${lower.slice(m.index + m[0].length)}`;
  }
  const pillarMatch = PILLAR.exec(lower);
  const pillar = pillarMatch?.[1] ? (PILLAR_WORDS[pillarMatch[1]] ?? Number(pillarMatch[1])) : null;
  const kinds = KIND.filter(([re]) => re.test(lower)).map(([, kind]) => kind);
  let code: ItemCode | null = null;
  const kept: string[] = [];
  for (const w of question.split(" ")) {
    const c = /\d/.test(w) ? codeIn(w) : null;
    if (c && !code) code = c;
    else kept.push(w);
  }
  const plain = (kept.join(" ").match(WORD) ?? []).filter((w) => !plan?.includes(w));
  const country = findCountry(plain, vocab);
  const before = country ? `${plain.slice(0, country.at).join(" ").toLowerCase()} ` : "";
  const countryRole = HOST.test(lower) ? "in" : AUDIENCE.test(before) ? "for" : "country";
  const rest = plain.filter(
    (w, i) =>
      !(country && i >= country.at && i < country.at + country.length) &&
      !FILLER.has(w.toLowerCase().replace(/['’]s$/, "")) &&
      !/^\d+$/.test(w),
  );
  return {
    lower,
    code,
    pillar,
    plan,
    planNamed,
    period,
    country: country?.name ?? null,
    countryRole,
    kinds,
    rest,
    plain,
  };
}

const join = (...parts: Array<string | null | false>) => parts.filter(Boolean).join(" ");

/** Small words kept inside a topic: "rules of origin", "trade and security". */
const CONNECTORS = new Set(["of", "and", "&"]);

/**
 * The leftover words that name something the catalogue holds (a concept or a title word), in the order
 * typed and with the small words between them, and those it does not know.
 */
function topicOf(p: Parts, vocab: Vocabulary): { topic: string; unknown: string[]; dropped: string[] } {
  const text = p.rest.join(" ");
  const concepts = conceptsIn(text, vocab.concepts);
  // Words of a multi-word concept ("rules of origin") are known even when one is not a title word.
  const phrases = new Set(conceptPhrases(text, vocab.concepts).flatMap((c) => c.match(WORD) ?? []));
  const known = new Set<string>();
  const unknown: string[] = [];
  for (const w of p.rest) {
    const lw = w.toLowerCase();
    if (vocab.words.has(lw) || phrases.has(lw) || (concepts.length > 0 && lw.length <= 3)) known.add(w);
    else unknown.push(w);
  }
  const words = p.plain;
  const kept = words.map((w) => known.has(w));
  const topic = words.filter(
    (w, i) => kept[i] || (CONNECTORS.has(w.toLowerCase()) && kept[i - 1] === true && kept[i + 1] === true),
  );
  return { topic: topic.join(" "), unknown: concepts.length > 0 ? [] : unknown, dropped: unknown };
}

/** What a question names: its parts, its topic (words the catalogue knows), the words it does not know. */
export interface QuestionParts {
  question: string;
  parts: Parts;
  topic: string;
  /** Words the catalogue does not know, when the question names no concept (else none: it is searched). */
  unknown: string[];
  /** Every word left out of the topic as unknown. */
  dropped: string[];
  sponsor: string | null;
  workshopWords: boolean;
}

export function questionParts(question: string, vocab: Vocabulary): QuestionParts {
  const q = cleanQuestion(question.slice(0, MAX_QUESTION));
  const sponsor = SPONSORED_BY.exec(q)?.[1] ?? sponsorNamed(q, vocab);
  const parts = partsOf(sponsor ? q.replace(sponsor, " ") : q, vocab);
  const { topic, unknown, dropped } = topicOf(parts, vocab);
  const workshopWords = WORKSHOPS.test(parts.lower) || SPONSOR.test(parts.lower);
  return { question: q, parts, topic, unknown, dropped, sponsor, workshopWords };
}

/** How a question reads as a slash command; suggestions when it cannot be read. */
export function readQuestion(question: string, vocab: Vocabulary): Understood {
  return readParts(questionParts(question, vocab), vocab);
}

/** `readQuestion` of a question already taken apart (so a caller that needs the parts takes it apart once). */
export function readParts(parts: QuestionParts, vocab: Vocabulary): Understood {
  const q = parts.question;
  const lower = q.toLowerCase();
  if (HELP.test(lower) || lower === "") return { help: true };
  const slash = /^\/([a-z]+)\b\s*(.*)$/i.exec(q);
  const command = slash?.[1] ? closestCommand(slash[1]) : null;
  if (command) return { read: { command, text: slash?.[2] ?? "" } };
  // "sponsored by Japan": Japan is the sponsor here, not a country the workshop was for.
  const { parts: p, topic, unknown, sponsor, workshopWords } = parts;
  const plan = p.plan;
  const read = (command: QuestionCommand, ...parts: Array<string | null | false>): Understood => ({
    read: { command, text: join(...parts) },
  });

  if (p.code) {
    if (ACROSS.test(p.lower)) return read("/actions", formatCode(p.code));
    return read("/kpi", formatCode(p.code), plan);
  }
  const one = ONE_WORKSHOP.exec(p.lower);
  if (one) return read("/workshops", `show ${one[1] ?? one[2]}`);
  if (BEHIND.test(p.lower) && !workshopWords) return read("/kpi", "behind", plan);
  if (p.pillar !== null) return read("/actions", `pillar ${p.pillar}`, plan);

  const past = PAST.test(p.lower);
  const upcoming = UPCOMING.test(p.lower) && !past;
  const kpiWords = KPI.test(p.lower) && !workshopWords;
  const actionWords = ACTIONS.test(p.lower) && !workshopWords;
  if (kpiWords) return read("/kpi", plan);
  if (actionWords && topic) return read("/actions", topic, plan);
  if (actionWords) return read("/kpi", plan);

  const filters = [
    p.country && `${p.countryRole}:${filterValue(p.country)}`,
    ...p.kinds.map((k) => `kind:${k}`),
    sponsor && `sponsor:${filterValue(sponsor)}`,
  ];
  const held = past || HELD.test(p.lower);
  const workshopish = workshopWords || p.country !== null || p.kinds.length > 0 || upcoming || held;
  // "Fijji workshops": a misspelt country is better offered back than ignored.
  let suggested: string[] | null = null;
  const suggest = () => {
    suggested ??= suggestionsFor(unknown.length ? unknown : p.rest, vocab);
    return suggested;
  };
  const closest = !p.country && !topic && unknown.length ? suggest() : [];
  if (closest.length) return { suggestions: closest, unknown };
  if (workshopish || topic) {
    // "next" asks what is coming, "planned in AWP 2018-2019" what that plan listed; "last", "held" or a
    // year or plan asks what was held then.
    const topicFilter = topic && `topic:${filterValue(topic)}`;
    if (
      plan &&
      (/^(?:awp|sap|annual|strategic)/i.test(plan) || PLAN_WORDS.test(p.lower)) &&
      LISTS.test(p.lower)
    )
      return read("/workshops", "planned", plan, ...filters, topicFilter);
    if (upcoming && plan && (p.planNamed || PLANNED.test(p.lower)))
      return read("/workshops", "planned", plan, ...filters, topicFilter);
    if (upcoming) return read("/workshops", "upcoming", ...filters, topicFilter);
    if (held || plan) return read("/workshops", "past", p.period, ...filters, topicFilter);
    // Without a time word, words the catalogue does not know are still what was asked about: searched.
    const words = topic || unknown.join(" ");
    if (words || p.country || p.kinds.length > 0 || sponsor)
      return read("/workshops", "search", words, ...filters);
    return read("/workshops", "upcoming");
  }
  if (plan && p.planNamed) return read("/kpi", plan);
  return { suggestions: suggest(), unknown };
}

/** A sponsor of the catalogue named in the question as recorded ("CCF-Japan", "ccf japan"), as typed. */
function sponsorNamed(q: string, vocab: Vocabulary): string | null {
  const words = q.split(" ");
  for (const sponsor of vocab.sponsors) {
    const wanted = compact(sponsor);
    if (wanted.length < 4) continue;
    for (let at = 0; at < words.length; at++) {
      let joined = "";
      for (let end = at; end < words.length && joined.length < wanted.length; end++) {
        joined += compact(words[end] ?? "");
        if (joined === wanted)
          return words
            .slice(at, end + 1)
            .join(" ")
            .replace(/[?!.,;:]+$/, "");
      }
    }
  }
  return null;
}

const COMMANDS: readonly QuestionCommand[] = ["/workshops", "/kpi", "/actions", "/survey"];

/** `/workshop`, `/workshps`, `/kip`: the question command a slash word names, typos forgiven; null for none. */
export function closestCommand(word: string): QuestionCommand | null {
  const typed = `/${word.toLowerCase()}`;
  const exact = COMMANDS.find((c) => c === typed);
  if (exact) return exact;
  const near = COMMANDS.filter((c) => distance(c, typed) <= (c.length > 5 ? 2 : 1));
  return near.length === 1 ? (near[0] as QuestionCommand) : null;
}

/** Edit distance with swapped neighbours as one edit ("Fjii" is one from "Fiji"), for "did you mean". */
export function distance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (before[j - 2] as number) + 1);
      row.push(d);
    }
    before = previous;
    previous = row;
  }
  return previous[b.length] as number;
}

/** Suggestions given per vocabulary (one per catalogue state): the same misspellings come again and again. */
const suggested = new WeakMap<Vocabulary, Map<string, string[]>>();
const SUGGESTED_MAX = 2000;

/** Commands close to the words not understood (a misspelt country or topic), then examples. */
function suggestionsFor(words: readonly string[], vocab: Vocabulary): string[] {
  let memo = suggested.get(vocab);
  if (!memo) {
    memo = new Map();
    suggested.set(vocab, memo);
  }
  const key = words.slice(0, 5).join(" ").toLowerCase();
  const seen = memo.get(key);
  if (seen) return seen;
  const found = suggestionsOf(words, vocab);
  if (memo.size < SUGGESTED_MAX) memo.set(key, found);
  return found;
}

function suggestionsOf(words: readonly string[], vocab: Vocabulary): string[] {
  const out: string[] = [];
  for (const w of words.slice(0, 5)) {
    const lw = w.toLowerCase();
    if (lw.length < 4) continue;
    const near = lw.length >= 7 ? 2 : 1;
    const country = [...vocab.countries].find(
      ([key]) => Math.abs(key.length - lw.length) <= near && distance(key, lw) <= near,
    )?.[1];
    if (country) {
      out.push(`/workshops search country:${filterValue(country)}`);
      continue;
    }
    let best: string | null = null;
    let bestDistance = lw.length >= 7 ? 3 : 2;
    for (let length = lw.length - bestDistance + 1; length < lw.length + bestDistance; length++) {
      for (const v of vocab.byLength.get(length) ?? []) {
        // A misspelling keeps its first or second letter: checked first, it spares most distance computations.
        if (Math.abs(v.length - lw.length) >= bestDistance || (v[0] !== lw[0] && v[1] !== lw[1])) continue;
        const d = distance(v, lw);
        if (d < bestDistance) {
          best = v;
          bestDistance = d;
        }
      }
    }
    if (best) out.push(`/workshops search ${best}`, `/actions ${best}`);
  }
  return [...new Set(out)].slice(0, 4);
}
