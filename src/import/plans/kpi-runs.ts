import type { DraftItem, Piece } from "./draft.ts";

/** Share of a pillar's items with indicators that must have exactly one for the pattern to hold. */
const ONE_KPI_SHARE = 0.6;

// A numbered indicator "(2) Number of …" belongs with "(1) …" before it: one item's list.
function units(pieces: Piece[]): Piece[][] {
  const out: Piece[][] = [];
  for (const p of pieces) {
    const last = out.at(-1);
    if (last && /^(?:<li>)?\s*\(([2-9])\)/.test(p.text)) last.push(p);
    else out.push([p]);
  }
  return out;
}

/**
 * A PDF export prints a column's cells where they fit, so the indicators of rows whose other cells
 * ran long come out together after a later row: "b) c) d)" with none, then "e)" with three. Where a
 * pillar follows the one-indicator-per-item pattern, each indicator before an item's own goes back
 * to the item without one just before it, nearest first.
 */
export function handOutKpis(items: DraftItem[]): void {
  for (const pillar of new Set(items.map((i) => i.pillar))) {
    const rows = items.filter((i) => i.pillar === pillar);
    const counts = rows.map((r) => units(r.cells.kpi).length).filter((n) => n > 0);
    if (counts.filter((n) => n === 1).length < ONE_KPI_SHARE * counts.length) continue;
    rows.forEach((row, k) => {
      const own = units(row.cells.kpi);
      let gap = k;
      while (gap > 0 && rows[gap - 1]?.cells.kpi.length === 0) gap--;
      const empty = rows.slice(gap, k);
      const handed = Math.min(own.length - 1, empty.length);
      if (handed <= 0) return;
      const give = own.slice(0, handed);
      const receivers = empty.slice(empty.length - handed);
      give.forEach((unit, j) => {
        const to = receivers[j];
        if (to) to.cells.kpi.push(...unit);
      });
      row.cells.kpi = own.slice(handed).flat();
    });
  }
}
