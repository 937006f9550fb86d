import type { Db } from "../db/open.ts";
import { spreadsheetCsv } from "../export/csv.ts";
import { FOLLOW_UP_ACTIONS, type FollowUpAction } from "./actions.ts";
import { SurveysError } from "./errors.ts";

/** One workshop's line in the follow-up survey table (the shape of the annual report's Annex IV). */
export interface WorkshopSurveyStats {
  workshopId: number;
  title: string;
  startDate: string | null;
  endDate: string | null;
  participants: number;
  administrations: number;
  sent: number;
  unreachable: number;
  failed: number;
  skipped: number;
  pending: number;
  answered: number;
  administrationsAnswered: number;
  /** answered / sent, 0..1; null before anything was sent. */
  responseRate: number | null;
  actions: Record<FollowUpAction, number>;
  nextDue: string | null;
}

const actionSums = FOLLOW_UP_ACTIONS.map((a) => `COALESCE(sum(s.${a.key}), 0) AS ${a.key}`).join(", ");

/** Follow-up survey figures per workshop that has participants (all, or the ones given). */
export function surveyStats(db: Db, workshopIds?: readonly number[]): WorkshopSurveyStats[] {
  const filter = workshopIds ? `AND w.id IN (${workshopIds.map(() => "?").join(", ") || "NULL"})` : "";
  const rows = db
    .prepare(
      `SELECT w.id, w.title, w.start_date, w.end_date,
              (SELECT count(*) FROM participants p WHERE p.workshop_id = w.id) AS participants,
              (SELECT count(DISTINCT lower(administration)) FROM participants p WHERE p.workshop_id = w.id)
                AS administrations,
              (SELECT count(*) FROM reminders r WHERE r.workshop_id = w.id AND r.kind = 'initial' AND r.state = 'sent') AS sent,
              (SELECT count(*) FROM reminders r WHERE r.workshop_id = w.id AND r.kind = 'initial' AND r.state = 'unreachable')
                AS unreachable,
              (SELECT count(*) FROM reminders r WHERE r.workshop_id = w.id AND r.kind = 'initial' AND r.state = 'failed') AS failed,
              (SELECT count(*) FROM reminders r WHERE r.workshop_id = w.id AND r.kind = 'initial' AND r.state = 'skipped') AS skipped,
              (SELECT count(*) FROM reminders r WHERE r.workshop_id = w.id AND r.kind = 'initial'
                 AND r.state IN ('pending', 'sending')) AS pending,
              (SELECT min(due_date) FROM reminders r WHERE r.workshop_id = w.id AND r.state = 'pending') AS next_due,
              (SELECT count(*) FROM survey_responses s WHERE s.workshop_id = w.id) AS answered,
              (SELECT count(DISTINCT lower(p.administration)) FROM survey_responses s
                 JOIN participants p ON p.id = s.participant_id WHERE s.workshop_id = w.id) AS administrations_answered,
              (SELECT json_object(${FOLLOW_UP_ACTIONS.map((a) => `'${a.key}', ${a.key}`).join(", ")})
                 FROM (SELECT ${actionSums} FROM survey_responses s WHERE s.workshop_id = w.id)) AS actions
         FROM workshops w
        WHERE EXISTS (SELECT 1 FROM participants p WHERE p.workshop_id = w.id) ${filter}
        ORDER BY w.end_date IS NULL, w.end_date, w.id`,
    )
    .all(...(workshopIds ?? [])) as Array<Record<string, unknown>>;
  return rows.map((r) => ({
    workshopId: r.id as number,
    title: r.title as string,
    startDate: (r.start_date as string | null) ?? null,
    endDate: (r.end_date as string | null) ?? null,
    participants: r.participants as number,
    administrations: r.administrations as number,
    sent: r.sent as number,
    unreachable: r.unreachable as number,
    failed: r.failed as number,
    skipped: r.skipped as number,
    pending: r.pending as number,
    answered: r.answered as number,
    administrationsAnswered: r.administrations_answered as number,
    responseRate: (r.sent as number) > 0 ? (r.answered as number) / (r.sent as number) : null,
    actions: JSON.parse(r.actions as string) as Record<FollowUpAction, number>,
    nextDue: (r.next_due as string | null) ?? null,
  }));
}

/** Participants of one workshop whose reminder did not reach them, for staff to follow up by hand. */
export function unreachedParticipants(
  db: Db,
  workshopId: number,
): Array<{ name: string; email: string; administration: string; state: string; reason: string | null }> {
  return db
    .prepare(
      `SELECT p.name, p.email, p.administration, r.state, r.last_error AS reason
         FROM reminders r JOIN participants p ON p.id = r.participant_id
        WHERE r.workshop_id = ? AND r.kind = 'initial' AND r.state IN ('unreachable', 'failed')
        ORDER BY p.name`,
    )
    .all(workshopId) as ReturnType<typeof unreachedParticipants>;
}

/** A fiscal year of the WCO (July to June): `2017/18`, `2017-18`, `2017-2018` or `2017` (= 2017/18). */
export function parseFiscalYear(text: string): { label: string; from: string; to: string } {
  const m = /^(\d{4})(?:\s*[/-]\s*(\d{2}|\d{4}))?$/.exec(text.trim());
  if (!m) throw new SurveysError("bad_fiscal_year", `"${text}" is not a fiscal year; write it like 2017/18.`);
  const start = Number(m[1]);
  if (m[2] && Number(m[2].slice(-2)) !== (start + 1) % 100) {
    throw new SurveysError(
      "bad_fiscal_year",
      `"${text}" is not a fiscal year; the second year must follow the first.`,
    );
  }
  return {
    label: `${start}/${String((start + 1) % 100).padStart(2, "0")}`,
    from: `${start}-07-01`,
    to: `${start + 1}-06-30`,
  };
}

/** Every participant with reminder outcome and answers, as CSV; `fy` keeps workshops that ended in it. */
export function surveyCsv(db: Db, fy?: { from: string; to: string }): string {
  const rows = db
    .prepare(
      `SELECT w.id AS workshop_id, w.title AS workshop, w.start_date, w.end_date, p.name AS participant, p.email,
              p.administration, COALESCE(r.state, 'not scheduled') AS reminder, r.sent_at,
              CASE WHEN s.id IS NULL THEN 'no' ELSE 'yes' END AS answered, s.submitted_at,
              ${FOLLOW_UP_ACTIONS.map((a) => `s.${a.key}`).join(", ")}, s.rating, s.changes
         FROM participants p JOIN workshops w ON w.id = p.workshop_id
         LEFT JOIN reminders r ON r.participant_id = p.id AND r.kind = 'initial'
         LEFT JOIN survey_responses s ON s.participant_id = p.id AND s.workshop_id = w.id
        WHERE (@from IS NULL OR (w.end_date || substr('-01', 1, 10 - length(w.end_date))) BETWEEN @from AND @to)
        ORDER BY w.end_date, w.id, p.name`,
    )
    .all({ from: fy?.from ?? null, to: fy?.to ?? null }) as Array<Record<string, unknown>>;
  const columns = [
    "workshop_id",
    "workshop",
    "start_date",
    "end_date",
    "participant",
    "email",
    "administration",
    "reminder",
    "sent_at",
    "answered",
    "submitted_at",
    ...FOLLOW_UP_ACTIONS.map((a) => a.key),
    "rating",
    "changes",
  ];
  return spreadsheetCsv(rows, { header: true, columns });
}
