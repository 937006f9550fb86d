import type { Block, CellPart, SourceLine, SpanningCell } from "../document.ts";
import { tableOf } from "../document.ts";
import { isPageNoise } from "../plans/normalise.ts";
import { bulletText, isBareLabel, labelAt } from "../plans/vocabulary.ts";

/**
 * Space-aligned columns, as `pdftotext -layout` prints a table: each column's wrapped lines start at
 * the same place, and columns are parted by gutters, character positions no text covers on most lines.
 * Gutters are found per page from the whitespace its lines share; a line whose text runs across
 * several gutters (a heading, a paragraph) is prose, not part of a table. A table's rows begin at a
 * label in its first column; lines before the first label of a page are the (repeated) header row.
 */

/** A run of text on a line: where it starts and ends, and its words. */
interface Run {
  from: number;
  to: number;
  text: string;
}

/** Columns as the positions where they start, left to right. */
type Columns = number[];

/** Runs of text parted by two or more spaces; a bullet standing apart from its text belongs to it. */
const RUN = /\S(?:\S|[ \u00a0](?=\S))*/g;
/** A column starts where runs of at least this many lines start (its header and a cell at least). */
const MIN_STARTS = 2;
/** Starts this close are one column's (a page or a squeezed line shifts text by a character or two). */
const NEAR = 2;
/** A page needs this many columns and this share of lines printed in several runs to hold a table. */
const MIN_COLUMNS = 3;
const MIN_ROW_SHARE = 0.2;

function runs(text: string): Run[] {
  const out: Run[] = [];
  for (const m of text.matchAll(RUN)) {
    const run = { from: m.index, to: m.index + m[0].length, text: m[0] };
    const last = out.at(-1);
    if (last && bulletText(last.text) === "")
      out[out.length - 1] = { ...run, from: last.from, text: `${last.text} ${run.text}` };
    else out.push(run);
  }
  return out;
}

/** Whether lines of text print a table in space-aligned columns. */
export function isAligned(lines: SourceLine[]): boolean {
  const texts = lines.filter((l) => l.text.trim() !== "");
  if (texts.length < 4) return false;
  const multi = texts.filter((l) => runs(l.text).length >= 2).length;
  return multi >= MIN_ROW_SHARE * texts.length && columnsOf(texts).length >= MIN_COLUMNS;
}

/**
 * Where the columns of lines start: the positions where runs of several lines start (cells are
 * printed left-aligned), from the lines printed in several runs (a heading crosses the columns).
 */
function columnsOf(lines: SourceLine[], header: string[] = []): Columns {
  const counts = new Map<number, number>();
  for (const l of lines) {
    const line = runs(l.text);
    if (line.length < 2) continue;
    // A repeated header row names every column, even one with no text on the page.
    const weight = header.includes(squeezed(l.text)) ? MIN_STARTS : 1;
    for (const r of line) counts.set(r.from, (counts.get(r.from) ?? 0) + weight);
  }
  const starts: Columns = [];
  let group: Array<[number, number]> = [];
  const close = () => {
    const total = group.reduce((n, [, c]) => n + c, 0);
    if (total >= MIN_STARTS) starts.push(Math.min(...group.map(([x]) => x)));
    group = [];
  };
  for (const [x, c] of [...counts].sort((p, q) => p[0] - q[0])) {
    const last = group.at(-1);
    if (last && x - last[0] > NEAR) close();
    group.push([x, c]);
  }
  close();
  return starts;
}

/** Where each run belongs: the column it starts in; a run across a column's start is cut at the space nearest it. */
function place(run: Run, columns: Columns): Array<{ column: number; text: string }> {
  const out: Array<{ column: number; text: string }> = [];
  let rest = run;
  for (;;) {
    const k = columnAt(rest.from, columns);
    const next = columns[k + 1];
    const cut = next === undefined || rest.to <= next + 1 ? -1 : nearestSpace(rest.text, next - rest.from);
    if (cut <= 0) {
      out.push({ column: k, text: rest.text });
      return out;
    }
    out.push({ column: k, text: rest.text.slice(0, cut).trim() });
    rest = { from: rest.from + cut + 1, to: rest.to, text: rest.text.slice(cut + 1) };
  }
}

function columnAt(x: number, columns: Columns): number {
  let k = 0;
  columns.forEach((start, i) => {
    if (start <= x + NEAR) k = i;
  });
  return k;
}

function nearestSpace(text: string, at: number): number {
  let best = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === " " && (best < 0 || Math.abs(i - at) < Math.abs(best - at))) best = i;
  }
  return best;
}

/**
 * Prose: a run across two or more columns' starts, or across the second (a heading or paragraph
 * printed over the table's width; a row's first column, its label, never runs on into the next).
 */
function isProse(line: string, columns: Columns): boolean {
  return runs(line).some((r) => {
    const crossed = columns.filter((start) => start > r.from + NEAR && start < r.to - 1).length;
    return crossed >= 2 || (crossed === 1 && columnAt(r.from, columns) === 0 && r.text.length > 2 * NEAR + 4);
  });
}

