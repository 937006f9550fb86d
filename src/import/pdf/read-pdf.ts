import {
  type Block,
  type CellPart,
  type DocumentModel,
  type Paragraph,
  type SourceLine,
  tableOf,
} from "../document.ts";
import { ImportError } from "../read-document.ts";
import { joiner, type TextLine } from "./lines.ts";
import { type PageCell, type PageTable, type PageText, pageBlocks } from "./page-blocks.ts";
import { readPages } from "./pages.ts";
import { escapeText } from "./parts.ts";
import { runningLines } from "./running.ts";
import { PDF_SETTINGS } from "./settings.ts";

/**
 * Reads a PDF into the document model: each page's tables rebuilt from its rules and text positions,
 * its other lines as paragraphs; running headers, footers and page numbers dropped; a table going on
 * over a page break read as one, its repeated header row dropped and a row cut by the break joined.
 */
export async function readPdf(fileName: string, bytes: Buffer): Promise<DocumentModel> {
  const pages = await readPages(fileName, bytes, (page) => ({
    number: page.number,
    height: page.height,
    text: page.items.length > 0,
    images: page.images,
    blocks: pageBlocks(page),
  }));
  if (pages.every((p) => !p.text)) {
    throw new ImportError(
      fileName,
      pages.some((p) => p.images > 0)
        ? "a scanned PDF: its pages are images without text. Import the Word file or a text export of the plan, or run OCR on the PDF first"
        : "the PDF has no text to read",
    );
  }
  const blocks = pages.map((p) => p.blocks);
  const running = runningLines(
    pages.map((p, k) => ({
      page: p.number,
      height: p.height,
      lines: (blocks[k] ?? []).flatMap((b) => (b.kind === "text" ? b.lines : [])),
    })),
  );
  const kept = blocks.map((page) =>
    page
      .map((b) => (b.kind === "text" ? { ...b, lines: b.lines.filter((l) => !running(b.page, l)) } : b))
      .filter((b) => b.kind === "table" || b.lines.length > 0),
  );
  return { blocks: modelBlocks(joinTables(kept.flat())) };
}

const rowText = (row: PageCell[]) => row.map((c) => c.parts.map((p) => p.text).join(" ")).join("\t");

const sameColumns = (a: PageTable, b: PageTable) =>
  a.xs.length === b.xs.length &&
  a.xs.every((x, i) => Math.abs(x - (b.xs[i] ?? Number.NaN)) <= PDF_SETTINGS.columnMatchTolerance);

/**
 * Tables that go on over a page break as one table: a table starting a page, right after a table with
 * the same columns, continues it. Its first row is dropped when it repeats the table's header row.
 * A cell the break cut (no rule under it at the bottom of the page) goes on in the first row of the
 * next page: a row cut whole (its first cell cut, or empty on the new page) is joined to its row, a
 * cell spanning rows (a KPI shared by several items) spans the rows it covers on the new page too.
 */
function joinTables(blocks: Array<PageTable | PageText>): Array<PageTable | PageText> {
  const out: Array<PageTable | PageText> = [];
  for (const block of blocks) {
    const prev = out.at(-1);
    if (
      block.kind !== "table" ||
      prev?.kind !== "table" ||
      prev.page === block.page ||
      !sameColumns(prev, block)
    ) {
      out.push(block.kind === "table" ? { ...block, rows: [...block.rows] } : block);
      continue;
    }
    const rows = [...block.rows];
    const header = prev.rows[0];
    if (header && rows[0] && rowText(rows[0]) === rowText(header)) rows.shift();
    const first = rows[0];
    if (first) {
      // Some writers rule the bottom of a cut cell all the same: an empty cell spanning rows under
      // the cell above is that cell's continuation (nobody merges empty cells).
      const cut = (col: number) => {
        const above = cellAbove(prev.rows, col);
        const below = first.find((c) => c.col === col);
        return above !== undefined && (above.openBottom || (below?.parts.length === 0 && below.rowSpan > 1));
      };
      const label = first.find((c) => c.col === 0);
      const wholeRow = cut(0) || !label || label.parts.length === 0;
      const kept = first.filter((cell) => !(wholeRow || cut(cell.col)) || !goesOn(prev.rows, cell, wholeRow));
      if (wholeRow) rows.shift();
      else rows[0] = kept;
    }
    prev.rows.push(...rows);
  }
  return out;
}

