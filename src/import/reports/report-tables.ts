import { WORKSHOP_KINDS, type WorkshopKind } from "../../catalogue/vocabulary.ts";
import type { ParsedSurvey, ParsedSurveyRow, ParsedWorkshop, Unplaced } from "../parsed.ts";
import { findDates } from "./dates.ts";
import { kindOf } from "./kinds.ts";
import { ACTION_COLUMNS } from "./survey-table.ts";
import { cellText, type SourceTable, sourceTables, type TableRow } from "./table-rows.ts";

/**
 * Reports that print their events and survey as tables with a header row (the annual report ROCB Desk
 * writes, or any report laid out the same way): each column is known by its header's words, in any
 * order, and each row is one event or one surveyed workshop. A cell printed as a dash is a missing figure.
 */

type HeldField =
  | "date"
  | "title"
  | "kind"
  | "audience"
  | "venue"
  | "city"
  | "host"
  | "sponsor"
  | "participants"
  | "administrations";

// Order matters: "Host country" is the host before any other match; "Administrations" before "For".
const HELD_HEADERS: Array<[RegExp, HeldField]> = [
  [/^dates?$/i, "date"],
  [/\bhost\b|^country$/i, "host"],
  [/^(?:workshop|event|title)s?\b/i, "title"],
  [/^kind|^type$/i, "kind"],
  [/^(?:for|audience|members?)$/i, "audience"],
  [/^venue$/i, "venue"],
  [/^city$/i, "city"],
  [/sponsor|fund/i, "sponsor"],
  [/participants/i, "participants"],
  [/administrations/i, "administrations"],
];

type SurveyField = "no" | "title" | "month" | "administrations" | "replies" | keyof ParsedSurveyRow;

const SURVEY_HEADERS: Array<[RegExp, SurveyField]> = [
  [/^no\.?$/i, "no"],
  [/^month$/i, "month"],
  [/^workshops?$/i, "title"],
  [/administrations/i, "administrations"],
  [/^replies$/i, "replies"],
  ...ACTION_COLUMNS,
];

const MISSING = /^(?:[-–—]|n\/?a)?$/i;

function columnsOf<F extends string>(header: TableRow, words: Array<[RegExp, F]>): Map<F, number> {
  const out = new Map<F, number>();
  header.cells.forEach((cell, i) => {
    const text = cellText(cell);
    const field = words.find(([re, f]) => re.test(text) && !out.has(f))?.[1];
    if (field) out.set(field, i);
  });
  return out;
}

const textOf = (row: TableRow, at: number | undefined) => {
  const t = at === undefined ? "" : cellText(row.cells[at]);
  return MISSING.test(t) ? null : t;
};

const numberOf = (row: TableRow, at: number | undefined): number | null => {
  const t = textOf(row, at);
  return t !== null && /^\d{1,6}$/.test(t.replace(/[,\s]/g, "")) ? Number(t.replace(/[,\s]/g, "")) : null;
};

function heldRow(row: TableRow, cols: Map<HeldField, number>, unplaced: Unplaced[]): ParsedWorkshop | null {
  const title = textOf(row, cols.get("title"));
  const dateText = textOf(row, cols.get("date")) ?? "";
  const date = findDates(dateText)[0];
  if (!title || !date) {
    if (title || dateText)
      unplaced.push({
        line: row.line,
        text: `a table row with no ${title ? "date" : "title"}: ${title ?? dateText}`,
      });
    return null;
  }
  const printedKind = textOf(row, cols.get("kind"))?.toLowerCase();
  const kind = (WORKSHOP_KINDS as readonly string[]).includes(printedKind ?? "")
    ? (printedKind as WorkshopKind)
    : kindOf(title);
  const audience = textOf(row, cols.get("audience"));
  return {
    title,
    kind,
    countries: audience ? audience.split(/\s*;\s*/).filter(Boolean) : [],
    city: textOf(row, cols.get("city")),
    hostCountry: textOf(row, cols.get("host")),
    venue: textOf(row, cols.get("venue")),
    start: date.start,
    end: date.end,
    participants: numberOf(row, cols.get("participants")),
    administrations: numberOf(row, cols.get("administrations")),
    sponsor: textOf(row, cols.get("sponsor")),
    status: "held",
    line: row.line,
    serves: [],
  };
}

function surveyRow(row: TableRow, cols: Map<SurveyField, number>, position: number): ParsedSurveyRow | null {
  const title = textOf(row, cols.get("title"));
  if (!title || /^total$/i.test(cellText(row.cells[0])) || /^total$/i.test(title)) return null;
  const month = findDates(textOf(row, cols.get("month")) ?? "").find((d) => d.precision === "month");
  const count = (f: SurveyField) => numberOf(row, cols.get(f));
  return {
    position: count("no") ?? position,
    workshopTitle: title,
    workshopMonth: month?.start ?? null,
    administrations: count("administrations"),
    replies: count("replies"),
    sharedMaterials: count("sharedMaterials"),
    submittedReports: count("submittedReports"),
    madeRecommendations: count("madeRecommendations"),
    inhouseWorkshop: count("inhouseWorkshop"),
    operationalManuals: count("operationalManuals"),
    others: count("others"),
  };
}

/** The fiscal year a survey table reports on: the nearest "FY2016/17" in the lines above it. */
function fiscalYearAbove(lines: readonly string[], table: SourceTable): string | null {
  const above = lines.slice(Math.max(0, table.line - 15), table.line).join(" ");
  const fy = [...above.matchAll(/\bFY\s?(\d{4})\s*\/\s*(\d{2,4})/g)].at(-1);
  return fy ? `${fy[1]}/${(fy[2] as string).slice(-2)}` : null;
}

export interface ReportTables {
  /** Whether the document prints its events or survey as such tables; then they are its record. */
  found: boolean;
  workshops: ParsedWorkshop[];
  surveys: ParsedSurvey[];
  /** Lines the tables span, for the other readers to leave alone. */
  ranges: Array<[number, number]>;
  unplaced: Unplaced[];
}

export function readReportTables(lines: readonly string[]): ReportTables {
  const out: ReportTables = { found: false, workshops: [], surveys: [], ranges: [], unplaced: [] };
  for (const table of sourceTables(lines)) {
    const [header, ...rows] = table.rows;
    if (!header) continue;
    const held = columnsOf(header, HELD_HEADERS);
    if (held.has("date") && held.has("title") && held.size >= 4) {
      out.found = true;
      out.ranges.push(table.range);
      out.workshops.push(...rows.flatMap((r) => heldRow(r, held, out.unplaced) ?? []));
      continue;
    }
    const survey = columnsOf(header, SURVEY_HEADERS);
    const actions = ACTION_COLUMNS.filter(([, f]) => survey.has(f)).length;
    if (survey.has("title") && survey.has("replies") && actions >= 4) {
      const fiscalYear = fiscalYearAbove(lines, table);
      out.found = true;
      out.ranges.push(table.range);
      if (!fiscalYear) {
        out.unplaced.push({
          line: table.line,
          text: "a follow-up survey table with no fiscal year (FY2016/17) above it",
        });
        continue;
      }
      const parsed = rows.flatMap((r, i) => surveyRow(r, survey, i + 1) ?? []);
      if (parsed.length > 0) out.surveys.push({ fiscalYear, rows: parsed });
    }
  }
  return out;
}
