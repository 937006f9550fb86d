import { BULLET_GLYPHS } from "./vocabulary.ts";

const ENTITIES: Record<string, string> = {
  amp: "&",
  nbsp: " ",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  "#39": "'",
};

const BULLET_SPLIT = new RegExp(`[${BULLET_GLYPHS}]|<li\\b[^>]*>`, "i");

export function stripTags(text: string): string {
  return text
    .replace(/<sup>\s*([^<]*?)\s*<\/sup>/gi, "$1")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#(x[0-9a-f]+|\d+);/gi, (_all, code: string) =>
      String.fromCodePoint(
        code[0] === "x" || code[0] === "X" ? Number.parseInt(code.slice(1), 16) : Number(code),
      ),
    )
    .replace(/&(#?\w+);/g, (all, name: string) => ENTITIES[name.toLowerCase()] ?? all);
}

/** Plain text of a cell or line: no tags, no markdown emphasis, ordinals joined ("1 st" → "1st"). */
export function cleanText(text: string): string {
  return stripTags(text)
    .replace(/\*\*|__/g, "")
    .replace(/(\d)\s+(st|nd|rd|th)\b/g, "$1$2")
    .replace(/\s+/g, " ")
    .replace(/\s+([,;])/g, "$1")
    .trim();
}

/** Splits a cell on bullets or `<li>`; text before the first bullet is kept as its own entry. */
export function splitBullets(text: string): string[] {
  return text
    .split(BULLET_SPLIT)
    .map((part) => cleanText(part).replace(/^[>\-–]\s+/, ""))
    .filter((part) => part !== "");
}

export function hasBullets(text: string): boolean {
  return BULLET_SPLIT.test(text);
}

/** "(1) A (2) B" → ["A", "B"]; a list cell (`<li>`) → its entries; otherwise the whole text. */
export function splitNumbered(text: string): string[] {
  const parts = hasBullets(text) ? splitBullets(text) : [cleanText(text)];
  return parts
    .flatMap((part) => part.split(/(?:^|\s)\(\d{1,2}\)\s*/))
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

/** A running page header or page number that a PDF export leaves inside a table. */
export function isPageNoise(line: string): boolean {
  const text = cleanText(line);
  if (/^(?:Page\s+)?\d{1,3}(?:\s+(?:of|\/)\s+\d{1,3})?$/i.test(text)) return true;
  return text.length < 60 && /\bAnnual Report \d{4}\s*\/\s*\d{2,4}$/i.test(text);
}