/** The cell of the table's last row covering a column (it may span down from a row above). */
function cellAbove(rows: PageCell[][], col: number): PageCell | undefined {
  for (let r = rows.length - 1; r >= 0; r--) {
    const cell = rows[r]?.find((c) => c.col <= col && col < c.col + c.colSpan);
    if (cell) return r + cell.rowSpan >= rows.length ? cell : undefined;
  }
  return undefined;
}

/**
 * Adds a cell on the new page to the cell above it that the break cut: its first paragraph goes on
 * the cut one, and the cell above spans the rows this one spanned (less the row joined, when the
 * whole row was cut). False when no cell is above it.
 */
function goesOn(rows: PageCell[][], cell: PageCell, wholeRow: boolean): boolean {
  const target = cellAbove(rows, cell.col);
  if (!target) return false;
  const [head, ...tail] = cell.parts;
  const last = target.parts.at(-1);
  // A writer may rule off a cut row all the same: a row cut whole goes on whatever its rule.
  if (head && last && !head.list && (target.openBottom || wholeRow))
    last.text += (/\S-$/.test(last.text) ? "" : " ") + head.text;
  else if (head) target.parts.push(head);
  target.parts.push(...tail);
  target.rowSpan += cell.rowSpan - (wholeRow ? 1 : 0);
  target.openBottom = cell.openBottom;
  return true;
}

/** The page blocks as the model's blocks, each line numbered in reading order for messages. */
function modelBlocks(blocks: Array<PageTable | PageText>): Block[] {
  let line = 0;
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.kind === "text") {
      // A paragraph's lines break where the page width ran out, so they are read as one line.
      for (const lines of paragraphs(block.lines)) {
        const right = Math.max(...lines.map((l) => l.x1));
        const text = lines.reduce(
          (t, l, k) => (k === 0 ? l.text : t + joiner(lines[k - 1] as TextLine, l, right) + l.text),
          "",
        );
        const printed: SourceLine = { text: escapeText(text), line: ++line, page: block.page };
        out.push({
          kind: "paragraph",
          line: printed.line,
          page: block.page,
          lines: [printed],
          list: lines[0]?.bullet ?? false,
        } satisfies Paragraph);
      }
      continue;
    }
    const at = { line: line + 1, page: block.page };
    const rows = block.rows.map((cells) => {
      const row = { line: ++line, page: block.page };
      line += Math.max(0, ...cells.map((c) => c.parts.length - 1));
      return {
        ...row,
        cells: cells.map((c) => ({
          ...row,
          parts: c.parts as CellPart[],
          rowSpan: c.rowSpan,
          colSpan: c.colSpan,
        })),
      };
    });
    out.push(tableOf(rows, at));
  }
  return out;
}

/**
 * Lines outside tables as paragraphs: a bullet, a gap taller than a line, a change of font size, or a
 * line that stopped short starts one. A line stopped short when the next line's first word would have
 * fitted after it: writers without space between paragraphs (Word's default) leave only that sign.
 */
function paragraphs(lines: TextLine[]): TextLine[][] {
  const out: TextLine[][] = [];
  const right = Math.max(...lines.map((l) => l.x1));
  let prev: TextLine | undefined;
  for (const line of lines) {
    const last = out.at(-1);
    const gap = prev ? line.y0 - prev.y1 : 0;
    const resized = prev ? Math.abs(line.size - prev.size) > 0.15 * prev.size : false;
    const firstWord =
      (line.text.split(" ")[0]?.length ?? 0) * ((line.x1 - line.x0) / Math.max(1, line.text.length));
    const short = prev ? right - prev.x1 > firstWord + PDF_SETTINGS.wordGapRatio * prev.size * 4 : false;
    if (
      !last ||
      !prev ||
      line.bullet ||
      resized ||
      short ||
      gap > (PDF_SETTINGS.paragraphGapRatio - 1) * prev.size
    ) {
      out.push([line]);
    } else last.push(line);
    prev = line;
  }
  return out;
}
