import { membersIn } from "../reports/countries.ts";
import { splitTitlePlace, tidyTitle } from "../reports/titles.ts";
import { isEnglishWord } from "./words.ts";

/**
 * The words that head the name of an event. "Programme" is not one (the Mercator Programme is not an
 * event), nor "event" (it only ever refers back: "the event was hosted by …").
 */
const HEAD =
  /^(?:works?hops?|seminars?|webinars?|trainings?|courses?|masterclass(?:es)?|meetings?|dialogues?|forums?|conferences?|symposi(?:um|a)|summits?|sessions?|consultations?|study|studies|missions?|visits?|ceremon(?:y|ies)|anniversary|celebrations?|launch(?:ing)?|tours?|round-?tables?|retreats?|exhibitions?|congress|assembl(?:y|ies))$/i;

// Lower-case words that belong to a name before its event word ("a joint regional workshop").
const MODIFIER =
  /^(?:regional|national|sub-?regional|joint|virtual|online|hybrid|international|annual|technical|diagnostic|scoping|preparatory|benchmarking|study|high-level|follow-up|(?:pre-)?accreditation|advanced|basic|introductory|expert|training|policy|working|advisory|inaugural|closing|opening|signing|launching)$/i;
// Capitalised words that open a sentence or a clause, not a name.
const FUNCTION_WORD =
  /^(?:the|a|an|this|that|these|its|their|our|his|her|on|in|at|from|by|for|to|with|under|after|before|during|following|as|and|of|also|both|while|when|where|through|via|since|until)$/i;
// Words that end a name on its right: verbs, clauses, places, times.
const STOPS =
  /^(?:was|were|is|are|be|been|being|has|have|had|will|would|took|takes|take|held|holds|organi[sz]ed|co-organi[sz]ed|hosted|co-hosted|conducted|convened|delivered|ran|run|followed|opened|closed|concluded|attended|brought|began|started|ended|from|between|during|at|in|via|by|through|with|which|that|who|where|when|while|under|as|after|before|since|until|to|jointly|successfully|virtually|online|last|this|next|also|and|then|but|or|where|thanks)$/i;
const COMPLEMENT = /^(?:on|for|of)$/i;
// "on Monday, 3 June", "on 3 June": a complement that is a date is not part of the name.
const DATE_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

const bare = (w: string) => w.replace(/^[“"‘'(]+|[”"’',.;:!?)]+$/g, "");
const capitalised = (w: string) => /^[A-Z0-9]/.test(bare(w));
const isHead = (w: string) => HEAD.test(bare(w));

export interface EventPhrase {
  /** As printed, without a leading article or "virtual"/"online". */
  name: string;
  /** Where the phrase starts in the text. */
  index: number;
  /** "Virtual"/"online" before it, or in it. */
  virtual: boolean;
  /** A place the name itself ends with ("… Study on PCA to Thailand"). */
  place: string | null;
  /** The name up to its event word, which says its kind ("3rd Regional Meeting" of Training Coordinators). */
  head: string;
}

interface Token {
  word: string;
  at: number;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ word: m[0], at: m.index ?? 0 }));
}

