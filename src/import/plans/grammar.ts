import type { Unplaced } from "../parsed.ts";
import { addPiece, type DraftItem, emptyResult, newDraft } from "./draft.ts";
import { lineKind } from "./line-kinds.ts";
import type { Field } from "./vocabulary.ts";

/**
 * The one grammar that turns the rows of a plan table into draft items, whichever reader found the
 * rows: a label starts an item (label → action → RSP reference → planned work → KPIs → targets →
 * deadline); a row whose cells are aligned with the header's columns fills them in place
 * (`placeCells`); a cell read on its own goes where its shape says ("Number of …", "At least …",
 * an RSP milestone, a date, a bullet) or else to the next empty column (`placeText`).
 */
export interface Grammar {
  pillar: number;
  /** The table's columns, from its header, else the usual columns of the plan kind. */
  columns: Field[];
  current: DraftItem | null;
  /** The field written last in the current item. */
  field: Field | null;
  items: DraftItem[];
  unplaced: Unplaced[];
  lastLine: number | null;
}

export function newGrammar(columns: Field[]): Grammar {
  return { pillar: 0, columns, current: null, field: null, ...emptyResult() };
}

export function enterPillar(g: Grammar, pillar: number): void {
  Object.assign(g, { pillar, current: null, field: null });
}

export function startItem(g: Grammar, printed: string, line: number): DraftItem {
  const item = newDraft(g.pillar, printed, line);
  g.items.push(item);
  Object.assign(g, { current: item, field: null, lastLine: line });
  return item;
}

/** Text that carries on the previous row of an aligned table: empty, lower case, or only an RSP reference. */
export function continuesRow(action: string): boolean {
  return action === "" || /^[a-z]/.test(action) || /^\(\s*RSP\b[^()]*\)$/i.test(action);
}

/** A row's cells, aligned with the columns, each to its column. */
export function placeCells(g: Grammar, item: DraftItem, cells: string[], line: number): void {
  g.columns.forEach((field, i) => {
    addPiece(item, field, cells[i] ?? "", line);
  });
  item.lastLine = line;
  g.lastLine = line;
}

// Fields recognised by their shape alone (an RSP milestone, a date); text of no shape never goes there.
const SHAPED: Field[] = ["rsp", "deadline"];

/** The action printed after the label, whatever its shape. */
export function placeAction(g: Grammar, item: DraftItem, text: string, line: number): void {
  write(g, item, "action", text, line, false);
}

const LISTS: Field[] = ["activities", "kpi", "target"];

/** A cell printed with its column's name ("Indicator: Number of …"); an empty one opens the column. */
export function placeNamed(g: Grammar, item: DraftItem, field: Field, text: string, line: number): void {
  if (text === "") g.field = field;
  else write(g, item, field, LISTS.includes(field) ? `<li>${text}` : text, line, false);
}

/** A bullet's text: one more entry of planned work. */
export function placeBullet(g: Grammar, item: DraftItem, text: string, line: number): void {
  write(g, item, "activities", `<li>${text}`, line, false);
}

/** A cell read on its own (a line): placed by its shape, else it fills the next empty column. */
export function placeText(g: Grammar, item: DraftItem, text: string, line: number): void {
  const shape = lineKind(text);
  const listed = numberedAfter(g, item, text);
  if (listed) write(g, item, listed, `<li>${text}`, line, false);
  else if (shape === "rsp" || shape === "deadline") write(g, item, shape, text, line, false);
  else if (shape === "kpi" || shape === "target") write(g, item, shape, `<li>${text}`, line, false);
  else if (g.field && carriesOn(item, g.field, text)) write(g, item, g.field, text, line, true);
  else {
    const next = nextColumn(g, item);
    if (next) write(g, item, next, next === "activities" ? `<li>${text}` : text, line, false);
    else if (g.field) write(g, item, g.field, text, line, true);
    else g.unplaced.push({ line, text });
  }
}

/** "(2) …" goes on the list whose last entry is "(1) …" (the field written last first), whatever its shape. */
function numberedAfter(g: Grammar, item: DraftItem, text: string): Field | undefined {
  const n = Number(/^\((\d)\)/.exec(text)?.[1] ?? 0);
  if (n < 2) return undefined;
  const fields: Field[] = [...(g.field ? [g.field] : []), "kpi", "target"];
  return fields.find((f) => (item.cells[f].at(-1)?.text ?? "").includes(`(${n - 1})`));
}

/**
 * Text in lower case (or a bracket) carries on a free-text cell cut by a page break, or a phrase left
 * unfinished; after a complete RSP reference or indicator it is the next cell ("post action").
 */
function carriesOn(item: DraftItem, field: Field, text: string): boolean {
  if (!/^[a-z(]/.test(text)) return false;
  if (field === "action" || field === "activities") return true;
  return /\b(?:of|the|and|for|to|in|on|with|by|at least)$/i.test(item.cells[field].at(-1)?.text ?? "");
}

/** The first empty column after the one written last that text of no particular shape may fill. */
function nextColumn(g: Grammar, item: DraftItem): Field | undefined {
  const after = g.field ? g.columns.indexOf(g.field) : -1;
  return g.columns.find((f, i) => i > after && !SHAPED.includes(f) && item.cells[f].length === 0);
}

function write(g: Grammar, item: DraftItem, field: Field, text: string, line: number, carry: boolean): void {
  const last = item.cells[field].at(-1);
  if (carry && last) {
    last.text = `${last.text} ${text}`;
    item.lastLine = Math.max(item.lastLine, line);
  } else addPiece(item, field, text, line);
  g.field = field;
  g.lastLine = line;
}
