import { isEnglishWord } from "../articles/words.ts";
import { BULLET_GLYPHS } from "../plans/vocabulary.ts";
import type { Box, TextItem } from "./geometry.ts";
import { PDF_SETTINGS } from "./settings.ts";

/** A printed line of text: its items left to right, read as one string. */
export interface TextLine extends Box {
  text: string;
  size: number;
  /** The line starts with a list bullet (printed as a character, or drawn as a mark before it). */
  bullet: boolean;
}

const baseline = (i: TextItem) => i.y1 - i.size * 0.2;

// Marks converters print as a character of their own before a list entry's text.
const BULLET_ITEM = new RegExp(`^[${BULLET_GLYPHS}]$|^[-–*o]$`);
const BULLET_START = new RegExp(`^[${BULLET_GLYPHS}]\\s*`);

/**
 * The lines of some text items (a cell's, or a page's outside tables), top to bottom. Items share a
 * line when their baselines are within a fraction of the font size; the words of a line are joined
 * with a space where the gap between them is wider than a letter's spacing.
 */
export function linesOf(items: TextItem[], marks: Box[]): TextLine[] {
  const sorted = [...items].sort((a, b) => baseline(a) - baseline(b) || a.x0 - b.x0);
  const groups: TextItem[][] = [];
  for (const item of sorted) {
    const last = groups.at(-1);
    const first = last?.[0];
    if (
      last &&
      first &&
      Math.abs(baseline(item) - baseline(first)) <= PDF_SETTINGS.sameLineRatio * first.size
    ) {
      last.push(item);
    } else groups.push([item]);
  }
  return groups.map((g) =>
    lineOf(
      g.sort((a, b) => a.x0 - b.x0),
      marks,
    ),
  );
}

function lineOf(items: TextItem[], marks: Box[]): TextLine {
  const size = Math.max(...items.map((i) => i.size));
  const first = items[0];
  const second = items[1];
  // A bullet character printed as an item of its own, set apart from the text after it.
  const ownBullet =
    first !== undefined &&
    second !== undefined &&
    BULLET_ITEM.test(first.text.trim()) &&
    second.x0 - first.x1 > PDF_SETTINGS.wordGapRatio * size;
  const words = ownBullet ? items.slice(1) : items;
  let text = "";
  let prev: TextItem | undefined;
  for (const item of words) {
    const gap = prev ? item.x0 - prev.x1 : 0;
    text += prev && gap > PDF_SETTINGS.wordGapRatio * size ? ` ${item.text}` : item.text;
    prev = item;
  }
  text = text.replace(/\s+/g, " ").trim();
  const box: Box = {
    x0: Math.min(...words.map((i) => i.x0)),
    x1: Math.max(...words.map((i) => i.x1)),
    y0: Math.min(...items.map((i) => i.y0)),
    y1: Math.max(...items.map((i) => i.y1)),
  };
  const glyph = BULLET_START.exec(text);
  if (glyph) text = text.slice(glyph[0].length);
  const drawn = marks.some((m) => {
    const y = (m.y0 + m.y1) / 2;
    return y >= box.y0 && y <= box.y1 && m.x1 <= box.x0 + 1 && box.x0 - m.x1 <= PDF_SETTINGS.maxMarkGap;
  });
  return { ...box, text, size, bullet: ownBullet || glyph !== null || drawn };
}

/**
 * How a line continues the one before it in the same paragraph: "", or a space. `rightEdge` is how far
 * the paragraph's text may reach (its cell's right side, less the cell's padding).
 */
export function joiner(prev: TextLine, next: TextLine, rightEdge: number): string {
  // A hyphen at the end of a line is the word's own ("Timor-Leste", "1-(a)"): browsers break after it.
  if (/\S-$/.test(prev.text)) return "";
  return cutWord(prev, next, rightEdge) ? "" : " ";
}

/**
 * Whether a one-word line is the first piece of a word too long for its column, cut where the column
 * ends without a hyphen. The page cannot tell it from a line broken at a space when the word filled
 * the line, so the words decide: the pieces make an English word ("implementin" + "g"), or the next
 * line starts with no word of its own ("interconnec" + "tivities").
 */
function cutWord(prev: TextLine, next: TextLine, rightEdge: number): boolean {
  const piece = /^[a-z]+/.exec(next.text)?.[0];
  const start = /[A-Za-z]+$/.exec(prev.text)?.[0];
  if (!piece || !start || prev.text.includes(" ")) return false;
  const letter = (next.x1 - next.x0) / Math.max(1, next.text.length);
  if (prev.x1 < rightEdge - PDF_SETTINGS.cutWordSlack * letter) return false;
  // "a" is the one English word of one lower-case letter, and the list holds no such words.
  return isEnglishWord(start + piece) || !(piece === "a" || isEnglishWord(piece));
}