/** Whether a word ends its clause: a comma, full stop or closing bracket after it. */
const endsClause = (w: string) => /[,.;:!?]["”’']?$|[)]$/.test(w) && !/^\([A-Z][\w/&-]*\)$/.test(w);

/** How far a name runs to the right of its event word: complements, bracketed acronyms, Member lists. */
function rightEnd(ts: Token[], head: number): number {
  let end = head;
  if (endsClause(ts[head]?.word ?? "")) return end;
  let i = head + 1;
  while (i < ts.length) {
    const w = ts[i]?.word as string;
    const b = bare(w);
    if (/^\([A-Z][\w/&.-]*\)[,.;]?$/.test(w)) {
      end = i;
      if (endsClause(w.replace(/\)$/, ""))) break;
      i++;
      continue;
    }
    // "a visit by the Director General": the visitor completes a visit's or a mission's name.
    const agent =
      /^by$/i.test(b) && /^(?:visits?|missions?|study|tours?)$/i.test(bare(ts[i - 1]?.word ?? ""));
    if (COMPLEMENT.test(b) || agent || (/^(?:and|&)$/i.test(b) && i > head + 1)) {
      const next = ts[i + 1]?.word;
      if (!next || /^\d/.test(next) || STOPS.test(bare(next)) || DATE_WORD.test(bare(next))) break;
      if (/^(?:and|&)$/i.test(b) && !capitalised(next)) break;
      i++;
      continue;
    }
    if (/^(?:and|&)$/i.test(b)) {
      const next = ts[i + 1]?.word ?? "";
      if (isHead(next) || isHead(ts[i + 2]?.word ?? "")) {
        i++;
        continue;
      }
      break;
    }
    // A year after a name word belongs to it ("HS 2022", "Forum 2017"); any other number ends the name.
    const year =
      /^(?:19|20)\d{2}$/.test(b) &&
      capitalised(ts[i - 1]?.word ?? "") &&
      !DATE_WORD.test(bare(ts[i - 1]?.word ?? ""));
    if (/^\d/.test(b) && !/^\d+(?:st|nd|rd|th)$/.test(b) && !year) break;
    // "… Study on PCA to Thailand": the Member it went to ends the name, as its place.
    if (/^to$/i.test(b) && membersIn(bare(ts[i + 1]?.word ?? "")).length > 0) {
      end = i + 1;
      break;
    }
    // "on Customs Response to COVID-19": "to" inside a topic, before a name that is not a place.
    if (
      /^to$/i.test(b) &&
      end > head &&
      capitalised(ts[i + 1]?.word ?? "") &&
      !FUNCTION_WORD.test(bare(ts[i + 1]?.word ?? ""))
    ) {
      i++;
      continue;
    }
    if (STOPS.test(b) || FUNCTION_WORD.test(b)) {
      // An article after a complement belongs to the name ("for the Pacific"); anything else ends it.
      if (/^(?:the|a|an)$/i.test(b) && /^(?:on|for|of|by)$/i.test(bare(ts[i - 1]?.word ?? ""))) {
        i++;
        continue;
      }
      break;
    }
    if (/ed$|ly$/.test(b) && !capitalised(b)) break;
    end = i;
    if (endsClause(w)) {
      // "for Bhutan, Nepal and Maldives": a list of Members carries on past the comma.
      const rest = ts
        .slice(i + 1, i + 4)
        .map((t) => t.word)
        .join(" ");
      if (/,$/.test(w) && membersIn(rest).length > 0 && membersIn(bare(ts[i + 1]?.word ?? "")).length > 0) {
        i++;
        continue;
      }
      break;
    }
    i++;
  }
  // A complement left without its object ("… for 35 officers") is not part of the name.
  while (
    end > head &&
    (COMPLEMENT.test(bare(ts[end]?.word ?? "")) || /^(?:and|&|the)$/i.test(bare(ts[end]?.word ?? "")))
  )
    end--;
  return end;
}

