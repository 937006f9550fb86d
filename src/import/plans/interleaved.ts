import type { Unplaced } from "../parsed.ts";
import { addPiece, type DraftItem, type DraftResult, type Field, newDraft } from "./draft.ts";
import { labelPrefix } from "./labels.ts";
import { lineKind, splitSideBySide } from "./line-kinds.ts";
import { cleanText, isPageNoise } from "./normalise.ts";
import { closedByDeadline, type OrphanRun, settleRuns } from "./orphan-runs.ts";
import { pillarHeading } from "./sections.ts";

type TextField = "action" | "activities" | "kpi" | "target";

interface State {
  pillar: number;
  current: DraftItem | null;
  /** The text field that plain text continues; RSP references and deadlines do not change it. */
  last: TextField | null;
  /** Items printed as bare labels in a row ("f)", "i)"), whose texts follow as paragraphs in order. */
  waiting: DraftItem[];
  openRsp: boolean;
  /** The run of cells being read after the current item's row was complete, if any. */
  orphan: OrphanRun | null;
  runs: OrphanRun[];
  items: DraftItem[];
  unplaced: Unplaced[];
  lastLine: number | null;
}

const BULLET = /[➢➤•▶]/;

/**
 * Reads a plan table whose cells a PDF export printed one after another, one cell or part of one
 * per line. Each line is classified (label, RSP reference, KPI, target, deadline, bullet, text) and
 * text continues the field written last; what cannot be attributed goes to unplaced.
 */
export function parseInterleaved(
  lines: string[],
  from: number,
  to: number,
  _kind: "SAP" | "AWP",
): DraftResult {
  const st: State = {
    pillar: 0,
    current: null,
    last: null,
    waiting: [],
    openRsp: false,
    orphan: null,
    runs: [],
    items: [],
    unplaced: [],
    lastLine: null,
  };
  for (let i = from; i < to; i++) {
    const raw = lines[i] ?? "";
    if (raw.trim() === "") {
      paragraphBreak(st);
      continue;
    }
    if (isPageNoise(raw)) continue;
    const pillar = pillarHeading(raw);
    if (pillar !== null && pillar === st.pillar + 1) {
      settleRuns(st.runs, st.items, st.unplaced);
      Object.assign(st, { pillar, current: null, last: null, waiting: [], openRsp: false, orphan: null });
      continue;
    }
    if (st.pillar > 0) readLine(st, cleanText(raw), i + 1);
  }
  settleRuns(st.runs, st.items, st.unplaced);
  st.unplaced.sort((a, b) => a.line - b.line);
  return { items: st.items, unplaced: st.unplaced, lastLine: st.lastLine };
}

function paragraphBreak(st: State): void {
  const first = st.waiting[0];
  if (first && first.cells.action.length > 0) st.waiting.shift();
}

function readLine(st: State, text: string, line: number): void {
  const [head = "", ...bullets] = text.split(BULLET);
  const label = labelPrefix(head.trim(), true);
  if (label) {
    st.current = newDraft(st.pillar, label.printed, line);
    st.items.push(st.current);
    st.last = "action";
    st.openRsp = false;
    st.orphan = null;
    if (label.rest === "") st.waiting.push(st.current);
    else st.waiting = [];
    readFragment(st, label.rest, line);
  } else {
    readFragment(st, head.trim(), line);
  }
  for (const bullet of bullets) {
    if (!st.current) {
      st.unplaced.push({ line, text: bullet.trim() });
      continue;
    }
    addPiece(st.current, "activities", "➢", line);
    st.last = "activities";
    readFragment(st, bullet.trim(), line);
  }
}

function readFragment(st: State, text: string, line: number): void {
  if (text === "") return;
  for (const part of splitSideBySide(text)) readPart(st, part, line);
}

function readPart(st: State, text: string, line: number): void {
  const kind = lineKind(text);
  if (kind === "header") return;
  const item = st.current;
  if (!item) {
    st.unplaced.push({ line, text });
    return;
  }
  st.lastLine = line;
  if (kind === "text") {
    readText(st, st.orphan?.cells ?? item, text, line);
    return;
  }
  const field: Field = kind === "rsp" ? "rsp" : kind === "deadline" ? "deadline" : kind;
  const into = holderFor(st, item, field, line);
  if (kind === "kpi" || kind === "target") {
    if (st.last === kind && continuesPhrase(into, kind)) appendTo(into, kind, text, line);
    else addPiece(into, kind, `<li>${text}`, line);
    st.last = kind;
  } else {
    if (into.cells[field].length > 0) st.unplaced.push({ line, text });
    else addPiece(into, field, text, line);
    st.openRsp = field === "rsp" && unbalanced(text);
  }
}

// A cell for a field the row already closed with its deadline starts a run of cells that belong
// to an item whose label is printed later.
function holderFor(st: State, item: DraftItem, field: Field, line: number): DraftItem {
  const holder = st.orphan?.cells ?? item;
  if (field === "deadline" || !closedByDeadline(holder, field)) return holder;
  st.orphan = { cells: newDraft(st.pillar, "", line), after: item };
  st.runs.push(st.orphan);
  return st.orphan.cells;
}

function readText(st: State, item: DraftItem, text: string, line: number): void {
  if (st.openRsp) {
    const rsp = item.cells.rsp.at(-1);
    if (rsp) rsp.text = `${rsp.text} ${text}`;
    st.openRsp = unbalanced(rsp?.text ?? "");
    return;
  }
  if (/^\(See also\b/i.test(text) && item.cells.activities.length > 0) {
    appendTo(item, "activities", text, line);
    return;
  }
  if (st.last === "action") appendTo(st.waiting[0] ?? item, "action", text, line);
  else if (st.last) appendTo(item, st.last, text, line);
  else st.unplaced.push({ line, text });
}

function unbalanced(text: string): boolean {
  return (text.match(/\(/g)?.length ?? 0) > (text.match(/\)/g)?.length ?? 0);
}

// "At least" / "Number of" printed on a line of their own continue on the next line.
function continuesPhrase(item: DraftItem, field: Field): boolean {
  const last = item.cells[field].at(-1)?.text ?? "";
  return /(?:At least|of|every|per|the)$/i.test(last);
}

function appendTo(item: DraftItem, field: Field, text: string, line: number): void {
  const last = item.cells[field].at(-1);
  if (last) {
    last.text = `${last.text} ${text}`;
    item.lastLine = Math.max(item.lastLine, line);
  } else addPiece(item, field, text, line);
}
