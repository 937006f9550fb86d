import { describe, expect, it } from "vitest";
import type { Rule, TextItem } from "../../../src/import/pdf/geometry.ts";
import { type Grid, gridsOf, mergeRules } from "../../../src/import/pdf/grid.ts";
import { joiner, linesOf } from "../../../src/import/pdf/lines.ts";
import { splitAtColumns } from "../../../src/import/pdf/page-blocks.ts";
import { partsOf } from "../../../src/import/pdf/parts.ts";

const h = (y: number, from: number, to: number): Rule => ({ vertical: false, at: y, from, to });
const v = (x: number, from: number, to: number): Rule => ({ vertical: true, at: x, from, to });
const item = (text: string, x0: number, y: number, size = 10): TextItem => ({
  text,
  size,
  x0,
  x1: x0 + text.length * size * 0.5,
  y0: y - size * 0.8,
  y1: y + size * 0.2,
});

/** The rules of a table ruled on every row and column boundary. */
const ruled = (ys: number[], xs: number[]) => [
  ...ys.map((y) => h(y, xs[0] ?? 0, xs.at(-1) ?? 0)),
  ...xs.map((x) => v(x, ys[0] ?? 0, ys.at(-1) ?? 0)),
];
const spans = (grid: Grid | undefined) => grid?.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan]);

describe("rules into table grids", () => {
  it("joins the pieces of a border drawn cell by cell, and keeps apart rules on other lines", () => {
    const merged = mergeRules([h(100, 0, 50), h(100.5, 50, 120), h(100, 200, 300), h(140, 0, 120)]);
    expect(merged.map((r) => [Math.round(r.at), r.from, r.to])).toEqual([
      [100, 0, 120],
      [100, 200, 300],
      [140, 0, 120],
    ]);
  });

  it("cuts a ruled frame into rows and columns", () => {
    const [grid] = gridsOf(ruled([0, 20, 60], [0, 100, 300]));
    expect(grid?.xs).toEqual([0, 100, 300]);
    expect(grid?.ys).toEqual([0, 20, 60]);
    expect(spans(grid)).toEqual([
      [0, 0, 1, 1],
      [0, 1, 1, 1],
      [1, 0, 1, 1],
      [1, 1, 1, 1],
    ]);
  });

  it("reads a cell without a rule across it as one cell spanning rows (a KPI shared by two items)", () => {
    // The rule between the last two rows stops at the second column.
    const rules = [...ruled([0, 20, 100], [0, 100, 300]), h(60, 0, 100)];
    expect(spans(gridsOf(rules)[0])).toEqual([
      [0, 0, 1, 1],
      [0, 1, 1, 1],
      [1, 0, 1, 1],
      [1, 1, 2, 1],
      [2, 0, 1, 1],
    ]);
  });

  it("takes the ends of the vertical rules as the frame where a page break left no rule, and marks the cut cells", () => {
    // A row cut at the bottom of the page: the verticals run on to y = 80, no rule there.
    const [grid] = gridsOf([h(0, 0, 300), h(20, 0, 300), v(0, 0, 80), v(100, 0, 80), v(300, 0, 80)]);
    expect(grid?.ys).toEqual([0, 20, 80]);
    expect(grid?.cells.filter((c) => c.openBottom).map((c) => c.col)).toEqual([0, 1]);
  });

  it("finds no table in a lone box, an underline, or two separate rules", () => {
    expect(gridsOf([h(0, 0, 300), h(50, 0, 300), v(0, 0, 50), v(300, 0, 50)])).toEqual([]);
    expect(gridsOf([h(10, 0, 40)])).toEqual([]);
    expect(gridsOf([h(10, 0, 40), v(200, 100, 200)])).toEqual([]);
  });

  it("keeps two tables on a page apart, top to bottom", () => {
    const table = (top: number) => [
      h(top, 0, 300),
      h(top + 20, 0, 300),
      v(0, top, top + 20),
      v(100, top, top + 20),
      v(300, top, top + 20),
    ];
    expect(gridsOf([...table(400), ...table(100)]).map((g) => g.box.y0)).toEqual([100, 400]);
  });
});

describe("text items into lines and cell paragraphs", () => {
  it("joins the items of a line, with a space only where the gap is one", () => {
    const [line] = linesOf(
      [item("veri", 10, 50), { ...item("fication", 30, 50), x0: 30 }, item("for", 75, 50)],
      [],
    );
    expect(line?.text).toBe("verification for");
  });

  it("reads a bullet printed as a character of its own, or drawn as a small disc before the line", () => {
    const printed = linesOf([item("●", 10, 50), item("National workshop", 25, 50)], []);
    expect(printed.map((l) => [l.text, l.bullet])).toEqual([["National workshop", true]]);
    const drawn = linesOf([item("National workshop", 25, 50)], [{ x0: 15, y0: 44, x1: 19, y1: 48 }]);
    expect(drawn.map((l) => [l.text, l.bullet])).toEqual([["National workshop", true]]);
    // A dash inside a wrapped line ("– 3rd milestone") is text, not a bullet.
    expect(linesOf([item("– 3rd milestone)", 25, 50)], [])[0]?.bullet).toBe(false);
  });

  it("splits a cell into list entries at bullets and paragraphs at gaps taller than a line", () => {
    const lines = linesOf(
      [
        item("(1) Number of", 10, 10),
        item("Members", 10, 22),
        item("(2) Number of MRA", 10, 50),
        item("•", 10, 62),
        item("Workshop on", 20, 62),
        item("AEO", 20, 74),
      ],
      [],
    );
    expect(partsOf(lines, 200)).toEqual([
      { text: "(1) Number of Members", list: false },
      { text: "(2) Number of MRA", list: false },
      { text: "Workshop on AEO", list: true },
    ]);
  });

  it("joins a line ending in a word's own hyphen without a space", () => {
    const [a, b] = linesOf([item("(See also 1-", 10, 10), item("(a), (b))", 10, 22)], []);
    if (!a || !b) throw new Error("two lines expected");
    expect(joiner(a, b, 200)).toBe("");
  });

  it("joins a word cut by the cell's width, and not a word that merely fills a line", () => {
    const pair = (a: string, b: string) => {
      const [first, second] = linesOf([item(a, 10, 10), item(b, 10, 22)], []);
      if (!first || !second) throw new Error("two lines expected");
      return [first, second] as const;
    };
    const [cut, rest] = pair("implementin", "g for");
    expect(joiner(cut, rest, cut.x1)).toBe("");
    // The same line ending well before the cell's edge was broken at a space.
    expect(joiner(cut, rest, cut.x1 + 30)).toBe(" ");
    // Filled to the edge, but the next line starts a word of its own.
    const [word, next] = pair("cooperation", "and coordination");
    expect(joiner(word, next, word.x1)).toBe(" ");
    const [verb, article] = pair("introducing", "a scheme");
    expect(joiner(verb, article, verb.x1)).toBe(" ");
    // No English word starts the next line: the word goes on.
    const [head, tail] = pair("interconnec", "tivities in");
    expect(joiner(head, tail, head.x1)).toBe("");
  });

  it("cuts an item printed across a column boundary at the space nearest it", () => {
    const grid = gridsOf([h(0, 0, 300), h(40, 0, 300), v(0, 0, 40), v(30, 0, 40), v(300, 0, 40)]);
    const parts = splitAtColumns(item("m) Upon request", 5, 20), grid);
    expect(parts.map((p) => p.text)).toEqual(["m)", "Upon request"]);
    expect((parts[1]?.x0 ?? 0) > 30).toBe(true);
  });
});
