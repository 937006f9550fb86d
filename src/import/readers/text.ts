import type { Block, CellPart, DocumentModel, SourceLine, Table } from "../document.ts";
import { tableOf } from "../document.ts";
import { bulletText } from "../plans/vocabulary.ts";

/**
 * Reads a text export into the document model: markdown pipe rows make tables; every other run of
 * lines between blank lines is a paragraph that keeps its printed lines (the readers of the plan
 * grammar still read a text's own layout line by line).
 */
export function readText(lines: string[]): DocumentModel {
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
  lines.forEach((text, i) => {
    const line = i + 1;
    const cells = pipeCells(text);
    if (cells) {
      endParagraph();
      if (cells.length > 0) table.push({ line, cells });
      return;
    }
    endTable();
    if (text.trim() === "") endParagraph();
    else paragraph.push({ text, line });
  });
  endParagraph();
  endTable();
  return { blocks };
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
    .map((c) => c.replace(/\\\|/g, "|"));
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
