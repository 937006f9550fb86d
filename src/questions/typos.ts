import { compact, conceptsIn } from "../search/index.ts";
import { SURVEY_WORDS } from "./intent.ts";
import { distance, FILLER } from "./parse.ts";
import type { Vocabulary } from "./vocabulary.ts";

/** Words of questions worth correcting to: the intents' words and the nouns of what the catalogue holds. */
const QUESTION_WORDS = [
  ...[...FILLER].filter((w) => w.length >= 5),
  "deadline",
  "deadlines",
  "survey",
  "surveys",
  "replied",
  "sponsored",
  "indicator",
  "regional",
  "national",
  "accreditation",
];

const WORD = /[\p{L}][\p{L}'’-]*/gu;

/** How far a word may be from the one meant: one edit in a short word, two in a long one. */
const reach = (word: string) => (word.length >= 7 ? 2 : 1);

/** The one word of `candidates` closest to `typed` within reach; null when none, or several tie. */
function closestOf(typed: string, candidates: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = reach(typed) + 1;
  let tie = false;
  for (const c of candidates) {
    if (Math.abs(c.length - typed.length) >= bestDistance) continue;
    const d = distance(typed, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance && best !== null && c.toLowerCase() !== best.toLowerCase()) tie = true;
  }
  return tie ? null : best;
}

/** The word meant for each word typed, per vocabulary (one per catalogue state); bounded, as words come from users. */
const meantFor = new WeakMap<Vocabulary, Map<string, string | null>>();
const MEANT_MAX = 2000;

/** The one known word a typo away from `lower`: a question word, then a country, then a catalogue word. */
function meantWord(lower: string, vocab: Vocabulary): string | null {
  let memo = meantFor.get(vocab);
  if (!memo) {
    memo = new Map();
    meantFor.set(vocab, memo);
  }
  const seen = memo.get(lower);
  if (seen !== undefined) return seen;
  const near = (length: number) => vocab.byLength.get(length) ?? [];
  const lengths = [lower.length - 2, lower.length - 1, lower.length, lower.length + 1, lower.length + 2];
  // A four-letter word is one edit from too many words ("came", "name"): only a country, or the same
  // letters swapped ("rsik"), is offered for it.
  const sorted = (w: string) => [...w.toLowerCase()].sort().join("");
  const swapped = (words: Iterable<string>) => [...words].filter((w) => sorted(w) === sorted(lower));
  const meant =
    lower.length < 5
      ? (closestOf(lower, new Set(vocab.countries.values())) ?? closestOf(lower, swapped(near(lower.length))))
      : (closestOf(lower, QUESTION_WORDS) ??
        closestOf(lower, new Set(vocab.countries.values())) ??
        closestOf(lower, lengths.flatMap(near)));
  if (memo.size < MEANT_MAX) memo.set(lower, meant);
  return meant;
}

export interface Correction {
  typed: string;
  meant: string;
}

/**
 * Words the catalogue and the reader do not know, each replaced by the one known word a typo away: a
 * question word ("worksops"), a country ("Fjii"), or a word of the catalogue ("risc"). A word close to
 * two known words is left as typed.
 */
export function correctTypos(
  question: string,
  vocab: Vocabulary,
): { text: string; corrections: Correction[] } {
  const known = (w: string) =>
    FILLER.has(w) ||
    SURVEY_WORDS.has(w) ||
    vocab.words.has(w) ||
    vocab.countries.has(compact(w)) ||
    conceptsIn(w, vocab.concepts).length > 0;
  const corrections: Correction[] = [];
  const text = question.replace(WORD, (typed) => {
    const lower = typed.toLowerCase().replace(/['’]s$/, "");
    if (lower.length < 4 || known(lower)) return typed;
    const meant = meantWord(lower, vocab);
    if (!meant) return typed;
    corrections.push({ typed, meant });
    return meant;
  });
  return { text, corrections };
}
