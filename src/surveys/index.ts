import type { Db } from "../db/open.ts";
import { printedBaseline } from "./history.ts";
import { rateSummary } from "./render.ts";
import { silentAfterNudge, surveyStats } from "./status.ts";

export { FOLLOW_UP_ACTIONS } from "./actions.ts";
export { SurveysError } from "./errors.ts";
export { importParticipants, parseParticipantsCsv } from "./participants.ts";
export { findSurveyResponse, saveSurveyResponse } from "./responses.ts";
export {
  looksLikeFiscalYear,
  parseFiscalYear,
  silentAfterNudge,
  surveyCsv,
  surveyStats,
  unreachedParticipants,
  type WorkshopSurveyStats,
} from "./status.ts";
export { addWorkshop, listWorkshops, updateWorkshop } from "./workshops.ts";

/** One line on a workshop's follow-up survey for `/workshops show`, or null when there is none. */
export function workshopSurveyStatus(db: Db, workshopId: number): string | null {
  const s = surveyStats(db, [workshopId])[0];
  if (!s) return null;
  const people = `${s.participants} participant${s.participants === 1 ? "" : "s"}`;
  if (s.endDate?.length !== 10) {
    return `Follow-up survey: ${people}; not scheduled until the workshop's exact dates are set.`;
  }
  if (s.sent === 0 && s.unreachable === 0 && s.nextDue)
    return `Follow-up survey: ${people}, due ${s.nextDue}.`;
  const rate = s.responseRate === null ? "" : ` (${Math.round(s.responseRate * 100)}%)`;
  const extra = [
    s.unreachable > 0 ? `${s.unreachable} unreachable` : "",
    s.failed > 0 ? `${s.failed} failed` : "",
    s.skipped > 0 ? `${s.skipped} skipped` : "",
  ].filter(Boolean);
  return `Follow-up survey: ${people}, ${s.sent} asked, ${s.answered} answered${rate}${extra.length ? `, ${extra.join(", ")}` : ""}.`;
}

/** App Home's staff line: the bot's response rates beside the printed baseline, and who to call. */
export function surveyRatesLine(db: Db): string | null {
  const stats = surveyStats(db).filter((s) => s.sent > 0);
  if (stats.length === 0) return null;
  const silent = silentAfterNudge(db).length;
  const call =
    silent > 0 ? ` ${silent} administration(s) have not answered after the nudge: \`/survey status\`.` : "";
  return `${rateSummary(stats, printedBaseline(db))}${call}`;
}