/** How far a name runs to the left of its event word: capitalised words, acronyms, ordinals, level words. */
function leftStart(ts: Token[], head: number): number {
  let start = head;
  for (let i = head - 1; i >= 0; i--) {
    const w = ts[i]?.word as string;
    if (endsClause(w) || /[“"]$/.test(w)) break;
    const b = bare(w);
    if (FUNCTION_WORD.test(b)) {
      // "Heads of Customs Administration Conference": "of" between two name words.
      if (
        /^(?:of|and|&)$/i.test(b) &&
        capitalised(ts[i - 1]?.word ?? "") &&
        !FUNCTION_WORD.test(bare(ts[i - 1]?.word ?? ""))
      )
        continue;
      break;
    }
    if (STOPS.test(b) && !capitalised(b)) break;
    if (capitalised(b) || MODIFIER.test(b) || /^[A-Z][\w/&'’-]*$/.test(b)) {
      if (/^\d/.test(b) && !/^\d+(?:st|nd|rd|th)$/.test(b)) break;
      start = i;
      continue;
    }
    break;
  }
  // A name does not start with "of"/"and".
  while (start < head && /^(?:of|and|&)$/i.test(bare(ts[start]?.word ?? ""))) start++;
  return start;
}

const SMALL_WORDS = /^(?:on|for|of|and|the|in|to|at|by|with|a|an)$/i;

/**
 * A name printed in capitals in ordinary case: small words lower, acronyms kept ("TFA", "AEO": short and
 * not a word), every other word capitalised ("NATIONAL WORKSHOP ON TFA" → "National Workshop on TFA").
 */
function ordinaryCase(name: string): string {
  if (/[a-z]/.test(name)) return name;
  return name
    .split(" ")
    .map((w, i) => {
      if (i > 0 && SMALL_WORDS.test(w)) return w.toLowerCase();
      if (w.length <= 4 && !isEnglishWord(w.replace(/[^A-Za-z]/g, ""))) return w;
      return w.replace(/[A-Z]+/g, (part) => part[0] + part.slice(1).toLowerCase());
    })
    .join(" ");
}

/** A phrase without quotes, trailing punctuation, an unmatched bracket or a leading "virtual". */
function strip(text: string): string {
  return text
    .replace(/^[“"‘'(]+/, "")
    .replace(/[”"’',.;:!?]+$/, "")
    .replace(/\)$/, (p, at: number, whole: string) => {
      const before = whole.slice(0, at);
      return before.split("(").length > before.split(")").length ? p : "";
    })
    .replace(/^(?:(?:virtual|online|hybrid|in-person|face-to-face)\s+)+/i, "");
}

/** A study is a paper ("a comparative study on e-commerce") unless a benchmarking study or a study visit. */
function paperStudy(ts: Token[], i: number): boolean {
  if (!/^stud(?:y|ies)$/i.test(bare(ts[i]?.word ?? ""))) return false;
  return !/^benchmarking$/i.test(bare(ts[i - 1]?.word ?? "")) && !isHead(ts[i + 1]?.word ?? "");
}

const VIRTUAL_WORD = /^(?:virtual|online|hybrid|in-person|face-to-face)$/i;

/** A head word followed by another noun is a modifier: "training calendar", "mission team", "Training Centre". */
function compound(ts: Token[], head: number): boolean {
  const w = ts[head]?.word as string;
  if (endsClause(w)) return false;
  const next = bare(ts[head + 1]?.word ?? "");
  if (next === "" || /^\(/.test(ts[head + 1]?.word ?? "")) return false;
  if (isHead(next) || /^(?:and|&|or)$/i.test(next)) return false;
  if (COMPLEMENT.test(next) || STOPS.test(next) || FUNCTION_WORD.test(next)) return false;
  if (/^\d/.test(next) || /ed$|ly$/.test(next)) return false;
  return true;
}

/**
 * The event phrases of a sentence: each the noun phrase headed by an event word (workshop, seminar,
 * meeting, dialogue, mission, visit, ceremony …) with its modifiers on the left ("WCO/JICA Joint
 * Regional", "3rd", "Pre-Accreditation") and its complements on the right ("on <topic>", "for
 * <audience>", "of <who>"), wherever it stands: subject of "was held", object of "organized", or alone
 * in a headline. A bare "the workshop" only refers back, and a lower-case plural ("a series of
 * workshops") is no one event: neither is returned.
 */
export function eventPhrases(sentence: string): EventPhrase[] {
  const ts = tokens(sentence);
  const out: EventPhrase[] = [];
  let i = 0;
  while (i < ts.length) {
    if (!isHead(ts[i]?.word ?? "") || compound(ts, i) || paperStudy(ts, i)) {
      i++;
      continue;
    }
    const head = i;
    const end = rightEnd(ts, head);
    // "Workshop and Dialogue on …": the name's last event word heads it.
    let lastHead = head;
    while (lastHead < end && isHead(ts[lastHead + 1]?.word ?? "")) lastHead++;
    for (let k = head + 1; k <= end; k++)
      if (isHead(ts[k]?.word ?? "") && /^(?:and|&)$/i.test(bare(ts[k - 1]?.word ?? ""))) lastHead = k;
    const start = leftStart(ts, head);
    i = end + 1;
    const words = ts.slice(start, end + 1).map((t) => t.word);
    const headWord = bare(ts[lastHead]?.word as string);
    const modified = ts.slice(start, head).some((t) => capitalised(t.word));
    if (end === lastHead && !modified) continue;
    if (!capitalised(headWord) && /(?:[^s]s|ies|sses)$/i.test(headWord)) continue;
    const text = words.join(" ");
    const headPhrase = strip(
      ts
        .slice(start, lastHead + 1)
        .map((t) => t.word)
        .join(" "),
    );
    const virtual = words.some((w) => VIRTUAL_WORD.test(bare(w)));
    const { title, place } = splitTitlePlace(strip(text));
    const cased = ordinaryCase(tidyTitle(title));
    const name = cased.charAt(0).toUpperCase() + cased.slice(1);
    if (name.length < 6) continue;
    out.push({ name, index: ts[start]?.at ?? 0, virtual, place, head: headPhrase });
  }
  return out;
}

const QUOTED = /[“"]([^”"]{8,200})[”"]/g;

/** A quoted name is taken whole: "the "Sub-regional Workshop on … for the Pacific" was held". */
export function quotedEvents(sentence: string): EventPhrase[] {
  const out: EventPhrase[] = [];
  for (const m of sentence.matchAll(QUOTED)) {
    const inner = m[1] as string;
    const found = eventPhrases(inner)[0];
    if (!found) continue;
    const { title, place } = splitTitlePlace(inner);
    out.push({
      name: tidyTitle(title),
      index: m.index ?? 0,
      virtual: found.virtual,
      place,
      head: found.head,
    });
  }
  return out;
}
