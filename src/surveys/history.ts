import type { Db } from "../db/open.ts";
import { FOLLOW_UP_ACTIONS, type FollowUpAction } from "./actions.ts";

/** One workshop's line of a Follow-Up Action Survey table printed in an annual report (Annex IV). */
export interface PrintedResult {
  fiscalYear: string;
  title: string;
  /** `YYYY-MM` as printed, or null. */
  month: string | null;
  administrations: number | null;
  replies: number | null;
  actions: Record<FollowUpAction, number | null>;
}

/** The printed totals of the latest fiscal year the reports give: what the bot's own rate is set beside. */
export interface PrintedBaseline {
  fiscalYear: string;
  administrations: number;
  replies: number;
}

const columns = FOLLOW_UP_ACTIONS.map((a) => a.key);

/**
 * Printed results of one fiscal year (`2016/17`) and/or whose workshop title contains `title` (case
 * insensitive; `instr`, not LIKE, so no text is a pattern) and/or of the given row ids. Newest report first when a year is printed twice.
 */
export function printedResults(
  db: Db,
  o: { fiscalYear?: string; title?: string; ids?: readonly number[] },
): PrintedResult[] {
  const rows = db
    .prepare(
      `SELECT fiscal_year, workshop_title, workshop_month, administrations, replies, ${columns.join(", ")}
         FROM survey_history
        WHERE (@fy IS NULL OR fiscal_year = @fy) AND (@title IS NULL OR instr(lower(workshop_title), lower(@title)) > 0)
          AND (@ids IS NULL OR id IN (SELECT value FROM json_each(@ids)))
          AND document_id = (SELECT max(document_id) FROM survey_history h WHERE h.fiscal_year = survey_history.fiscal_year)
        ORDER BY fiscal_year, position`,
    )
    .all({
      fy: o.fiscalYear ?? null,
      title: o.title ?? null,
      ids: o.ids ? JSON.stringify(o.ids) : null,
    }) as Array<Record<string, unknown>>;
  return rows.map((r) => ({
    fiscalYear: r.fiscal_year as string,
    title: r.workshop_title as string,
    month: (r.workshop_month as string | null) ?? null,
    administrations: (r.administrations as number | null) ?? null,
    replies: (r.replies as number | null) ?? null,
    actions: Object.fromEntries(columns.map((c) => [c, (r[c] as number | null) ?? null])) as Record<
      FollowUpAction,
      number | null
    >,
  }));
}

/** The latest printed fiscal year's administrations surveyed and replies, summed over its workshops. */
export function printedBaseline(db: Db): PrintedBaseline | null {
  const fy = db.prepare("SELECT max(fiscal_year) FROM survey_history").pluck().get() as string | null;
  if (!fy) return null;
  const sum = (rows: PrintedResult[], f: (r: PrintedResult) => number | null) =>
    rows.reduce((n, r) => n + (f(r) ?? 0), 0);
  const rows = printedResults(db, { fiscalYear: fy });
  const administrations = sum(rows, (r) => r.administrations);
  return administrations > 0
    ? { fiscalYear: fy, administrations, replies: sum(rows, (r) => r.replies) }
    : null;
}
