import type { ParsedItem, ParsedPlan, Unplaced } from "../parsed.ts";
import type { DraftItem, DraftResult } from "./draft.ts";
import { finishItem } from "./fields.ts";
import { parseInterleaved } from "./interleaved.ts";
import { assignLetters, compareLetters } from "./labels.ts";
import { findPlanSections, type PlanSection } from "./sections.ts";
import { parseTabular } from "./tabular.ts";

export { plannedWorkshops } from "./workshops-from-activities.ts";

/**
 * Finds the Strategic Action Plans and Annual Work Plans in a document's lines (lines[0] is line 1).
 * ranges are the 1-based [first, last] lines of each plan found, for other parsers to skip.
 */
export function parsePlans(lines: string[]): {
  plans: ParsedPlan[];
  unplaced: Unplaced[];
  ranges: Array<[number, number]>;
} {
  const plans: ParsedPlan[] = [];
  const unplaced: Unplaced[] = [];
  const ranges: Array<[number, number]> = [];
  for (const section of findPlanSections(lines)) {
    const read = readSection(lines, section);
    if (read.items.length === 0 || read.lastLine === null) continue;
    plans.push({
      kind: section.kind,
      title: section.title,
      periodStart: section.periodStart,
      periodEnd: section.periodEnd,
      items: finishItems(read.items),
    });
    unplaced.push(...read.unplaced);
    ranges.push([section.heading + 1, read.lastLine]);
  }
  return { plans, unplaced, ranges };
}

function readSection(lines: string[], section: PlanSection): DraftResult {
  const from = section.heading + 1;
  return isTabular(lines, from, section.end)
    ? parseTabular(lines, from, section.end, section.kind)
    : parseInterleaved(lines, from, section.end, section.kind);
}

// Word/HTML exports keep a table row on one tab-separated line; PDF exports put each cell on its own lines.
function isTabular(lines: string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const line = lines[i] ?? "";
    if (/Specific Actions? of\b/i.test(line)) return line.includes("\t");
  }
  return false;
}

function finishItems(drafts: DraftItem[]): ParsedItem[] {
  const items: ParsedItem[] = [];
  for (const pillar of [...new Set(drafts.map((d) => d.pillar))]) {
    const rows = drafts.filter((d) => d.pillar === pillar);
    const letters = assignLetters(rows);
    rows.forEach((row, i) => {
      const l = letters[i];
      if (l) items.push(finishItem(row, l.letter, l.repaired));
    });
  }
  return items.sort((a, b) => a.pillar - b.pillar || compareLetters(a.letter, b.letter));
}
