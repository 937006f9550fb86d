import type { ParsedSurvey, ParsedSurveyRow, Unplaced } from "../parsed.ts";
import { findDates } from "./dates.ts";
import { clean } from "./text.ts";

type Cell =
  | { kind: "label"; n: number; line: number }
  | { kind: "number"; n: number; line: number }
  | { kind: "total"; line: number }
  | { kind: "text"; text: string; line: number };

const LABEL = /^\((\d{1,2})\)$/;
const NUMBER = /^\d{1,4}$/;
const PERCENT = /^\(?\d{1,3}\s*%\)?$/;
const MONTH_END = /\((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*(?:\d{4})?\)?$/;

/** The cells of a PDF table, one per line, from `from` until prose resumes. */
function cells(lines: string[], from: number): Cell[] {
  const out: Cell[] = [];
  for (let i = from; i < lines.length; i++) {
    const text = clean(lines[i] as string);
    if (text === "" || PERCENT.test(text)) continue;
    const label = LABEL.exec(text);
    if (label) out.push({ kind: "label", n: Number(label[1]), line: i + 1 });
    else if (NUMBER.test(text)) out.push({ kind: "number", n: Number(text), line: i + 1 });
    else if (/^Total$/i.test(text)) out.push({ kind: "total", line: i + 1 });
    else if (text.length > 75 && !MONTH_END.test(text)) break;
    else out.push({ kind: "text", text, line: i + 1 });
  }
  return out;
}

/** Table 1: per workshop, its title "(Jul. 2016)", the administrations that took part, and the replies. */
function readReplies(lines: string[], from: number): ParsedSurveyRow[] {
  const rows: ParsedSurveyRow[] = [];
  let label: number | null = null;
  let title: string[] = [];
  let numbers: number[] = [];
  const flush = () => {
    if (title.length === 0) return;
    const text = title.join(" ");
    const position = label ?? (rows.at(-1)?.position ?? 0) + 1;
    const month = findDates(text).find((d) => d.precision === "month");
    rows.push({
      ...emptyCounts(),
      position,
      workshopTitle: text.replace(/\s*\([^()]*\d{4}\)?\s*$/, "").trim(),
      workshopMonth: month?.start ?? null,
      administrations: numbers[0] ?? null,
      replies: numbers[1] ?? null,
    });
    label = null;
    title = [];
    numbers = [];
  };
  for (const cell of cells(lines, from)) {
    if (cell.kind === "total") break;
    if (cell.kind === "label") {
      // Text before the first label is the table's header, not a title.
      if (numbers.length >= 2) flush();
      else title = [];
      label = cell.n;
    } else if (cell.kind === "text") {
      if (numbers.length > 0) flush();
      title.push(cell.text);
    } else if (title.length > 0 && numbers.length < 2) numbers.push(cell.n);
  }
  flush();
  return rows.filter((r) => r.administrations !== null);
}

/** The follow-up actions' columns, known by their header words (shared with the table reader). */
export const ACTION_COLUMNS: Array<[RegExp, keyof ParsedSurveyRow]> = [
  [/shared/i, "sharedMaterials"],
  [/submitted/i, "submittedReports"],
  [/recommend/i, "madeRecommendations"],
  [/in-?\s?house/i, "inhouseWorkshop"],
  [/manual/i, "operationalManuals"],
  [/others?/i, "others"],
];

/** The follow-up action table: column order from its header, then "(n)" and one count per column. */
function readActions(lines: string[], from: number): Map<number, Partial<ParsedSurveyRow>> | null {
  const header = lines
    .slice(from, from + 25)
    .map(clean)
    .join(" ");
  const order = ACTION_COLUMNS.map(([re, key]) => ({ key, at: header.search(re) }))
    .filter((c) => c.at !== -1)
    .sort((a, b) => a.at - b.at)
    .map((c) => c.key);
  if (order.length < 4) return null;
  const out = new Map<number, Partial<ParsedSurveyRow>>();
  let label: number | null = null;
  let counts: number[] = [];
  for (const cell of cells(lines, from)) {
    if (cell.kind === "label" || cell.kind === "total") {
      label = cell.kind === "label" ? cell.n : null;
      counts = [];
    } else if (cell.kind === "number" && label !== null) {
      counts.push(cell.n);
      if (counts.length === order.length) {
        out.set(label, Object.fromEntries(order.map((key, i) => [key, counts[i]])));
        label = null;
      }
    }
  }
  return out;
}

function emptyCounts() {
  return {
    sharedMaterials: null,
    submittedReports: null,
    madeRecommendations: null,
    inhouseWorkshop: null,
    operationalManuals: null,
    others: null,
  };
}

/**
 * The Follow-Up Action Survey: "(Table 1)" lists the surveyed workshops with administrations and replies;
 * a later table whose header names the follow-up actions gives their counts per workshop number.
 * The fiscal year is the nearest "FY2016/17" before the table. Returns the lines the tables span.
 */
export function readSurvey(lines: string[]): {
  survey: ParsedSurvey | null;
  range: [number, number] | null;
  unplaced: Unplaced[];
} {
  const t1 = lines.findIndex(
    (l, i) =>
      /^\s*\(?Table\s*1\)?\s*$/i.test(l) && /survey/i.test(lines.slice(Math.max(0, i - 12), i + 3).join(" ")),
  );
  if (t1 === -1) return { survey: null, range: null, unplaced: [] };
  const before = lines.slice(Math.max(0, t1 - 40), t1).join(" ");
  const fy = [...before.matchAll(/\bFY\s?(\d{4})\s*\/\s*(\d{2,4})/g)].at(-1);
  const rows = readReplies(lines, t1 + 1);
  const unplaced: Unplaced[] = [];
  let last = t1 + 1;
  for (let i = t1 + 1; i < Math.min(lines.length, t1 + 800); i++) {
    if (!/^\s*\(?Table\s*\d\)?\s*$/i.test(lines[i] as string)) continue;
    last = i + 1;
    const actions = readActions(lines, i + 1);
    if (!actions) continue;
    for (const row of rows) Object.assign(row, actions.get(row.position) ?? {});
    for (const n of actions.keys()) {
      if (!rows.some((r) => r.position === n))
        unplaced.push({
          line: i + 1,
          text: `follow-up counts for workshop (${n}) which Table 1 does not list`,
        });
    }
  }
  const end = cells(lines, last).at(-1)?.line ?? last;
  if (!fy || rows.length === 0) return { survey: null, range: [t1 + 1, end], unplaced };
  const fiscalYear = `${fy[1]}/${(fy[2] as string).slice(-2)}`;
  return { survey: { fiscalYear, rows }, range: [t1 + 1, end], unplaced };
}
