import type { DraftItem } from "./draft.ts";
import { BULLET_MARK } from "./vocabulary.ts";

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

export function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A field written on a line, with the number of words the line gave it. */
export interface Turn {
  field: TextField;
  line: number;
  words: number;
}

/** The fields written since the row began: each once in order (`row`), and once per line (`turns`). */
export interface Written {
  row: TextField[];
  turns: Turn[];
  last: TextField | null;
}

// Indicator lines are always short; only a text column's one-word line ends its paragraph.
function ended({ turns }: Written, field: TextField): boolean {
  return field !== "kpi" && turns.filter((t) => t.field === field).at(-1)?.words === 1;
}

/**
 * The column next in turn when three or more columns were printed line by line in turn, and every
 * line since the row began went to them in that order, at least once round: the turn goes on even
 * where an indicator is unfinished ("… across the" / "talks" is the next column's line).
 */
function nextInTurn({ row, turns }: Written): TextField | null {
  if (row.length < 3 || turns.length <= row.length) return null;
  return inTurn({ row, turns }) ? (row[turns.length % row.length] ?? null) : null;
}

function inTurn({ row, turns }: Pick<Written, "row" | "turns">): boolean {
  return turns.every((t, k) => t.field === row[k % row.length]);
}

/**
 * A bracket left open keeps the next line, unless the columns have gone in turn line by line at least
 * twice round and the bracket is not a See-also note (whose references a bullet continues on its own).
 */
function bracketHolds({ row, turns }: Written, text: string): boolean {
  if (!unbalanced(text)) return false;
  const alternating = row.length >= 2 && turns.length >= 2 * row.length && inTurn({ row, turns });
  return !alternating || /\(See\b[^()]*$/i.test(text);
}

/**
 * Plain text continues the field written last, except where the export printed several columns'
 * lines in turn (the cells written since the last blank line, `row`): then each line goes to the next
 * column in reading order, an unfinished indicator takes short lines, and a bracket left open keeps its text.
 */
export function routeText(item: DraftItem, written: Written, text: string, workPlan: boolean): Route | null {
  const { row, last } = written;
  if (/\(See also\b/i.test(text) && item.cells.activities.length > 0)
    return { field: "activities", fresh: false };
  if (last && bracketHolds(written, lastText(item, last))) return { field: last, fresh: false };
  const short = words(text) <= MAX_KPI_LINE_WORDS;
  const cut = (f: TextField) => UNFINISHED.test(lastText(item, f));
  // An activity that ends with its See-also note is complete: a lower-case line cannot go on with it.
  if (row.includes("kpi") && short && /^[a-z]/.test(text) && endsWithNote(lastText(item, "activities"))) {
    return { field: "kpi", fresh: false };
  }
  const turn = nextInTurn(written);
  // A column whose paragraph ended (its last line one word) is out of the turn: a line in lower case
  // then goes on with the column written last, if that was cut mid-phrase ("… to" / "highlight …").
  if (turn && ended(written, turn) && last && /^[a-z]/.test(text) && cut(last))
    return { field: last, fresh: false };
  if (turn && (turn !== "kpi" || short)) return activityRoute(item, turn, text, row);
  if (row.includes("kpi") && danglingKpi(item) && short && !/^(?:of|on|in|for|to|and|by)\b/.test(text)) {
    return { field: "kpi", fresh: false };
  }
  // A sentence of planned work cut mid-phrase ("… for the") goes on with the next line in lower case,
  // unless the action or the indicator was cut mid-phrase too (then the columns alternate, below).
  if (/^[a-z]/.test(text) && cut("activities") && !cut("action") && !danglingKpi(item)) {
    return { field: "activities", fresh: false };
  }
  if (row.length >= 2 && last) {
    // A work plan prints the RSP reference in brackets at the end of the action cell: the cell is over.
    const actionOver = item.cells.rsp.some((p) => p.text.trimStart().startsWith("("));
    const open = COLUMN_ORDER.filter(
      (f) => row.includes(f) && (f !== "kpi" || short) && (f !== "action" || !actionOver),
    );
    const next = open.find((f) => COLUMN_ORDER.indexOf(f) > COLUMN_ORDER.indexOf(last)) ?? open[0];
    if (next) return activityRoute(item, next, text, row);
  }
  if (row.length === 0 && lastText(item, "activities").trim() === BULLET_MARK) {
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
