import type { Db } from "../db/open.ts";
import { readsOf, remember } from "../db/read-cache.ts";
import { stmt } from "../db/statements.ts";
import { type Concept, concept, conceptsIn } from "./synonyms.ts";

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** "Human Resource Development" as a pattern body: any spacing or hyphen between words, a plural "s". */
const phrase = (long: string) =>
  `${long
    .split(/[\s-]+/)
    .filter(Boolean)
    .map(literal)
    .join(String.raw`[\s-]+`)}s?`;

/**
 * The abbreviations the imported documents define, each a concept of its short and long forms: "HRD"
 * finds "Human Resource Development" and back. Two-letter ones (IT, AI, HR) are left out, as they are
 * words too; so is one a built-in concept already covers (PCA, TRS…).
 */
function readConcepts(db: Db): Concept[] {
  const rows = stmt(
    db,
    "SELECT DISTINCT short, long FROM abbreviations ORDER BY short, long",
  ).all() as Array<{
    short: string;
    long: string;
  }>;
  const longs = new Map<string, string[]>();
  for (const { short, long } of rows) {
    if (short.length < 3 || conceptsIn(short).length > 0 || conceptsIn(long).length > 0) continue;
    longs.set(short.toLowerCase(), [...(longs.get(short.toLowerCase()) ?? []), long]);
  }
  // Hints: the short form and each long form's first word, so most texts skip the pattern.
  return [...longs].map(([short, forms]) =>
    concept(short, [`${literal(short)}s?`, ...new Set(forms.map(phrase))].join("|"), [
      short,
      ...forms.map((f) => (f.split(/[\s-]+/)[0] ?? f).toLowerCase()),
    ]),
  );
}

/** The catalogue's abbreviations as concepts, read again once the catalogue changed. */
export function catalogueConcepts(db: Db): Concept[] {
  return remember(readsOf(db), "abbreviation concepts", () => readConcepts(db));
}
