import type { DraftItem } from "./draft.ts";

export type TextField = "action" | "activities" | "kpi" | "target";

/** Where a line of plain text goes: a field, and whether it starts a new entry there. */
export interface Route {
  field: TextField;
  fresh: boolean;
}

const COLUMN_ORDER: TextField[] = ["action", "activities", "kpi", "target"];
const UNFINISHED = /\b(?:the|and|of|for|to|in|on|with|by|a|an|their|its)$/i;
// The indicator column is narrow: its lines are a few words.
const MAX_KPI_LINE_WORDS = 4;

function lastText(item: DraftItem, field: TextField): string {
  return item.cells[field].at(-1)?.text ?? "";
}

export function unbalanced(text: string): boolean {
  return (text.match(/\(/g)?.length ?? 0) > (text.match(/\)/g)?.length ?? 0);
}

/** An indicator cut mid-phrase ("Number of", "Number of implementing") continues on a later line. */
export function danglingKpi(item: DraftItem): boolean {
  return /\b(?:of|in|for|the|\w+ing)$/i.test(lastText(item, "kpi"));
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Plain text continues the field written last, except where the export printed several columns'
 * lines in turn (the cells written since the last blank line, `row`): then each line goes to the next
 * column in reading order, an unfinished indicator takes short lines, and a bracket left open keeps its text.
 */
export function routeText(
  item: DraftItem,
  row: TextField[],
  last: TextField | null,
  text: string,
  workPlan: boolean,
): Route | null {
  if (/\(See also\b/i.test(text) && item.cells.activities.length > 0)
    return { field: "activities", fresh: false };
  if (last && unbalanced(lastText(item, last))) return { field: last, fresh: false };
  const short = words(text) <= MAX_KPI_LINE_WORDS;
  // An activity that ends with its See-also note is complete: a lower-case line cannot go on with it.
  if (row.includes("kpi") && short && /^[a-z]/.test(text) && endsWithNote(lastText(item, "activities"))) {
    return { field: "kpi", fresh: false };
  }
  if (row.includes("kpi") && danglingKpi(item) && short && !/^(?:of|on|in|for|to|and|by)\b/.test(text)) {
    return { field: "kpi", fresh: false };
  }
  // A sentence of planned work cut mid-phrase ("… for the") goes on with the next line in lower case,
  // unless the action or the indicator was cut mid-phrase too (then the columns alternate, below).
  const cut = (f: TextField) => UNFINISHED.test(lastText(item, f));
  if (/^[a-z]/.test(text) && cut("activities") && !cut("action") && !danglingKpi(item)) {
    return { field: "activities", fresh: false };
  }
  if (row.length >= 2 && last) {
    const open = COLUMN_ORDER.filter((f) => row.includes(f) && (f !== "kpi" || short));
    const next = open.find((f) => COLUMN_ORDER.indexOf(f) > COLUMN_ORDER.indexOf(last)) ?? open[0];
    if (next) return activityRoute(item, next, text, row);
  }
  if (row.length === 0 && /^➢$/.test(lastText(item, "activities").trim())) {
    return { field: "activities", fresh: false };
  }
  if (workPlan && item.cells.action.length > 0 && (row.length === 0 || (last === "kpi" && !short))) {
    return { field: "activities", fresh: /^[A-Z]/.test(text) };
  }
  return last ? activityRoute(item, last, text, row) : null;
}

// A work plan's activity that ends with its See-also note is complete; a capitalised line after it,
// or after another column's cell, is the next activity (its bullet was printed elsewhere).
function activityRoute(item: DraftItem, field: TextField, text: string, row: TextField[]): Route {
  if (field !== "activities" || !/^[A-Z]/.test(text)) return { field, fresh: false };
  const prev = lastText(item, "activities");
  return {
    field,
    fresh: endsWithNote(prev) || !row.includes("activities"),
  };
}

function endsWithNote(text: string): boolean {
  return /\(See also\b[^()]*(?:\([^()]*\)[^()]*)*\)\s*$/i.test(text);
}
