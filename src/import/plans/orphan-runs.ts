import type { Unplaced } from "../parsed.ts";
import type { DraftItem, Field } from "./draft.ts";

/**
 * A run of RSP/KPI/target/deadline cells read after an item's row was complete, before the next
 * label: a PDF export prints a row's cells where they fall on the page, so the label of the item
 * they belong to may come later (a row printed out of order, or a label printed after its cells).
 */
export interface OrphanRun {
  cells: DraftItem;
  /** The item being read when the run began. */
  after: DraftItem;
}

const RUN_FIELDS: Field[] = ["rsp", "kpi", "target", "deadline"];

/**
 * True when `field` of `item` is already closed by its deadline: the field was filled and the
 * deadline, the last cell of a row, was printed after it.
 */
export function closedByDeadline(item: DraftItem, field: Field): boolean {
  const last = item.cells[field].at(-1);
  const deadline = item.cells.deadline.at(-1);
  return last !== undefined && deadline !== undefined && deadline.line > last.line;
}

/**
 * Gives each run to the first later item of its pillar that has none of the run's fields (its
 * own cells were printed elsewhere); a run nobody takes goes back to the item it followed.
 */
export function settleRuns(runs: OrphanRun[], items: DraftItem[], unplaced: Unplaced[]): void {
  for (const run of runs) {
    const fields = RUN_FIELDS.filter((f) => run.cells.cells[f].length > 0);
    const taker = items.find(
      (it) =>
        it.pillar === run.cells.pillar &&
        it.firstLine > run.cells.firstLine &&
        fields.every((f) => it.cells[f].length === 0),
    );
    for (const f of fields) {
      const into = taker ?? run.after;
      const pieces = run.cells.cells[f];
      if (taker || f === "kpi" || f === "target" || into.cells[f].length === 0) {
        into.cells[f].push(...pieces);
        into.lastLine = Math.max(into.lastLine, ...pieces.map((p) => p.line));
      } else unplaced.push(...pieces.map((p) => ({ line: p.line, text: p.text })));
    }
  }
  runs.length = 0;
}
