import { type CellPart, type SourceLine, type SpanningCell, type Table, tableOf } from "../document.ts";
import { bulletText } from "../plans/vocabulary.ts";

/**
 * Grid tables, as pandoc prints them in plain text and reStructuredText: rows between `+---+` borders
 * (`+===+` under the header), each cell's lines between `|` at the border's column positions, wrapped
 * within the cell. A cell's lines make its paragraphs (a blank line between) and list entries (a
 * bullet starts one, its indented lines carry it on).
 */

const BORDER = /^\s*\+(?:[-=:]+\+)+\s*$/;

export const isGridBorder = (line: string) => BORDER.test(line);

/** The grid table starting at lines[from] (a border), and the index after it; null when there is none. */
export function readGrid(
  lines: SourceLine[],
  from: number,
  words: Set<string>,
): { table: Table; next: number } | null {
  const border = lines[from]?.text ?? "";
  if (!isGridBorder(border)) return null;
  const stops = [...border.matchAll(/\+/g)].map((m) => m.index);
  const blocks: Array<Array<{ text: string; line: number }>> = [];
  let block: Array<{ text: string; line: number }> = [];
  let i = from + 1;
  for (; i < lines.length; i++) {
    const text = lines[i]?.text ?? "";
    if (isGridBorder(text)) {
      if (block.length > 0) blocks.push(block);
      block = [];
      continue;
    }
    if (!/^\s*\|.*\|\s*$/.test(text)) break;
    block.push({ text, line: lines[i]?.line ?? 0 });
  }
  if (blocks.length === 0) return null;
  const vocabulary = { words, free: freeWords(blocks, stops) };
  return {
    table: tableOf(
      blocks.map((b) => gridRow(b, stops, vocabulary)),
      { line: lines[from]?.line ?? 0 },
    ),
    next: i,
  };
}

/** One row: per column, the slices of its lines between the column's borders; a missing `|` joins columns. */
function gridRow(
  block: Array<{ text: string; line: number }>,
  stops: number[],
  vocabulary: Vocabulary,
): { line: number; cells: SpanningCell[] } {
  const line = block[0]?.line ?? 0;
  const cells: SpanningCell[] = [];
  let start = 0;
  for (let k = 1; k < stops.length; k++) {
    const at = stops[k] ?? 0;
    const closed = block.every((l) => l.text[at] === "|" || l.text[at] === undefined);
    if (!closed && k < stops.length - 1) continue;
    const from = (stops[start] ?? 0) + 1;
    const width = at - from - 2;
    const texts = block.map((l) => l.text.slice(from, at));
    cells.push({ line, parts: cellParts(texts, width, vocabulary), rowSpan: 1, colSpan: k - start });
    start = k;
  }
  return { line, cells };
}

/** The document's words, and the words a table prints beside others on a line of a cell. */
interface Vocabulary {
  words: Set<string>;
  free: Set<string>;
}

function freeWords(blocks: Array<Array<{ text: string }>>, stops: number[]): Set<string> {
  const free = new Set<string>();
  for (const block of blocks) {
    for (const { text } of block) {
      for (let k = 1; k < stops.length; k++) {
        const tokens = text
          .slice((stops[k - 1] ?? 0) + 1, stops[k])
          .trim()
          .split(/\s+/);
        if (tokens.length >= 2) for (const t of tokens) free.add(t.toLowerCase());
      }
    }
  }
  return free;
}

/**
 * A cell's lines as paragraphs and list entries. A word wider than its column is printed in pieces:
 * the first alone on its line, the rest filling the column on the next. Pieces are joined where the
 * joined word is one the document uses, or the first piece is never printed beside another word in
 * the table (so it is no word of its own), or the column is too narrow to hold a word (a label's).
 */
function cellParts(texts: string[], width: number, vocabulary: Vocabulary): CellPart[] {
  const parts: CellPart[] = [];
  let current: CellPart | null = null;
  let indent = 0;
  // The last two lines of the cell: a word broken in pieces is told by the lines around its first piece.
  let before = "";
  let previous = "";
  for (const raw of texts) {
    const text = raw.trim();
    if (text === "") {
      current = null;
      before = "";
      previous = "";
      continue;
    }
    const lead = raw.length - raw.trimStart().length;
    const bullet = bulletText(text);
    if (bullet !== null && (!current || !current.list || lead <= indent)) {
      current = { text: bullet, list: true };
      indent = lead;
      parts.push(current);
    } else if (current) {
      const broken = brokenWord([before, previous, text], width, vocabulary);
      current.text += broken ? text : ` ${text}`;
    } else {
      current = { text, list: false };
      indent = lead;
      parts.push(current);
    }
    before = previous;
    previous = text;
  }
  return parts;
}

/**
 * Whether `previous` and `next` are pieces of one word: `next` fills the column, `previous` stands
 * alone; and a word of its own would have been printed on the line before, had it fit there, or the
 * joined word is the document's, or the piece is short and never a word beside others in the table.
 */
function brokenWord(
  [before = "", previous = "", next = ""]: string[],
  width: number,
  { words, free }: Vocabulary,
): boolean {
  const [head, tail] = [previous, next];
  if (width <= 2) return head !== "" && tail !== "";
  if (/\s/.test(head) || tail.length !== width || /\s/.test(tail)) return false;
  if (before !== "" && before.length + 1 + head.length <= width) return true;
  return (
    words.has(`${head}${tail}`.toLowerCase()) || (!free.has(head.toLowerCase()) && head.length * 2 < width)
  );
}

/** The words a text uses, for telling a word broken across lines from two words. */
export function wordsOf(lines: SourceLine[]): Set<string> {
  const words = new Set<string>();
  for (const { text } of lines) for (const w of text.toLowerCase().match(/[^\s|+]+/g) ?? []) words.add(w);
  return words;
}
