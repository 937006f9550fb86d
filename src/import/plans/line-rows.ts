import type { Unplaced } from "../parsed.ts";
import { COLUMN_TEMPLATES } from "./columns.ts";
import { addPiece, type DraftItem, emptyResult, newDraft, type SectionReader } from "./draft.ts";
import { lineKind } from "./line-kinds.ts";
import { cleanText, isPageNoise } from "./normalise.ts";
import { pillarHeading } from "./sections.ts";
import { bulletText, type Field, headerField, isBareLabel, labelAt } from "./vocabulary.ts";

interface State {
  pillar: number;
  columns: Field[];
  /** Header cells read on consecutive lines, not yet closed by a line of another kind. */
  header: Field[];
  current: DraftItem | null;
  /** The field written last in the current row. */
  field: Field | null;
  items: DraftItem[];
  unplaced: Unplaced[];
  lastLine: number | null;
}

// Fields recognised by their shape alone (an RSP milestone, a date); text of no shape never goes there.
const SHAPED: Field[] = ["rsp", "deadline"];

/**
 * Reads a plan table printed one cell per line (indented or not), or as plain text with bullets:
 * a label starts a row, a bullet adds planned work, an RSP milestone, "Number of …", "At least …" or a
 * date goes to its field by its shape, and other text fills the next empty column of the header
 * (or of the plan kind's usual columns). A line starting in lower case carries on the line before.
 */
export const parseLineRows: SectionReader = (lines, from, to, kind) => {
  const st: State = {
    pillar: 0,
    columns: COLUMN_TEMPLATES[kind],
    header: [],
    current: null,
    field: null,
    ...emptyResult(),
  };
  for (let i = from; i < to; i++) {
    const source = lines[i];
    if (!source || source.text.trim() === "" || isPageNoise(source.text)) continue;
    readLine(st, source.text, source.line);
  }
  return { items: st.items, unplaced: st.unplaced, lastLine: st.lastLine };
};

function readLine(st: State, raw: string, line: number): void {
  const text = cleanText(raw);
  const pillar = pillarHeading(raw);
  if (pillar !== null && pillar > st.pillar) {
    Object.assign(st, { pillar, current: null, field: null, header: [] });
    return;
  }
  const header = headerField(text);
  if (header !== null || lineKind(text) === "header") {
    if (header !== null) st.header.push(header);
    if (st.header.length >= 2) st.columns = [...st.header];
    return;
  }
  st.header = [];
  if (st.pillar === 0) {
    st.unplaced.push({ line, text });
    return;
  }
  const bullet = bulletText(text);
  const label = bullet === null ? labelAt(text) : null;
  if (label || (bullet === null && isBareLabel(text))) {
    st.current = newDraft(st.pillar, label?.printed ?? text, line);
    st.items.push(st.current);
    st.field = null;
    if (label?.rest) write(st, st.current, "action", label.rest, line, false);
    return;
  }
  const item = st.current;
  if (!item) {
    st.unplaced.push({ line, text });
    return;
  }
  if (bullet !== null) write(st, item, "activities", `<li>${bullet}`, line, false);
  else readCell(st, item, text, line);
}

function readCell(st: State, item: DraftItem, text: string, line: number): void {
  const shape = lineKind(text);
  const listed = numberedAfter(st, item, text);
  if (listed) write(st, item, listed, `<li>${text}`, line, false);
  else if (shape === "rsp" || shape === "deadline") write(st, item, shape, text, line, false);
  else if (shape === "kpi" || shape === "target") write(st, item, shape, `<li>${text}`, line, false);
  else if (st.field && carriesOn(item, st.field, text)) write(st, item, st.field, text, line, true);
  else {
    const next = nextColumn(st, item);
    if (next) write(st, item, next, next === "activities" ? `<li>${text}` : text, line, false);
    else if (st.field) write(st, item, st.field, text, line, true);
    else st.unplaced.push({ line, text });
  }
}

/** "(2) …" goes on the list whose last entry is "(1) …" (the field written last first), whatever its shape. */
function numberedAfter(st: State, item: DraftItem, text: string): Field | undefined {
  const n = Number(/^\((\d)\)/.exec(text)?.[1] ?? 0);
  if (n < 2) return undefined;
  const fields: Field[] = [...(st.field ? [st.field] : []), "kpi", "target"];
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
function nextColumn(st: State, item: DraftItem): Field | undefined {
  const after = st.field ? st.columns.indexOf(st.field) : -1;
  return st.columns.find((f, i) => i > after && !SHAPED.includes(f) && item.cells[f].length === 0);
}

function write(st: State, item: DraftItem, field: Field, text: string, line: number, carry: boolean): void {
  const last = item.cells[field].at(-1);
  if (carry && last) {
    last.text = `${last.text} ${text}`;
    item.lastLine = Math.max(item.lastLine, line);
  } else addPiece(item, field, text, line);
  st.field = field;
  st.lastLine = line;
}
