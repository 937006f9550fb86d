/**
 * The one model every reader (HTML, Word, text, PDF) turns a document into, and the lines the plan
 * grammar reads from it. A document is blocks in reading order: paragraphs and tables. A table is rows
 * of cells with row and column spans expanded, each cell its paragraphs and list items. Every block,
 * row and cell keeps where it stood in the source, for the messages that name it.
 *
 * Text in the model is as the grammar reads it: it may carry inline markup (`<i>`, `<sup>`) and
 * entities, which `cleanText` removes; a reader of decoded text escapes `&`, `<` and `>`.
 */

/** Where something stood in the source: its 1-based line, and its page in a paginated source (PDF). */
export interface Position {
  line: number;
  page?: number;
}

/** One line of text and where it stood. */
export interface SourceLine extends Position {
  text: string;
}

/** A paragraph (or entry of a list) outside tables; a text source keeps its printed lines. */
export interface Paragraph extends Position {
  kind: "paragraph";
  lines: SourceLine[];
  /** An entry of a bulleted or numbered list whose mark the source did not print as text. */
  list: boolean;
}

/** A paragraph of a cell, or one entry of a list in it. */
export interface CellPart {
  text: string;
  list: boolean;
}

export interface Cell extends Position {
  parts: CellPart[];
  /** A copy in the grid of a cell spanning rows or columns, not a cell of its own. */
  spanned?: "row" | "column";
}

export interface Row extends Position {
  cells: Cell[];
}

export interface Table extends Position {
  kind: "table";
  rows: Row[];
}

export type Block = Paragraph | Table;

export interface DocumentModel {
  blocks: Block[];
}

/** A cell as a reader finds it, before spans are expanded. */
export interface SpanningCell extends Position {
  parts: CellPart[];
  rowSpan: number;
  colSpan: number;
}

// HTML caps colspan at 1000 and rowspan at 65534; a plan table is a few columns wide. Spans are cut
// to these bounds and to the rows the table has, so a rowspan="100000000" allocates nothing.
const MAX_COLUMNS = 64;

/**
 * A table's grid from the rows of cells as printed: a cell spanning rows is copied into the rows
 * below (marked `spanned`), a cell spanning columns leaves empty copies in the columns it covers.
 */
export function tableOf(rows: Array<Position & { cells: SpanningCell[] }>, at: Position): Table {
  // Per column: the cell still spanning down into later rows, and how many rows it has left.
  const carried: Array<{ cell: Cell; left: number } | undefined> = [];
  const out: Row[] = [];
  rows.forEach((row, r) => {
    const cells: Cell[] = [];
    const takeCarried = () => {
      const c = carried[cells.length];
      if (!c || c.left <= 0) return false;
      cells.push({ ...c.cell, spanned: "row" });
      c.left--;
      return true;
    };
    for (const cell of row.cells) {
      while (cells.length < MAX_COLUMNS && takeCarried()) {}
      if (cells.length >= MAX_COLUMNS) break;
      const width = Math.min(Math.max(1, cell.colSpan), MAX_COLUMNS - cells.length);
      const down = Math.min(Math.max(1, cell.rowSpan), rows.length - r) - 1;
      const own: Cell = { parts: cell.parts, line: cell.line, ...(cell.page ? { page: cell.page } : {}) };
      for (let k = 0; k < width; k++) {
        const copy: Cell = k === 0 ? own : { parts: [], line: cell.line, spanned: "column" };
        carried[cells.length] = down > 0 ? { cell: k === 0 ? own : copy, left: down } : undefined;
        cells.push(copy);
      }
    }
    while (cells.length < carried.length && takeCarried()) {}
    out.push({ line: row.line, ...(row.page ? { page: row.page } : {}), cells });
  });
  return { kind: "table", ...at, rows: out };
}

/**
 * The lines the plan grammar reads: a table row is one line of tab-separated cells (a list entry in
 * a cell marked `<li>`), a paragraph its lines (a list entry marked "•"), a blank line after each
 * paragraph and table. A row whose first cell continues one from the row above is the same item's
 * continuation: the cells it shares with that row are left empty there, so nothing is read twice.
 */
export function documentLines(model: DocumentModel): SourceLine[] {
  const out: SourceLine[] = [];
  const push = (text: string, at: Position) =>
    out.push({ text, line: at.line, ...(at.page ? { page: at.page } : {}) });
  for (const block of model.blocks) {
    if (block.kind === "paragraph") {
      block.lines.forEach((l, k) => {
        push(block.list && k === 0 ? `• ${l.text}` : l.text, l);
      });
      push("", block);
      continue;
    }
    for (const row of block.rows) {
      const continued = row.cells[0]?.spanned === "row";
      const texts = row.cells.map((c) => (continued && c.spanned ? "" : cellText(c)));
      push(texts.join("\t"), row);
    }
    push("", block);
  }
  return out;
}

function cellText(cell: Cell): string {
  return cell.parts
    .map((p) => (p.list ? `<li>${p.text}` : p.text))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}