/** A row being read: per column, its parts (paragraph lines joined, a bullet starting a list entry). */
interface RowDraft {
  line: number;
  page?: number;
  cells: CellPart[][];
}

const indent = (text: string) => text.length - text.trimStart().length;
const squeezed = (text: string) => text.trim().replace(/\s+/g, " ");

/**
 * A text whose pages (parted by form feeds) print tables in space-aligned columns, as blocks: the
 * tables' rows and the prose between them. A table goes on over page breaks: on a later page the
 * repeated header row (the same lines as the first page's) is dropped, and lines before the page's
 * first label carry on the last row. Page numbers and running headers are dropped.
 */
export function alignedBlocks(pages: SourceLine[][]): Block[] {
  const blocks: Block[] = [];
  let rows: RowDraft[] = [];
  let header: string[] = [];
  let lastColumn = -1;
  let prose: SourceLine[] = [];
  const endTable = () => {
    const first = rows[0];
    const width = Math.max(...rows.map((r) => r.cells.length));
    for (const r of rows) while (r.cells.length < width) r.cells.push([]);
    if (first) blocks.push(tableOf(rows.map(spanning), first));
    rows = [];
    lastColumn = -1;
  };
  const endProse = () => {
    const first = prose[0];
    if (first) blocks.push({ kind: "paragraph", line: first.line, lines: prose, list: false });
    prose = [];
  };
  for (const page of pages) {
    const texts = page.filter((l) => l.text.trim() !== "" && !isPageNoise(l.text));
    const columnsAt = segmentColumns(texts, header);
    const alignedPage = columnsAt.some((c) => c.length > 0);
    let skip = rows.length > 0 ? header : [];
    let labelled = false;
    texts.forEach((l, i) => {
      const columns = columnsAt[i] ?? [];
      if (skip.length > 0 && squeezed(l.text) === skip[0]) {
        skip = skip.slice(1);
        return;
      }
      skip = [];
      const row = rows.at(-1);
      if (row && !alignedPage && lastColumn >= 0 && indent(l.text) > NEAR) {
        // A page of one column's lines (a long list carried over): they go on in the column written last.
        addLine(row.cells[lastColumn] ?? [], l.text.trim());
        return;
      }
      if (columns.length === 0) {
        endTable();
        prose.push(l);
        return;
      }
      endProse();
      const pieces = runs(l.text).flatMap((r) => place(r, columns));
      const first = pieces.find((p) => p.column === 0)?.text ?? "";
      const label = first !== "" && (isBareLabel(first) || labelAt(first) !== null);
      let current = row;
      if (!current || label) {
        if (rows.length === 1 && !labelled) header = headerLines(texts, rows[0]?.line ?? 0, l.line);
        current = { line: l.line, ...(l.page ? { page: l.page } : {}), cells: columns.map(() => []) };
        rows.push(current);
      }
      labelled ||= label;
      for (const p of pieces) addLine(current.cells[p.column] ?? [], p.text);
      lastColumn = pieces.at(-1)?.column ?? lastColumn;
    });
  }
  endTable();
  endProse();
  return blocks;
}

/**
 * The columns of each line of a page ([] for prose): the page's columns tell its prose (headings)
 * apart, and each stretch of table between prose has its own (two tables on a page may be set apart).
 */
function segmentColumns(texts: SourceLine[], header: string[]): Columns[] {
  const page = isAligned(texts) ? columnsOf(texts, header) : [];
  const prose = texts.map((l) => page.length === 0 || isProse(l.text, page));
  const out: Columns[] = texts.map(() => []);
  let from = 0;
  for (let i = 0; i <= texts.length; i++) {
    if (i < texts.length && !prose[i]) continue;
    const segment = texts.slice(from, i);
    const columns = columnsOf(segment, header);
    for (let k = from; k < i; k++) out[k] = columns.length >= MIN_COLUMNS ? columns : page;
    from = i + 1;
  }
  return out;
}

/** The lines of a table's first (header) row, to know it again where a page repeats it. */
function headerLines(page: SourceLine[], from: number, to: number): string[] {
  return page.filter((l) => l.line >= from && l.line < to).map((l) => squeezed(l.text));
}

function addLine(parts: CellPart[], text: string): void {
  const bullet = bulletText(text);
  const last = parts.at(-1);
  if (bullet !== null) parts.push({ text: bullet, list: true });
  else if (last) last.text = joinLine(last.text, text);
  else parts.push({ text, list: false });
}

/** A line carries on the one above; a reference cut after its pillar's hyphen ("1-" / "(b)") is rejoined. */
function joinLine(above: string, text: string): string {
  return /\d-$/.test(above) ? `${above}${text}` : `${above} ${text}`;
}

function spanning(row: RowDraft): { line: number; page?: number; cells: SpanningCell[] } {
  return {
    line: row.line,
    ...(row.page ? { page: row.page } : {}),
    cells: row.cells.map((parts) => ({ line: row.line, parts, rowSpan: 1, colSpan: 1 })),
  };
}
