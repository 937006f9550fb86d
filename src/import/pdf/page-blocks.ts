import type { CellPart } from "../document.ts";
import { centre, inside, type PageContent, type TextItem } from "./geometry.ts";
import { type Grid, gridsOf } from "./grid.ts";
import { linesOf, type TextLine } from "./lines.ts";
import { partsOf } from "./parts.ts";

/** A cell of a table on one page, where the grid put it. */
export interface PageCell {
  col: number;
  openBottom: boolean;
  rowSpan: number;
  colSpan: number;
  parts: CellPart[];
}

export interface PageTable {
  kind: "table";
  page: number;
  top: number;
  xs: number[];
  rows: PageCell[][];
}

/** The lines of a page outside its tables, top to bottom. */
export interface PageText {
  kind: "text";
  page: number;
  top: number;
  lines: TextLine[];
}

/**
 * A page as its tables (text placed in the cells its rules draw) and the lines outside them, in
 * reading order: top to bottom.
 */
export function pageBlocks(page: PageContent): Array<PageTable | PageText> {
  const grids = gridsOf(page.rules);
  const byGrid = grids.map(() => [] as TextItem[]);
  const outside: TextItem[] = [];
  for (const item of page.items.flatMap((i) => splitAtColumns(i, grids))) {
    const [x, y] = centre(item);
    const k = grids.findIndex((g) => inside(g.box, x, y));
    (byGrid[k] ?? outside).push(item);
  }
  const tables: PageTable[] = grids.map((grid, k) => {
    const items = byGrid[k] ?? [];
    const rows: PageCell[][] = grid.ys.slice(1).map(() => []);
    const cells = grid.cells.map((cell) => ({
      cell,
      lines: linesOf(
        items.filter((i) => inside(cell.box, ...centre(i))),
        page.marks,
      ),
    }));
    // Converters pad cells alike on both sides: the narrowest left inset gives where text may reach on the right.
    const padding = Math.min(...cells.flatMap(({ cell, lines }) => lines.map((l) => l.x0 - cell.box.x0)));
    for (const { cell, lines } of cells) {
      const parts = partsOf(lines, cell.box.x1 - (Number.isFinite(padding) ? Math.max(0, padding) : 0));
      const { col, rowSpan, colSpan, openBottom } = cell;
      rows[cell.row]?.push({ col, rowSpan, colSpan, openBottom, parts });
    }
    return { kind: "table", page: page.number, top: grid.box.y0, xs: grid.xs, rows };
  });
  const lines = linesOf(outside, page.marks);
  const texts: PageText[] =
    lines.length > 0 ? [{ kind: "text", page: page.number, top: lines[0]?.y0 ?? 0, lines }] : [];
  return splitAround(texts, tables);
}

/**
 * An item printed across a column boundary, as one run of text: a PDF writer may join a label and the
 * cell after it ("m) Upon request") when the gap between them looks like a space. It is cut at a
 * space, estimating each character's position from the item's width.
 */
export function splitAtColumns(item: TextItem, grids: Grid[]): TextItem[] {
  const y = (item.y0 + item.y1) / 2;
  const grid = grids.find((g) => y >= g.box.y0 && y <= g.box.y1);
  const cut = grid?.xs.find((x) => x > item.x0 + 1 && x < item.x1 - 1);
  if (cut === undefined) return [item];
  // The last space whose text before it fits left of the boundary; the gap a writer stretched across
  // the boundary makes every estimate too wide, so the first space stands in when none fits.
  const perChar = (item.x1 - item.x0) / item.text.length;
  const spaces = [...item.text.matchAll(/ /g)].map((m) => m.index);
  const fitting = spaces.filter((k) => k * perChar <= cut - item.x0);
  const best = fitting.at(-1) ?? spaces[0] ?? -1;
  if (best < 0) return [item];
  const left = { ...item, text: item.text.slice(0, best), x1: Math.min(item.x0 + best * perChar, cut - 0.5) };
  const right = {
    ...item,
    text: item.text.slice(best + 1),
    x0: Math.max(item.x0 + (best + 1) * perChar, cut + 0.5),
  };
  return [left, ...splitAtColumns(right, grids)].filter((i) => i.text.trim() !== "");
}

/** The lines outside tables cut where a table stands between them, so blocks keep their order. */
function splitAround(texts: PageText[], tables: PageTable[]): Array<PageTable | PageText> {
  const out: Array<PageTable | PageText> = [];
  const lines = texts.flatMap((t) => t.lines);
  let k = 0;
  for (const table of tables) {
    const before = [];
    while (k < lines.length && (lines[k]?.y0 ?? 0) < table.top) before.push(lines[k++] as TextLine);
    if (before.length > 0)
      out.push({ kind: "text", page: table.page, top: before[0]?.y0 ?? 0, lines: before });
    out.push(table);
  }
  const rest = lines.slice(k);
  const page = tables[0]?.page ?? texts[0]?.page ?? 0;
  if (rest.length > 0) out.push({ kind: "text", page, top: rest[0]?.y0 ?? 0, lines: rest });
  return out;
}
