import type { Db } from "../db/open.ts";
import { FOLLOW_UP_ACTIONS, type FollowUpAction } from "../surveys/actions.ts";
import { type PrintedResult, printedResults } from "../surveys/history.ts";
import { surveyStats, type WorkshopSurveyStats } from "../surveys/status.ts";
import { type FiscalYear, heldIn } from "./year.ts";

/** One workshop's line of the follow-up survey annex, from a printed annex or from the bot's own survey. */
export interface SurveyLine {
  title: string;
  /** `YYYY-MM` */
  month: string | null;
  administrations: number | null;
  /** Participants the bot surveyed; a printed annex does not give it. */
  surveyed: number | null;
  replies: number | null;
  actions: Record<FollowUpAction, number | null>;
}

export interface SurveyRound {
  fiscalYear: FiscalYear;
  /** "printed": as an annual report printed it (survey_history); "collected": the bot's own survey. */
  source: "printed" | "collected" | null;
  lines: SurveyLine[];
  /** The bot's round: administrations answering, for the rate the reports print. */
  administrationsAnswered: number | null;
  /** The latest printed round before this one, for comparison. */
  lastPrinted: { fiscalYear: string; administrations: number; replies: number } | null;
  /** Free-text answers per workshop ("What changed in your administration?"), only when asked for. */
  answers: Array<{ title: string; texts: string[] }>;
}

const nullActions = () =>
  Object.fromEntries(FOLLOW_UP_ACTIONS.map((a) => [a.key, null])) as Record<FollowUpAction, number | null>;

function printedLine(r: PrintedResult): SurveyLine {
  return {
    title: r.title,
    month: r.month,
    administrations: r.administrations,
    surveyed: null,
    replies: r.replies,
    actions: r.actions,
  };
}

function collectedLine(s: WorkshopSurveyStats): SurveyLine {
  return {
    title: s.title,
    month: s.startDate?.slice(0, 7) ?? null,
    administrations: s.administrationsSurveyed,
    surveyed: s.sent,
    replies: s.answered,
    actions: { ...nullActions(), ...s.actions },
  };
}

/** The latest printed round before `fy`, summed over its workshops. */
function lastPrintedBefore(db: Db, fy: FiscalYear): SurveyRound["lastPrinted"] {
  const year = db
    .prepare("SELECT max(fiscal_year) FROM survey_history WHERE fiscal_year < ?")
    .pluck()
    .get(fy.label) as string | null;
  if (!year) return null;
  const rows = printedResults(db, { fiscalYear: year });
  const administrations = rows.reduce((n, r) => n + (r.administrations ?? 0), 0);
  if (administrations === 0) return null;
  return { fiscalYear: year, administrations, replies: rows.reduce((n, r) => n + (r.replies ?? 0), 0) };
}

/**
 * The follow-up survey of the workshops held in `fy`: the annex an annual report printed for it when
 * the catalogue holds one (the office's own record), else the bot's own survey of those workshops.
 */
export function surveyRound(db: Db, fy: FiscalYear, withAnswers: boolean): SurveyRound {
  const lastPrinted = lastPrintedBefore(db, fy);
  const printed = printedResults(db, { fiscalYear: fy.label });
  const base = { fiscalYear: fy, lastPrinted, answers: [] };
  if (printed.length > 0) {
    return { ...base, source: "printed", lines: printed.map(printedLine), administrationsAnswered: null };
  }
  const ids = heldIn(db, fy).map((w) => w.id);
  const stats = surveyStats(db, ids).filter((s) => s.sent > 0);
  if (stats.length === 0) return { ...base, source: null, lines: [], administrationsAnswered: null };
  const answers = withAnswers
    ? stats
        .map((s) => ({
          title: s.title,
          texts: db
            .prepare(
              "SELECT changes FROM survey_responses WHERE workshop_id = ? AND trim(COALESCE(changes, '')) <> '' ORDER BY submitted_at, id",
            )
            .pluck()
            .all(s.workshopId) as string[],
        }))
        .filter((a) => a.texts.length > 0)
    : [];
  return {
    ...base,
    source: "collected",
    lines: stats.map(collectedLine),
    administrationsAnswered: stats.reduce((n, s) => n + s.administrationsAnswered, 0),
    answers,
  };
}
