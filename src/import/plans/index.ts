import type { SourceLine } from "../document.ts";
import type { ParsedItem, ParsedPlan, Unplaced } from "../parsed.ts";
import { toCellLines } from "./cells.ts";
import type { DraftItem, SectionReader } from "./draft.ts";
import { finishItem } from "./fields.ts";
import { parseInterleaved } from "./interleaved.ts";
import { assignLetters, compareLetters } from "./labels.ts";
import { type Layout, sectionLayout } from "./layout.ts";
import { parseLineRows } from "./line-rows.ts";
import { cleanText } from "./normalise.ts";
import { findPlanSections } from "./sections.ts";
import { handOutActivities } from "./see-also-runs.ts";
import { parseTabular } from "./tabular.ts";
import { isBareLabel, labelAt } from "./vocabulary.ts";

export { plannedWorkshops } from "./workshops-from-activities.ts";

/** A plan that cannot be read as printed: a sentence, and the line where it shows. */
export class PlanProblem extends Error {
  override name = "PlanProblem";
  readonly line: number;

  constructor(reason: string, line: number) {
    super(reason);
    this.line = line;
  }
}

/**
 * Finds the Strategic Action Plans and Annual Work Plans in a document's lines (lines[0] is line 1).
 * ranges are the 1-based [first, last] lines of each plan found, for other parsers to skip.
 */
export function parsePlans(documentLines: string[]): {
  plans: ParsedPlan[];
  unplaced: Unplaced[];
  ranges: Array<[number, number]>;
} {
  const plans: ParsedPlan[] = [];
  const unplaced: Unplaced[] = [];
  const ranges: Array<[number, number]> = [];
  const lines = toCellLines(documentLines);
  for (const section of findPlanSections(lines)) {
    const from = section.heading + 1;
    const column = labelColumn(lines, from, section.end);
    if (column !== null) {
      throw new PlanProblem(
        "the table's columns are printed one after another (its item labels in a run of their own), as pdftotext prints a PDF table without -layout; rows cannot be told from such text: import the PDF itself, or its text made with pdftotext -layout",
        column,
      );
    }
    const layout = sectionLayout(lines, from, section.end);
    const read = READERS[layout](lines, from, section.end, section.kind);
    if (read.items.length === 0 || read.lastLine === null) continue;
    const heading = lines[section.heading]?.line ?? 0;
    plans.push({
      kind: section.kind,
      title: section.title,
      periodStart: section.periodStart,
      periodEnd: section.periodEnd,
      items: repair(layout, finishItems(read.items)),
      evidence: {
        line: heading,
        labels: labelledRows(lines, from, section.end),
        unplaced: read.unplaced.length,
      },
    });
    unplaced.push(...read.unplaced);
    ranges.push([heading, read.lastLine]);
  }
  return { plans, unplaced, ranges };
}

/** Labels printed one after another, nothing between them: a table's label column printed on its own. */
const LABEL_RUN = 4;

/** The line where a section prints a run of bare labels (its label column on its own), or null. */
function labelColumn(lines: SourceLine[], from: number, to: number): number | null {
  let run = 0;
  for (let i = from; i < to; i++) {
    const text = cleanText(lines[i]?.text ?? "");
    if (text === "") continue;
    run = isBareLabel(text) && !text.includes("\t") ? run + 1 : 0;
    if (run >= LABEL_RUN) return lines[i - LABEL_RUN + 1]?.line ?? null;
  }
  return null;
}

/** Lines (or table rows) of a section that begin with an item label, whatever its shape. */
function labelledRows(lines: SourceLine[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const first = cleanText((lines[i]?.text ?? "").split("\t").find((c) => cleanText(c) !== "") ?? "");
    if (first !== "" && (isBareLabel(first) || labelAt(first) !== null)) n++;
  }
  return n;
}

const READERS: Record<Layout, SectionReader> = {
  rows: parseTabular,
  "cells-per-line": parseLineRows,
  interleaved: parseInterleaved,
};

type Finished = Array<{ item: ParsedItem; draft: DraftItem }>;

// Only an interleaved PDF export prints bullets under the wrong label; in any other layout a bullet
// under an item is the author's, even where its See-also note disagrees.
function repair(layout: Layout, finished: Finished): ParsedItem[] {
  const items = finished.map((f) => f.item);
  if (layout !== "interleaved") return items;
  // The interleaved reader keeps one piece per indicator, so each indicator's line is its piece's.
  const kpiLines = new Map(
    finished.map(({ item, draft }) => [
      item,
      draft.cells.kpi.length === item.kpis.length ? draft.cells.kpi.map((p) => p.line) : [],
    ]),
  );
  return handOutActivities(items, kpiLines);
}

function finishItems(drafts: DraftItem[]): Finished {
  const out: Finished = [];
  for (const pillar of [...new Set(drafts.map((d) => d.pillar))]) {
    const rows = drafts.filter((d) => d.pillar === pillar);
    const letters = assignLetters(rows);
    rows.forEach((draft, i) => {
      const l = letters[i];
      if (l && l.letter.length > 2) {
        throw new PlanProblem(
          `pillar ${pillar} reads as more than 52 items (a) … zz)), more than a plan's labels run to; the table was not read as printed`,
          draft.firstLine,
        );
      }
      if (l) out.push({ item: finishItem(draft, l.letter, l.repaired), draft });
    });
  }
  return out.sort((a, b) => a.item.pillar - b.item.pillar || compareLetters(a.item.letter, b.item.letter));
}
