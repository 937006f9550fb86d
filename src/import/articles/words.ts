import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

let list: string | null = null;

/**
 * Whether a word is English, by the word list of the `word-list` package (275,000 words, one a line,
 * sorted). Read on first use and searched as text: splitting glued words is rare, and a set of the
 * words would hold several times the file's 2.8 MB.
 */
export function isEnglishWord(word: string): boolean {
  list ??= `\n${readFileSync(fileURLToPath(new URL("words.txt", import.meta.resolve("word-list"))), "utf8")}\n`;
  return list.includes(`\n${word.toLowerCase()}\n`);
}
