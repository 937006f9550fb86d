import { isEnglishWord } from "../articles/words.ts";
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
  const vocabulary = { words };
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

/** The document's words (each token as printed, lower case). */
interface Vocabulary {
  words: Set<string>;
}

/**
 * A cell's lines as paragraphs and list entries. A word wider than its column is printed in pieces:
 * the first alone on its line, the rest filling the column on the next (`brokenWord`).
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
 * Whether `previous` and `next` are pieces of one word: `next` fills the column and `previous` stands
 * alone, and the joined word is a word (of the document or of English) while the pieces are not both
 * words; or the piece would have fit on the line before, where a word of its own would have gone.
 */
function brokenWord(
  [before = "", previous = "", next = ""]: string[],
  width: number,
  { words }: Vocabulary,
): boolean {
  const [head, tail] = [previous, next];
  if (width <= 2) return head !== "" && tail !== "";
  if (/\s/.test(head) || tail.length !== width || /\s/.test(tail)) return false;
  const word = (text: string) => text.toLowerCase().replace(/^\W+|\W+$/g, "");
  // A hyphenated word is looked up by its last part ("self-cer" + "tification": "certification").
  const joined = word(`${head.split("-").at(-1)}${tail}`);
  const known = (w: string) => w !== "" && (isEnglishWord(w) || words.has(w));
  // The pieces themselves are tokens of the document: only English tells a word from a piece.
  if (known(joined) || words.has(word(`${head}${tail}`)))
    return !(isEnglishWord(word(head)) && isEnglishWord(word(tail)));
  return before !== "" && before.length + 1 + head.length <= width && !known(word(tail));
}

/** The words a text uses, for telling a word broken across lines from two words. */
export function wordsOf(lines: SourceLine[]): Set<string> {
  const words = new Set<string>();
  for (const { text } of lines) for (const w of text.toLowerCase().match(/[^\s|+]+/g) ?? []) words.add(w);
  return words;
}

const DASHES = /^\s*-{2,}(?:\s+-{2,})+\s*$/;

/**
 * A simple table, as pandoc prints one whose cells fit on a line: a header line, a line of dashes
 * under each column, then a row per line up to a blank line. Each column runs from its dashes' start
 * to the next column's. Returns the table starting at the header line lines[from], or null.
 */
export function readSimpleTable(lines: SourceLine[], from: number): { table: Table; next: number } | null {
  const rule = lines[from + 1]?.text ?? "";
  if (!DASHES.test(rule) || (lines[from]?.text ?? "").trim() === "") return null;
  const starts = [...rule.matchAll(/-+/g)].map((m) => m.index);
  const slice = (text: string) =>
    starts.map((start, k) => text.slice(k === 0 ? 0 : start, starts[k + 1] ?? text.length).trim());
  const row = (l: SourceLine) => ({
    line: l.line,
    cells: slice(l.text).map(
      (text): SpanningCell => ({
        line: l.line,
        parts: text === "" ? [] : [part(text)],
        rowSpan: 1,
        colSpan: 1,
      }),
    ),
  });
  const rows = [row(lines[from] as SourceLine)];
  let i = from + 2;
  for (
    ;
    i < lines.length && (lines[i]?.text ?? "").trim() !== "" && !DASHES.test(lines[i]?.text ?? "");
    i++
  ) {
    rows.push(row(lines[i] as SourceLine));
  }
  if (DASHES.test(lines[i]?.text ?? "")) i++;
  return { table: tableOf(rows, { line: lines[from]?.line ?? 0 }), next: i };
}

function part(text: string): CellPart {
  const bullet = bulletText(text);
  return bullet !== null ? { text: bullet, list: true } : { text, list: false };
}
