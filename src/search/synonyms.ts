import { COUNTRY_NAMES } from "./countries.ts";

/**
 * Names people use for the same country or topic. Each concept is indexed under one token (in its own
 * fields, so it cannot collide with a word), and a query naming it in any form asks for that token.
 */
export interface Concept {
  token: string;
  pattern: RegExp;
  /** Lower-case text one of which a match must contain: the pattern is tried only on texts that have one. */
  hints?: readonly string[];
}

/** Whether `c` may match lower-case `lower` (its hints allow it), before its pattern is tried. */
const mayMatch = (c: Concept, lower: string) => !c.hints || c.hints.some((h) => lower.includes(h));

export const concept = (token: string, body: string, hints?: readonly string[]): Concept => ({
  token,
  pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, "giu"),
  ...(hints ? { hints } : {}),
});

export const CONCEPTS: readonly Concept[] = [
  ...COUNTRY_NAMES.map((c) => concept(c.token, c.other)),
  concept("rm", String.raw`risk[\s-]+management|rm`),
  concept(
    "hs",
    String.raw`hs|harmoni[sz]ed(?:\s+commodity\s+description\s+and\s+coding)?\s+system|(?:tariff\s+)?classification`,
  ),
  concept("pca", String.raw`pca|post[\s-]*clearance\s+audits?`),
  concept("sw", String.raw`sw|single[\s-]+windows?`),
  concept("trs", String.raw`trs|time[\s-]+release\s+stud(?:y|ies)`),
  concept("aeo", String.raw`aeos?|authori[sz]ed\s+economic\s+operators?`),
  concept("roo", String.raw`roo|(?:(?:rules?|certificates?)\s+of\s+)?origin`),
  concept("gender", "gender|wom[ae]n'?s?|female|equality"),
  concept("ecommerce", String.raw`e[\s-]?commerce|electronic\s+commerce|cross[\s-]+border\s+e[\s-]?commerce`),
  concept("valuation", String.raw`(?:customs\s+)?valuation`),
  // Short forms and the places documents spell two ways.
  concept("lab", "labs?|laborator(?:y|ies)"),
  concept("hanoi", String.raw`ha\s*noi`),
  concept("hcmc", String.raw`ho\s*chi\s*minh(?:\s+city)?|hcmc|saigon`),
  concept("ulaanbaatar", String.raw`ula(?:a)?n(?:\s*|-)?ba(?:a)?tar`),
  concept("kualalumpur", String.raw`kuala\s*lumpur`),
  concept("ipr", String.raw`ipr|intellectual\s+property(?:\s+rights)?|counterfeit(?:s|ing)?`),
];

const normalise = (text: string) => text.replace(/[’‘`]/g, "'");

/** Concept tokens named anywhere in `text`; `extra` are the catalogue's own (its abbreviations). */
export function conceptsIn(text: string, extra: readonly Concept[] = []): string[] {
  const t = normalise(text);
  const lower = t.toLowerCase();
  return (extra.length ? [...CONCEPTS, ...extra] : CONCEPTS)
    .filter((c) => {
      if (!mayMatch(c, lower)) return false;
      c.pattern.lastIndex = 0;
      return c.pattern.test(t);
    })
    .map((c) => c.token);
}

/** The phrases of `text` that name a concept, in lower case: "rules of origin" in "rules of origin workshops". */
export function conceptPhrases(text: string, extra: readonly Concept[] = []): string[] {
  const t = normalise(text);
  const lower = t.toLowerCase();
  return (extra.length ? [...CONCEPTS, ...extra] : CONCEPTS).flatMap((c) => {
    if (!mayMatch(c, lower)) return [];
    // matchAll starts where the shared pattern's last test stopped.
    c.pattern.lastIndex = 0;
    return [...t.matchAll(c.pattern)].map((m) => m[0].toLowerCase());
  });
}

/** A query split into the concepts it names and the words left over. */
export function splitQuery(
  text: string,
  extra: readonly Concept[] = [],
): { concepts: string[]; rest: string } {
  let rest = normalise(text);
  const concepts: string[] = [];
  for (const c of extra.length ? [...CONCEPTS, ...extra] : CONCEPTS) {
    if (!mayMatch(c, rest.toLowerCase())) continue;
    c.pattern.lastIndex = 0;
    if (c.pattern.test(rest)) {
      concepts.push(c.token);
      rest = rest.replace(c.pattern, " ");
    }
  }
  return { concepts, rest };
}

/** Lower case, letters and digits only: "Papua New Guinea" and "papua-new-guinea" compare equal. */
export function compact(text: string): string {
  return normalise(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Concepts of country names, which filters compare for every workshop listed. Bounded: names come from users too. */
const countryConcepts = new Map<string, string[]>();
const COUNTRY_CONCEPTS_MAX = 2000;

function conceptsOfCountry(name: string): string[] {
  const seen = countryConcepts.get(name);
  if (seen) return seen;
  const concepts = conceptsIn(name);
  if (countryConcepts.size < COUNTRY_CONCEPTS_MAX) countryConcepts.set(name, concepts);
  return concepts;
}

/** Whether a country as written in a filter names `country` as the catalogue stores it. */
export function sameCountry(query: string, country: string): boolean {
  const q = conceptsOfCountry(query);
  if (q.length > 0 && q.every((t) => conceptsOfCountry(country).includes(t))) return true;
  const a = compact(query);
  const b = compact(country);
  return a.length > 0 && (a === b || (a.length >= 4 && b.startsWith(a)));
}
