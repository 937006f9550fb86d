import type { Unplaced } from "../parsed.ts";
import { columnsOf, isHeaderRow } from "./columns.ts";
import { addPiece, type DraftItem, emptyResult, type Field, newDraft, type SectionReader } from "./draft.ts";
import { cleanText, isPageNoise } from "./normalise.ts";
import { pillarHeading } from "./sections.ts";
import { isBareLabel, labelAt } from "./vocabulary.ts";

interface State {
  kind: "SAP" | "AWP";
  pillar: number;
  columns: Field[];
  current: DraftItem | null;
  pendingLabel: string | null;
  items: DraftItem[];
  unplaced: Unplaced[];
  lastLine: number | null;
}

/** Reads a tab-separated plan table (one row per line, repeated headers and page headers between). */
export const parseTabular: SectionReader = (lines, from, to, kind) => {
  const st: State = {
    kind,
    pillar: 0,
    columns: [],
    current: null,
    pendingLabel: null,
    ...emptyResult(),
  };
  for (let i = from; i < to; i++) {
    const source = lines[i];
    if (source && !readLine(st, source.text, source.line)) break;
  }
  return { items: st.items, unplaced: st.unplaced, lastLine: st.lastLine };
};

/** False when the line ends the table. */
function readLine(st: State, raw: string, line: number): boolean {
  if (raw.trim() === "" || isPageNoise(raw)) return true;
  const pillar = pillarHeading(raw);
  if (pillar !== null && pillar > st.pillar) {
    st.pillar = pillar;
    st.current = null;
    return true;
  }
  if (isHeaderRow(raw)) {
    st.columns = columnsOf(raw, st.kind);
    return true;
  }
  if (!raw.includes("\t")) {
    if (isBareLabel(raw) && st.columns.length > 0) {
      st.pendingLabel = raw.trim();
      return true;
    }
    if (st.items.length > 0 && !st.current) return false;
    if (st.items.length > 0 && st.current && !looksLikeRowText(raw)) return false;
  }
  if (st.pillar === 0 || st.columns.length === 0) {
    st.unplaced.push({ line, text: cleanText(raw) });
    return true;
  }
  readRow(st, raw, line);
  return true;
}

// A line without tabs inside a table is a row whose other cells are empty; prose after the table is not.
function looksLikeRowText(raw: string): boolean {
  return labelAt(cleanText(raw)) !== null;
}

function readRow(st: State, raw: string, line: number): void {
  const { label, cells } = splitRow(raw, st.columns.length);
  let printed = label;
  let action = cleanText(cells[0] ?? "");
  if (st.pendingLabel !== null) {
    printed = st.pendingLabel + (printed ?? "");
    st.pendingLabel = null;
  }
  if (printed && !printed.includes(")") && action.startsWith(")")) {
    printed += ")";
    action = action.slice(1).trim();
  }
  if (!printed) {
    const prefix = labelAt(action);
    if (prefix) {
      printed = prefix.printed;
      action = prefix.rest;
    }
  }
  const isNew = printed ? true : !isContinuation(action);
  if (isNew || !st.current) {
    if (!isNew) {
      st.unplaced.push({ line, text: cleanText(raw) });
      return;
    }
    st.current = newDraft(st.pillar, printed ?? "", line);
    st.items.push(st.current);
  }
  const item = st.current;
  st.columns.forEach((field, i) => {
    addPiece(item, field, i === 0 ? action : (cells[i] ?? ""), line);
  });
  item.lastLine = line;
  st.lastLine = line;
}

/** Text that carries on the previous row: empty, lower case, or only an RSP reference. */
function isContinuation(action: string): boolean {
  return action === "" || /^[a-z]/.test(action) || /^\(\s*RSP\b[^()]*\)$/i.test(action);
}

/**
 * Cells of a row aligned with the header's columns: an extra leading cell is the label cell
 * (empty when the label was lost), and stray short fragments of split cells are joined to the next one.
 */
export function splitRow(raw: string, ncols: number): { label: string | null; cells: string[] } {
  const cells = raw.split("\t");
  let label: string | null = null;
  if (cells.length > ncols && cleanText(cells[0] ?? "").length <= 4) {
    label = cleanText(cells.shift() ?? "");
  }
  while (cells.length > ncols && trailingEmpty(cells)) cells.pop();
  while (cells.length > ncols) {
    const k = shortestFragment(cells);
    const short = cleanText(cells[k] ?? "");
    const next = cells[k + 1] ?? "";
    const glue = /[A-Za-z]$/.test(short) && /^[a-z]/.test(cleanText(next)) ? "" : " ";
    cells.splice(k, 2, `${short}${glue}${next}`);
  }
  return { label: label === "" ? "" : label, cells };
}

function trailingEmpty(cells: string[]): boolean {
  return cleanText(cells[cells.length - 1] ?? "") === "";
}

function shortestFragment(cells: string[]): number {
  let best = 1;
  for (let k = 1; k < cells.length - 1; k++) {
    if (cleanText(cells[k] ?? "").length < cleanText(cells[best] ?? "").length) best = k;
  }
  return best;
}
