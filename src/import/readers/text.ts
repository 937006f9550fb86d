import type { Block, CellPart, DocumentModel, SourceLine, Table } from "../document.ts";
import { tableOf } from "../document.ts";
import { bulletText } from "../plans/vocabulary.ts";
import { alignedBlocks, isAligned } from "./aligned.ts";
import { isGridBorder, readGrid, readSimpleTable, wordsOf } from "./grid.ts";

/**
 * Reads a text export into the document model: markdown pipe rows, grid tables and space-aligned
 * columns (`aligned.ts`) make tables; every other run of
 * lines between blank lines is a paragraph that keeps its printed lines (the readers of the plan
 * grammar still read a text's own layout line by line).
 */
export function readText(lines: string[]): DocumentModel {
  const source = lines.map((text, i) => ({ text, line: i + 1 }));
  const pages = pagesOf(source);
  const tabular = lines.some(
    (l, i) =>
      l.includes("\t") || isGridBorder(l) || pipeCells(l) !== null || readSimpleTable(source, i) !== null,
  );
  if (!tabular && pages.some((p) => isAligned(p))) return { blocks: alignedBlocks(pages) };
  return { blocks: textBlocks(source) };
}

/** A text's pages, parted by form feeds (as pdftotext prints them); each line knows its page. */
function pagesOf(lines: SourceLine[]): SourceLine[][] {
  const pages: SourceLine[][] = [[]];
  for (const l of lines) {
    const breaks = l.text.split("\f");
    for (let k = 1; k < breaks.length; k++) pages.push([]);
    const page = pages.length;
    pages.at(-1)?.push({ text: breaks.join(""), line: l.line, ...(pages.length > 1 ? { page } : {}) });
  }
  return pages;
}

/** The blocks of a text's lines (each with its source line). */
export function textBlocks(lines: SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let paragraph: SourceLine[] = [];
  let table: Array<{ line: number; cells: CellPart[][] }> = [];
  const endParagraph = () => {
    const first = paragraph[0];
    if (first) blocks.push({ kind: "paragraph", line: first.line, lines: paragraph, list: false });
    paragraph = [];
  };
  const endTable = () => {
    const first = table[0];
    if (first) blocks.push(pipeTable(table, first.line));
    table = [];
  };
  let words: Set<string> | null = null;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]?.text ?? "";
    const line = lines[i]?.line ?? 0;
    const cells = pipeCells(text);
    if (cells) {
      endParagraph();
      if (cells.length > 0) table.push({ line, cells });
      continue;
    }
    endTable();
    if (isGridBorder(text)) {
      words ??= wordsOf(lines);
      const grid = readGrid(lines, i, words);
      if (grid) {
        endParagraph();
        blocks.push(grid.table);
        i = grid.next - 1;
        continue;
      }
    }
    const simple = text.trim() !== "" && paragraph.length === 0 ? readSimpleTable(lines, i) : null;
    if (simple) {
      blocks.push(simple.table);
      i = simple.next - 1;
      continue;
    }
    if (text.trim() === "") endParagraph();
    else if (!underline(text, paragraph.at(-1)?.text)) paragraph.push({ text, line });
  }
  endParagraph();
  endTable();
  return blocks;
}

/** A heading's underline (reStructuredText, setext markdown): one mark repeated under a line of text. */
function underline(text: string, above: string | undefined): boolean {
  return above !== undefined && /^([=\-~^*#+"'`])\1{2,}\s*$/.test(text.trim());
}

function pipeTable(rows: Array<{ line: number; cells: CellPart[][] }>, line: number): Table {
  return tableOf(
    rows.map((r) => ({
      line: r.line,
      cells: r.cells.map((parts) => ({ line: r.line, parts, rowSpan: 1, colSpan: 1 })),
    })),
    { line },
  );
}

/**
 * A markdown table row "| a) | Upon … | 1.1.1 |" → its cells, each split at `<br>` into paragraphs
 * and list entries; the separator row "|---|:--|" → no cells. Null when the line is not a pipe row.
 */
function pipeCells(text: string): CellPart[][] | null {
  const t = text.trim();
  if (!/^\|.*(?<!\\)\|$/.test(t) || t.length < 3) return null;
  const cells = t
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.replace(/\\([!-/:-@[-`{-~])/g, "$1"));
  if (cells.every((c) => /^\s*:?-{2,}:?\s*$/.test(c))) return [];
  return cells.map((c) =>
    c
      .split(/<br\s*\/?>/i)
      .map((piece) => piece.trim())
      .map((piece): CellPart => {
        const bullet = bulletText(piece);
        return bullet !== null ? { text: bullet, list: true } : { text: piece, list: false };
      }),
  );
}
