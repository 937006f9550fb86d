import { context, section } from "../blocks/builders.ts";
import { escapeMrkdwn, oneLine, truncate } from "../blocks/escape.ts";
import type { ReplyBlock } from "../blocks/kit.ts";
import type { Db } from "../db/open.ts";
import { readsOf, remember } from "../db/read-cache.ts";
import { FOLLOW_UP_ACTIONS } from "./actions.ts";
import { type PrintedResult, printedBaseline, printedResults } from "./history.ts";
import { printedBlocks, rateSummary } from "./render.ts";
import { surveyStats, type WorkshopSurveyStats } from "./status.ts";

// Follow-up survey results in aggregate, for everyone: counts per workshop and per fiscal year, never a
// participant's name, address or free-text answer (those stay in the staff-only `/survey status`).

/** What to show: printed rows (ids from a search, or a fiscal year's) and the bot's own workshops. */
export interface ResultsQuery {
  fiscalYear: { label: string; from: string; to: string } | null;
  /** survey_history ids a search found; null for all of the fiscal year (or every year). */
  printedIds: readonly number[] | null;
  /** Catalogue workshops whose own survey figures to show; null for all of the fiscal year. */
  workshopIds: readonly number[] | null;
}

export interface SurveyResults {
  printed: PrintedResult[];
  own: WorkshopSurveyStats[];
  /** Printed totals per fiscal year of the rows shown, and of the whole year when only some are shown. */
  years: Array<{ fiscalYear: string; administrations: number; replies: number; workshops: number }>;
}

const pct = (part: number, whole: number) => (whole > 0 ? `${Math.round((part / whole) * 100)}%` : "–");

const fiscalYearOf = (date: string | null, fy: ResultsQuery["fiscalYear"]) =>
  !fy || (date !== null && date >= fy.from.slice(0, date.length) && date <= fy.to.slice(0, date.length));

export function surveyResults(db: Db, q: ResultsQuery): SurveyResults {
  const printed =
    q.printedIds && q.printedIds.length === 0
      ? []
      : printedResults(db, {
          ...(q.fiscalYear ? { fiscalYear: q.fiscalYear.label } : {}),
          ...(q.printedIds ? { ids: q.printedIds } : {}),
        });
  const own =
    q.workshopIds && q.workshopIds.length === 0
      ? []
      : surveyStats(db, q.workshopIds ?? undefined).filter(
          (s) => s.sent > 0 && fiscalYearOf(s.endDate, q.fiscalYear),
        );
  const years = [...new Set(printed.map((r) => r.fiscalYear))].map((fiscalYear) => {
    const all = printedResults(db, { fiscalYear });
    return {
      fiscalYear,
      workshops: all.length,
      administrations: all.reduce((n, r) => n + (r.administrations ?? 0), 0),
      replies: all.reduce((n, r) => n + (r.replies ?? 0), 0),
    };
  });
  return { printed, own, years };
}

const actionsText = (counts: Record<string, number | null>) =>
  FOLLOW_UP_ACTIONS.map((a) => `${a.label.toLowerCase()} ${counts[a.key] ?? "–"}`).join(", ");

/** One printed row in a sentence: surveyed, replies, rate and the six actions. */
export function printedSentence(r: PrintedResult): string {
  const month = r.month ? `, ${r.month}` : "";
  const counts =
    r.administrations !== null && r.replies !== null
      ? `${r.replies} of ${r.administrations} administrations surveyed replied (${pct(r.replies, r.administrations)})`
      : "replies not printed";
  return `*${escapeMrkdwn(truncate(oneLine(r.title), 200))}* (FY${r.fiscalYear}${month}): ${counts}. Actions taken: ${actionsText(r.actions)}.`;
}

/** Results as blocks: each fiscal year's rate against the baseline, the rows, the bot's own figures. */
export function resultsBlocks(db: Db, results: SurveyResults): ReplyBlock[] {
  const baseline = remember(readsOf(db), "printed survey baseline", () => printedBaseline(db));
  const blocks: ReplyBlock[] = [];
  const table = results.printed.length > 4;
  for (const y of results.years) {
    // The table's own heading gives the total of a year shown whole.
    if (table && results.printed.filter((r) => r.fiscalYear === y.fiscalYear).length === y.workshops)
      continue;
    const isBaseline =
      baseline?.fiscalYear === y.fiscalYear ? " — the baseline ROCB Desk's own rate is set beside" : "";
    blocks.push(
      section(
        `*FY${y.fiscalYear}*: ${y.replies} of ${y.administrations} administrations surveyed replied (${pct(y.replies, y.administrations)}) over ${y.workshops} workshops, as printed in the annual report${isBaseline}.`,
      ),
    );
  }
  if (table) blocks.push(...printedBlocks(results.printed).blocks);
  else if (results.printed.length > 0) blocks.push(section(results.printed.map(printedSentence).join("\n")));
  if (results.own.length > 0) {
    const lines = results.own
      .slice(0, 10)
      .map(
        (s) =>
          `• *${escapeMrkdwn(truncate(oneLine(s.title), 120))}* (id ${s.workshopId}): ${s.sent} surveyed, ${s.answered} answered (${pct(s.answered, s.sent)}); ${s.administrationsAnswered} of ${s.administrationsSurveyed} administrations. Actions taken: ${actionsText(s.actions)}.`,
      );
    blocks.push(section(`*${escapeMrkdwn(rateSummary(results.own, baseline))}*\n${lines.join("\n")}`));
  }
  blocks.push(
    context(
      "Surveyed = administrations (printed) or participants (ROCB Desk) sent the survey; rate = replies ÷ surveyed. Counts only: names and answers stay with ROCB A/P staff.",
    ),
  );
  return blocks;
}

/** `/workshops show`'s survey line: the bot's own figures, else the printed row for the same title. */
export function workshopSurveyLine(db: Db, workshop: { id: number; title: string; endDate: string | null }) {
  const own = surveyStats(db, [workshop.id])[0];
  if (own && own.sent > 0) {
    return `*Follow-up survey*: ${own.sent} surveyed, ${own.answered} answered (${pct(own.answered, own.sent)}); actions taken: ${actionsText(own.actions)}.`;
  }
  const printed = printedResults(db, { title: workshop.title }).find(
    (r) => oneLine(r.title).toLowerCase() === oneLine(workshop.title).toLowerCase(),
  );
  if (printed) return `*Follow-up survey* (printed): ${printedSentence(printed).replace(/^\*[^*]*\* /, "")}`;
  return null;
}
