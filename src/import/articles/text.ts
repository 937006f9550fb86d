import { isEnglishWord } from "./words.ts";

/**
 * An article's text as one reads it: lines joined into paragraphs, words hyphenated at a line break
 * rejoined, and words glued by PDF extraction pulled apart where the seam is certain (a digit against a
 * letter, a month name or an acronym against a lower-case word, the articles "the"/"a" against a name
 * or against the verb before them, two capitalised words that are each a word and are not one together:
 * "RegionalDialogue", "CustomsModernization").
 */
const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";

/** Words the reader knows besides the word list: the catalogue's (names, acronyms, "PowerPoint"). */
export type Vocabulary = ReadonlySet<string>;

const known = (word: string, vocabulary: Vocabulary) =>
  vocabulary.has(word.toLowerCase()) || isEnglishWord(word);

/** "RegionalDialogue" → "Regional Dialogue", unless the whole is a word the catalogue or the list knows. */
function splitCamel(text: string, vocabulary: Vocabulary): string {
  return text.replace(/\b[A-Z][a-z]{2,}(?:[A-Z][a-z]{2,})+\b/g, (token) => {
    if (known(token, vocabulary)) return token;
    const parts = token.split(/(?=[A-Z])/);
    return parts.every((p) => known(p, vocabulary)) ? parts.join(" ") : token;
  });
}

function unglue(text: string, vocabulary: Vocabulary): string {
  return splitCamel(text, vocabulary)
    .replace(/(\d(?:st|nd|rd|th))([A-Z])/g, "$1 $2")
    .replace(/(\d)(?!(?:st|nd|rd|th)(?:\b|[A-Z]))([A-Za-z]{3,})/g, "$1 $2")
    .replace(/([a-z]{2,})(\d)/g, "$1 $2")
    .replace(new RegExp(`([a-z])(${MONTHS})\\b`, "g"), "$1 $2")
    .replace(
      /\b(the|The|a|an|of|on|in|at|from|by|and|for|organi[sz]ed|held|hosted)([A-Z]{2,}|[A-Z][a-z])/g,
      "$1 $2",
    )
    .replace(/([a-z]['’]s)([A-Z])/g, "$1 $2")
    .replace(/([a-z])(WCO|ROCB)\b/g, "$1 $2")
    .replace(/\b(organi[sz]ed|held|hosted|conducted|convened)(the|an?)\b/g, "$1 $2");
}

/** One printed line as read: spaces collapsed, glued words pulled apart. */
export function readLine(raw: string, vocabulary: Vocabulary = new Set()): string {
  return unglue(raw.replace(/\s+/g, " ").trim(), vocabulary);
}
