import type { SourceLine } from "../document.ts";
import type { Unplaced } from "../parsed.ts";

export type { Field } from "./vocabulary.ts";

import type { Field } from "./vocabulary.ts";

export interface Piece {
  text: string;
  line: number;
}

/** An item as read from the table, before its letter is settled and its cells are interpreted. */
export interface DraftItem {
  pillar: number;
  /** The label as printed; "" when lost. */
  printed: string;
  cells: Record<Field, Piece[]>;
  firstLine: number;
  lastLine: number;
}

export interface DraftResult {
  items: DraftItem[];
  unplaced: Unplaced[];
  /** 1-based line of the last line that belonged to the table, or null when nothing was read. */
  lastLine: number | null;
}

/** A plan section's lines, as every reader receives them: lines[from] … lines[to - 1]. */
export type SectionReader = (
  lines: SourceLine[],
  from: number,
  to: number,
  kind: "SAP" | "AWP",
) => DraftResult;

/** The empty result a reader fills while it reads. */
export function emptyResult(): DraftResult {
  return { items: [], unplaced: [], lastLine: null };
}

export function newDraft(pillar: number, printed: string, line: number): DraftItem {
  return {
    pillar,
    printed,
    cells: { action: [], rsp: [], kpi: [], target: [], deadline: [], activities: [] },
    firstLine: line,
    lastLine: line,
  };
}

export function addPiece(item: DraftItem, field: Field, text: string, line: number): void {
  if (text.trim() === "") return;
  item.cells[field].push({ text, line });
  item.lastLine = Math.max(item.lastLine, line);
}
