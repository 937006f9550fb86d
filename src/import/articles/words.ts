import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

let byStart: Map<string, string> | null = null;

/**
 * The word list of the `word-list` package (275,000 words, one a line) in parts by their first two
 * letters, each part searched as text: a set of the words would hold several times the file's 2.8 MB,
 * and searching the whole text takes milliseconds a word (the table readers ask about many).
 */
function wordsStarting(prefix: string): string {
  if (!byStart) {
    const parts = new Map<string, string[]>();
    const text = readFileSync(fileURLToPath(new URL("words.txt", import.meta.resolve("word-list"))), "utf8");
    for (const word of text.split("\n")) {
      const key = word.slice(0, 2);
      const part = parts.get(key);
      if (part) part.push(word);
      else parts.set(key, [word]);
    }
    byStart = new Map([...parts].map(([key, words]) => [key, `\n${words.join("\n")}\n`]));
  }
  return byStart.get(prefix) ?? "";
}

/** Whether a word is English, by the word list of the `word-list` package. */
export function isEnglishWord(word: string): boolean {
  const w = word.toLowerCase();
  return wordsStarting(w.slice(0, 2)).includes(`\n${w}\n`);
}
