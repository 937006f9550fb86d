import type { Db } from "../../db/open.ts";
import type { Vocabulary } from "./text.ts";

/**
 * The words of the catalogue's workshop titles, lower case: names and acronyms the word list lacks,
 * so a glued "PICARDConference" or a catalogue's own "eCommerce" is read as the catalogue spells it.
 */
export function catalogueVocabulary(db: Db): Vocabulary {
  const titles = db.prepare("SELECT title FROM workshops").pluck().all() as string[];
  return new Set(titles.flatMap((t) => t.toLowerCase().split(/[^a-z0-9'-]+/)).filter((w) => w.length > 1));
}
