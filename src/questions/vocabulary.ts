import type { Db } from "../db/open.ts";
import { readsOf, remember } from "../db/read-cache.ts";
import { stmt } from "../db/statements.ts";
import { canonicalCountry } from "../search/countries.ts";
import { type Concept, catalogueConcepts, compact, STOP_WORDS } from "../search/index.ts";

/** The catalogue's own words, which a question is read against. */
export interface Vocabulary {
  /** Country names as stored and as replies give them, in compact form (`papuanewguinea`), to the latter. */
  countries: Map<string, string>;
  /** The longest country name, in words: how far the reader looks ahead. */
  longestCountry: number;
  /** Words of workshop titles and action items (lower case): a question made of these can be searched. */
  words: Set<string>;
  /** The same words by length, so "did you mean" compares a word only with words of about its length. */
  byLength: Map<number, string[]>;
  /** Sponsors as recorded ("CCF-Japan"), so a question naming one filters by it. */
  sponsors: string[];
  /** The abbreviations the documents define, each standing for its expansion ("HRD"). */
  concepts: readonly Concept[];
}

const WORD = /[\p{L}\p{N}]+/gu;

function readVocabulary(db: Db): Vocabulary {
  const countries = new Map<string, string>();
  // The Members workshops were for and the countries they were held in: both can be asked about.
  const stored = stmt(
    db,
    "SELECT country FROM workshop_countries UNION SELECT host_country FROM workshops WHERE host_country IS NOT NULL",
  )
    .pluck()
    .all() as string[];
  for (const raw of stored) {
    const name = canonicalCountry(raw);
    countries.set(compact(raw), name);
    countries.set(compact(name), name);
  }
  const longestCountry = Math.max(1, ...[...countries.values()].map((n) => n.split(/\s+/).length + 2));
  const words = new Set<string>();
  const texts = stmt(
    db,
    `SELECT title FROM workshops UNION ALL SELECT action FROM action_items UNION ALL SELECT text FROM activities
     UNION ALL SELECT workshop_title FROM survey_history UNION ALL SELECT short FROM abbreviations
     UNION ALL SELECT coalesce(city, '') || ' ' || coalesce(venue, '') FROM workshops`,
  )
    .pluck()
    .all() as string[];
  for (const t of texts)
    for (const w of t.toLowerCase().match(WORD) ?? []) if (w.length >= 3 && !STOP_WORDS.has(w)) words.add(w);
  const byLength = new Map<number, string[]>();
  for (const w of words) byLength.set(w.length, [...(byLength.get(w.length) ?? []), w]);
  const sponsors = stmt(db, "SELECT DISTINCT sponsor FROM workshops WHERE sponsor IS NOT NULL")
    .pluck()
    .all() as string[];
  return { countries, longestCountry, words, byLength, sponsors, concepts: catalogueConcepts(db) };
}

/** The vocabulary of the catalogue as it is now (kept until the catalogue changes). */
export function vocabularyOf(db: Db): Vocabulary {
  return remember(readsOf(db), "question vocabulary", () => readVocabulary(db));
}
