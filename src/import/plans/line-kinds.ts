/**
 * What a line of a PDF-exported plan table holds when each cell was printed on its own lines.
 * The patterns describe the vocabulary of the plans (RSP milestones, "Number of …" indicators,
 * "At least …" targets, month-year deadlines), not any one document.
 */
import { isHeaderText } from "./vocabulary.ts";

export type LineKind = "rsp" | "kpi" | "target" | "deadline" | "header" | "text";

const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
// "30 June 2024", "JUN 2014", "June 30, 2024", "30/06/2024", "2024-06-30", "On-going"
const DATE = `(?:On-?going|(?:\\d{1,2}\\s+)?${MONTH}\\s+\\d{4}|${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}|\\d{4}-\\d{2}-\\d{2})`;
// One deadline, or several for the statements of a work-plan cell ("Dec. 2012 June 2013").
const DEADLINE = new RegExp(`^${DATE}(?:\\s*(?:,|and|&)?\\s*${DATE})*$`, "i");
const RSP = /^\(?\s*(?:RSP\s+)?\d\.\d\.\d\b[^()]*\)?$|^\(?\s*ROCB A\/P specific\b.*$/i;
const KPI = /^(?:\(\d\)\s*)?(?:Number of|Results? of|Publish)\b/i;
const TARGET =
  /^(?:\(\d\)\s*)?(?:At least|Meet at least|Use of accredited|Once\b|Twice\b|\d+\s*\/\s*\d+\s+Members|\d+%)/i;

export function lineKind(text: string): LineKind {
  if (isHeaderText(text)) return "header";
  if (DEADLINE.test(text)) return "deadline";
  if (RSP.test(text)) return "rsp";
  if (KPI.test(text)) return "kpi";
  if (TARGET.test(text)) return "target";
  return "text";
}

const TRAILING_RSP = /^(.*\S)\s+(\d\.\d\.\d\s*[-–]\s*\d+(?:st|nd|rd|th)\b.*milestones?)$/;
const TRAILING_DEADLINE = new RegExp(`^(.*\\S)\\s+((?:\\d{1,2}\\s+)?${MONTH}\\s+\\d{4}|On-?going)$`, "i");
const KPI_THEN_TARGET = /^((?:Number of|Results? of)\b.*?)\s+((?:At least|Once)\b.*)$/i;
// An indicator printed beside the end of a work-plan line: "… organize a regional workshop Number of CB".
const TRAILING_KPI = /^(.*\S\s+\S.*?)\s+(Number of\b.*)$/;

/** Splits a line where two cells were printed side by side ("… action 3.2.3 - 2nd milestone"). */
export function splitSideBySide(text: string): string[] {
  for (const re of [TRAILING_RSP, KPI_THEN_TARGET, TRAILING_DEADLINE, TRAILING_KPI]) {
    const m = re.exec(text);
    if (m?.[1] && m[2]) return [...splitSideBySide(m[1]), m[2]];
  }
  return [text];
}
