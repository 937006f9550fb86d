import type { Box, Rule } from "./geometry.ts";
import { PDF_SETTINGS } from "./settings.ts";

/** A table's frame cut into cells by its rules: a cell spanning rows or columns had no rule between them. */
export interface Grid {
  box: Box;
  /** Column boundaries, left to right (one more than the columns). */
  xs: number[];
  /** Row boundaries, top to bottom (one more than the rows). */
  ys: number[];
  cells: GridCell[];
}

export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  box: Box;
  /** The cell reaches the table's bottom without a rule there: a page break cut it, and it goes on. */
  openBottom: boolean;
}

/** Values closer than `snap` as one (their mean), sorted. */
export function cluster(values: number[], snap = PDF_SETTINGS.snap): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const v of sorted) {
    const last = groups.at(-1);
    if (last && v - (last.at(-1) ?? v) <= snap) last.push(v);
    else groups.push([v]);
  }
  return groups.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

/**
 * Rules on one line that overlap or nearly touch as one rule: a converter may draw a border as one
 * line, or as a piece per cell, or as the two sides of a double line.
 */
export function mergeRules(rules: Rule[]): Rule[] {
  const { snap, joinTolerance } = PDF_SETTINGS;
  const out: Rule[] = [];
  for (const vertical of [false, true]) {
    const lines = rules.filter((r) => r.vertical === vertical).sort((a, b) => a.at - b.at || a.from - b.from);
    // Rules on (nearly) the same line, then merged where their extents meet.
    const byLine: Rule[][] = [];
    for (const r of lines) {
      const last = byLine.at(-1);
      if (last && r.at - (last[0]?.at ?? r.at) <= snap) last.push(r);
      else byLine.push([r]);
    }
    for (const line of byLine) {
      const at = line.reduce((s, r) => s + r.at, 0) / line.length;
      const spans = line.map((r) => [r.from, r.to] as const).sort((a, b) => a[0] - b[0]);
      let [from, to] = spans[0] ?? [0, 0];
      for (const [f, t] of spans.slice(1)) {
        if (f <= to + joinTolerance) to = Math.max(to, t);
        else {
          out.push({ vertical, at, from, to });
          [from, to] = [f, t];
        }
      }
      out.push({ vertical, at, from, to });
    }
  }
  return out;
}

const touch = (v: Rule, h: Rule, tol: number) =>
  v.at >= h.from - tol && v.at <= h.to + tol && h.at >= v.from - tol && h.at <= v.to + tol;

/** Rules that touch one another, in groups: each group is the frame of one table. */
function frames(rules: Rule[]): Rule[][] {
  const parent = rules.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  rules.forEach((a, i) => {
    rules.forEach((b, j) => {
      if (
        j > i &&
        a.vertical !== b.vertical &&
        touch(a.vertical ? a : b, a.vertical ? b : a, PDF_SETTINGS.joinTolerance)
      ) {
        parent[find(i)] = find(j);
      }
    });
  });
  const groups = new Map<number, Rule[]>();
  rules.forEach((r, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), r]);
  });
  return [...groups.values()];
}

/** The tables a page's rules draw, top to bottom. */
export function gridsOf(rules: Rule[]): Grid[] {
  return frames(mergeRules(rules))
    .map(gridOf)
    .filter((g): g is Grid => g !== null)
    .sort((a, b) => a.box.y0 - b.box.y0);
}

function gridOf(rules: Rule[]): Grid | null {
  const verticals = rules.filter((r) => r.vertical);
  const horizontals = rules.filter((r) => !r.vertical);
  if (verticals.length === 0 || horizontals.length === 0) return null;
  // The frame: where the rules reach. A row cut by a page break has no rule at the cut, yet ends there.
  const box: Box = {
    x0: Math.min(...horizontals.map((r) => r.from), ...verticals.map((r) => r.at)),
    x1: Math.max(...horizontals.map((r) => r.to), ...verticals.map((r) => r.at)),
    y0: Math.min(...verticals.map((r) => r.from), ...horizontals.map((r) => r.at)),
    y1: Math.max(...verticals.map((r) => r.to), ...horizontals.map((r) => r.at)),
  };
  const xs = cluster([box.x0, box.x1, ...verticals.map((r) => r.at)]);
  const ys = cluster([box.y0, box.y1, ...horizontals.map((r) => r.at)]);
  // A table has two columns at least; one box alone is a frame around text, not a table.
  if (xs.length < 3 || ys.length < 2) return null;
  const { snap, edgeSlack } = PDF_SETTINGS;
  const drawn = (vertical: boolean, at: number, from: number, to: number) =>
    (vertical ? verticals : horizontals).some(
      (r) => Math.abs(r.at - at) <= snap && r.from <= from + edgeSlack && r.to >= to - edgeSlack,
    );
  const ruled = (vertical: boolean, at: number, from: number, to: number) =>
    (vertical ? [box.x0, box.x1] : [box.y0, box.y1]).some((edge) => Math.abs(edge - at) <= snap) ||
    drawn(vertical, at, from, to);
  const cols = xs.length - 1;
  const rows = ys.length - 1;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  const x = (i: number) => xs[i] ?? 0;
  const y = (i: number) => ys[i] ?? 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !ruled(true, x(c + 1), y(r), y(r + 1)))
        parent[find(r * cols + c)] = find(r * cols + c + 1);
      if (r + 1 < rows && !ruled(false, y(r + 1), x(c), x(c + 1)))
        parent[find(r * cols + c)] = find((r + 1) * cols + c);
    }
  }
  const spans = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let i = 0; i < rows * cols; i++) {
    const [r, c] = [Math.floor(i / cols), i % cols];
    const s = spans.get(find(i));
    if (!s) spans.set(find(i), { r0: r, r1: r, c0: c, c1: c });
    else
      Object.assign(s, {
        r0: Math.min(s.r0, r),
        r1: Math.max(s.r1, r),
        c0: Math.min(s.c0, c),
        c1: Math.max(s.c1, c),
      });
  }
  const cells = [...spans.values()]
    .map((s) => ({
      row: s.r0,
      col: s.c0,
      rowSpan: s.r1 - s.r0 + 1,
      colSpan: s.c1 - s.c0 + 1,
      box: { x0: x(s.c0), x1: x(s.c1 + 1), y0: y(s.r0), y1: y(s.r1 + 1) },
      openBottom: s.r1 === rows - 1 && !drawn(false, y(rows), x(s.c0), x(s.c1 + 1)),
    }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
  return { box, xs, ys, cells };
}
