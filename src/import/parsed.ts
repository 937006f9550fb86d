import type { WorkshopKind, WorkshopStatus } from "../catalogue/vocabulary.ts";
import type { Abbreviation } from "./abbreviations.ts";

/**
 * What a parser reads out of one document, before anything is written.
 * Line numbers are 1-based lines of the source file.
 */

/** An action item reference such as 1-(b). */
export interface ItemRef {
  pillar: number;
  letter: string;
}

export interface ParsedActivity {
  /** The bullet's text without its "(See also …)" note. */
  text: string;
  seeAlso: ItemRef[];
  line: number;
}

export interface ParsedItem {
  pillar: number;
  /** `a` … `z`, `aa` … `ll` */
  letter: string;
  action: string;
  rspRef: string | null;
  kpis: string[];
  targets: string[];
  /** Deadline or timeframe as printed ("30 June 2024", "JUN 2014", "On-going"). */
  deadline: string | null;
  activities: ParsedActivity[];
  /** The label as printed when it had to be repaired ("8)", "I)", "" for a lost label), else null. */
  repairedLabel: string | null;
  firstLine: number;
  lastLine: number;
}

export interface ParsedPlan {
  kind: "SAP" | "AWP";
  title: string;
  /** ISO dates; fiscal years run 1 July - 30 June. */
  periodStart: string;
  periodEnd: string;
  items: ParsedItem[];
  /**
   * What the reader saw of the plan's table, for telling a plan read whole from one read in pieces:
   * the line of its heading, the rows that began with a label, the lines of text it could not place.
   */
  evidence?: { line: number; labels: number; unplaced: number };
}

export interface ParsedWorkshop {
  title: string;
  kind: WorkshopKind;
  /** The Members it is for (or the region's name as printed); where it was held is city, venue, host country. */
  countries: string[];
  city: string | null;
  /** The country it was held in, when known. */
  hostCountry: string | null;
  venue: string | null;
  /** `YYYY-MM-DD`, or `YYYY-MM` when only the month is printed; null when not set. */
  start: string | null;
  end: string | null;
  participants: number | null;
  administrations: number | null;
  sponsor: string | null;
  status: WorkshopStatus;
  line: number;
  /** Action items this workshop serves (planned workshops of an AWP). */
  serves: ItemRef[];
}

export interface ParsedSurveyRow {
  position: number;
  workshopTitle: string;
  /** `YYYY-MM` when printed. */
  workshopMonth: string | null;
  administrations: number | null;
  replies: number | null;
  sharedMaterials: number | null;
  submittedReports: number | null;
  madeRecommendations: number | null;
  inhouseWorkshop: number | null;
  operationalManuals: number | null;
  others: number | null;
}

export interface ParsedSurvey {
  /** e.g. "2016/17" */
  fiscalYear: string;
  rows: ParsedSurveyRow[];
}

/** Text inside a table or event list that the parser could not place. */
export interface Unplaced {
  line: number;
  text: string;
}

export interface ParsedDocument {
  /** An article is a news item or a newsletter page about held events (`articles/`). */
  kind: "plan" | "annual_report" | "article";
  title: string;
  plans: ParsedPlan[];
  workshops: ParsedWorkshop[];
  surveys: ParsedSurvey[];
  /** Abbreviations the document defines in brackets, for questions and searches to take either form. */
  abbreviations: Abbreviation[];
  unplaced: Unplaced[];
}
