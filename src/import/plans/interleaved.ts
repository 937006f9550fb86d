import type { Unplaced } from "../parsed.ts";
import { fillBareBullets } from "./bare-bullets.ts";
import { addPiece, type DraftItem, emptyResult, type Field, newDraft, type SectionReader } from "./draft.ts";
import { handOutKpis } from "./kpi-runs.ts";
import { lineKind, splitSideBySide } from "./line-kinds.ts";
import { cleanText, isPageNoise } from "./normalise.ts";
import { closedByDeadline, type OrphanRun, settleRuns } from "./orphan-runs.ts";
import { pillarHeading } from "./sections.ts";
import {
  danglingKpi,
  type Route,
  routeText,
  type TextField,
  type Turn,
  unbalanced,
  words,
} from "./text-routing.ts";
import { BULLET_GLYPHS, BULLET_MARK, labelAt } from "./vocabulary.ts";

interface State {
  pillar: number;
  current: DraftItem | null;
  /** The text field that plain text continues; RSP references and deadlines do not change it. */
  last: TextField | null;
  /** The text fields written since the last blank line, when columns were printed line by line in turn. */
  row: TextField[];
  /** The same, once per write and in order: shows whether the lines went to the columns in turn. */
  turns: Turn[];
  workPlan: boolean;
  /** A bullet was just read on this line: its text is an activity whatever the columns around it. */
  bulletText: boolean;
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

const BULLET = new RegExp(`[${BULLET_GLYPHS}]`);

/**
 * Reads a plan table whose cells a PDF export printed one after another, one cell or part of one
 * per line. Each line is classified (label, RSP reference, KPI, target, deadline, bullet, text) and
 * text continues the field written last; what cannot be attributed goes to unplaced.
 */
export const parseInterleaved: SectionReader = (lines, from, to, kind) => {
  const st: State = {
    pillar: 0,
    current: null,
    last: null,
    row: [],
    turns: [],
    workPlan: kind === "AWP",
    bulletText: false,
    waiting: [],
    openRsp: false,
    orphan: null,
    runs: [],
    ...emptyResult(),
  };
  for (let i = from; i < to; i++) {
    const raw = lines[i]?.text ?? "";
    const line = lines[i]?.line ?? i + 1;
    if (raw.trim() === "") {
      paragraphBreak(st);
      continue;
    }
    if (isPageNoise(raw)) continue;
    const pillar = pillarHeading(raw);
    if (pillar !== null && pillar === st.pillar + 1) {
      settleRuns(st.runs, st.items, st.unplaced);
      Object.assign(st, {
        pillar,
        current: null,
        last: null,
        row: [],
        turns: [],
        waiting: [],
        openRsp: false,
        orphan: null,
      });
      continue;
    }
    if (st.pillar > 0) readLine(st, cleanText(raw), line);
  }
  settleRuns(st.runs, st.items, st.unplaced);
  handOutKpis(st.items);
  fillBareBullets(st.items);
  st.unplaced.sort((a, b) => a.line - b.line);
  return { items: st.items, unplaced: st.unplaced, lastLine: st.lastLine };
};

function paragraphBreak(st: State): void {
  st.row = [];
  st.turns = [];
  const first = st.waiting[0];
  if (first && first.cells.action.length > 0) st.waiting.shift();
}

function readLine(st: State, text: string, line: number): void {
  const [head = "", ...bullets] = text.split(BULLET);
  const label = labelAt(head.trim(), true);
  if (label) {
    st.current = newDraft(st.pillar, label.printed, line);
    st.items.push(st.current);
    st.last = "action";
    st.row = ["action"];
    st.turns = [{ field: "action", line, words: 0 }];
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
    addPiece(st.current, "activities", BULLET_MARK, line);
    wrote(st, "activities", line);
    st.bulletText = true;
    readFragment(st, bullet.trim(), line);
    st.bulletText = false;
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
    readTextOrTail(st, st.orphan?.cells ?? item, text, line);
    return;
  }
  st.bulletText = false;
  const field: Field = kind === "rsp" ? "rsp" : kind === "deadline" ? "deadline" : kind;
  const into = holderFor(st, item, field, line);
  if (kind === "kpi" || kind === "target") {
    if (st.last === kind && continuesPhrase(into, kind)) appendTo(into, kind, text, line);
    else addPiece(into, kind, `<li>${text}`, line);
    wrote(st, kind, line, text);
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

function wrote(st: State, field: TextField, line: number, text = ""): void {
  st.last = field;
  const turn = st.turns.at(-1);
  if (turn?.field === field && turn.line === line) turn.words += words(text);
  else st.turns.push({ field, line, words: words(text) });
  if (!st.row.includes(field)) st.row.push(field);
}

// An indicator cut mid-phrase goes on at the end of the next long line, printed beside another column.
function readTextOrTail(st: State, item: DraftItem, text: string, line: number): void {
  // A note reads "(See also …)": a word printed between "See" and a line break came from the
  // indicator column beside it ("(See Recommendation" / "also 1-(x))").
  const note = /^(.*\(See)\s+(?!also\b)([A-Za-z][\w-]*)$/i.exec(text);
  if (note?.[1] && note[2] && st.row.includes("kpi") && item.cells.kpi.length > 0) {
    readText(st, item, note[1], line);
    appendTo(item, "kpi", note[2], line);
    return;
  }
  // The indicator's next words: one word, or a word and "of" when the phrase goes on ("exchange of").
  // A line carrying on a sentence (lower case) gives only such an unfinished phrase.
  const phrase = /^(.*\S)\s+(\w+ of)$/.exec(text);
  const tail = phrase ?? /^(.*\S)\s+(\S+)$/.exec(text);
  const besideKpi =
    (phrase ? /^[A-Za-z][^()]*$/ : /^[A-Z][^()]*$/).test(text) &&
    words(text) > 4 &&
    /^[A-Za-z][\w/ -]*$/.test(tail?.[2] ?? "");
  if (!st.openRsp && tail?.[1] && tail[2] && besideKpi && st.row.includes("kpi") && danglingKpi(item)) {
    readText(st, item, tail[1], line);
    appendTo(item, "kpi", tail[2], line);
    wrote(st, "kpi", line, tail[2]);
  } else readText(st, item, text, line);
}

function readText(st: State, item: DraftItem, text: string, line: number): void {
  if (st.openRsp) {
    const rsp = item.cells.rsp.at(-1);
    if (rsp) rsp.text = `${rsp.text} ${text}`;
    st.openRsp = unbalanced(rsp?.text ?? "");
    return;
  }
  const route: Route | null = st.bulletText
    ? { field: "activities", fresh: false }
    : routeText(item, { row: st.row, turns: st.turns, last: st.last }, text, st.workPlan);
  st.bulletText = false;
  if (!route) st.unplaced.push({ line, text });
  else if (route.fresh) addPiece(item, route.field, text, line);
  else if (route.field === "action") appendTo(st.waiting[0] ?? item, "action", text, line);
  else appendTo(item, route.field, text, line);
  if (route) wrote(st, route.field, line, text);
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
