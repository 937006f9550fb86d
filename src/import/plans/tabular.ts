import { columnsFromRow, columnsOf, isHeaderRow } from "./columns.ts";
import type { SectionReader } from "./draft.ts";
import { continuesRow, enterPillar, type Grammar, newGrammar, placeCells, startItem } from "./grammar.ts";
import { cleanText, isPageNoise } from "./normalise.ts";
import { pillarHeading } from "./sections.ts";
import { isBareLabel, labelAt } from "./vocabulary.ts";

interface State extends Grammar {
  kind: "SAP" | "AWP";
  /** A label printed on a line of its own, for the row on the next line. */
  pendingLabel: string | null;
}

/**
 * Reads a plan table printed one row per line with tab-separated cells (Word, HTML and markdown
 * exports, after `cells.ts`), repeated headers and page headers between rows; the grammar fills each
 * row's cells into their columns. The table ends at a line of prose after its rows.
 */
export const parseTabular: SectionReader = (lines, from, to, kind) => {
  const st: State = { ...newGrammar([]), kind, pendingLabel: null };
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
    enterPillar(st, pillar);
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
  if (st.pillar > 0 && st.columns.length === 0 && startsRow(raw)) st.columns = columnsFromRow(raw, st.kind);
  if (st.pillar === 0 || st.columns.length === 0) {
    st.unplaced.push({ line, text: cleanText(raw) });
    return true;
  }
  readRow(st, raw, line);
  return true;
}

// A row of two or more cells, labelled or with an empty label cell (a label lost): where a table
// printed without its header begins.
function startsRow(raw: string): boolean {
  const cells = raw.split("\t").map(cleanText);
  const first = cells[0] ?? "";
  const labelled = first === "" || isBareLabel(first) || labelAt(first) !== null;
  return labelled && cells.filter((c) => c !== "").length >= 2;
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
    const prefix = labelAt(action) ?? (isBareLabel(action) ? { printed: action, rest: "" } : null);
    if (prefix) {
      printed = prefix.printed;
      action = prefix.rest;
    }
  }
  const isNew = printed ? true : !continuesRow(action);
  const item = isNew ? startItem(st, printed ?? "", line) : st.current;
  if (!item) st.unplaced.push({ line, text: cleanText(raw) });
  else placeCells(st, item, [action, ...cells.slice(1)], line);
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
