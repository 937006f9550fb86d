import { escapeMrkdwn, truncate } from "../blocks/escape.ts";
import type { Db } from "../db/open.ts";
import { spreadsheetCsv } from "../export/csv.ts";
import { FOLLOW_UP_ACTIONS, type FollowUpAction } from "./actions.ts";
import { SurveysError } from "./errors.ts";
import { printedResults } from "./history.ts";

/** One workshop's line in the follow-up survey table (the shape of the annual report's Annex IV). */
export interface WorkshopSurveyStats {
  workshopId: number;
  title: string;
  startDate: string | null;
  endDate: string | null;
  participants: number;
  administrations: number;
  /** Participants whose first message went out, by either channel (the "surveyed"). */
  sent: number;
  sentBy: { slack: number; email: number };
  unreachable: number;
  failed: number;
  skipped: number;
  pending: number;
  answered: number;
  answeredOn: { slack: number; web: number };
  /** Administrations with at least one participant surveyed / with at least one answer. */
  administrationsSurveyed: number;
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
              (SELECT count(*) FROM reminders r WHERE r.workshop_id = w.id AND r.kind = 'initial' AND r.state = 'sent'
                 AND r.via = 'email') AS sent_email,
              (SELECT count(DISTINCT lower(p.administration)) FROM reminders r JOIN participants p ON p.id = r.participant_id
                 WHERE r.workshop_id = w.id AND r.kind = 'initial' AND r.state = 'sent') AS administrations_surveyed,
              (SELECT count(*) FROM reminders r WHERE r.workshop_id = w.id AND r.kind = 'initial' AND r.state = 'unreachable')
                AS unreachable,
              (SELECT count(*) FROM reminders r WHERE r.workshop_id = w.id AND r.kind = 'initial' AND r.state = 'failed') AS failed,
              (SELECT count(*) FROM reminders r WHERE r.workshop_id = w.id AND r.kind = 'initial' AND r.state = 'skipped') AS skipped,
              (SELECT count(*) FROM reminders r WHERE r.workshop_id = w.id AND r.kind = 'initial'
                 AND r.state IN ('pending', 'sending')) AS pending,
              (SELECT min(due_date) FROM reminders r WHERE r.workshop_id = w.id AND r.state = 'pending') AS next_due,
              (SELECT count(*) FROM survey_responses s WHERE s.workshop_id = w.id) AS answered,
              (SELECT count(*) FROM survey_responses s WHERE s.workshop_id = w.id AND s.channel = 'web') AS answered_web,
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
    sentBy: { slack: (r.sent as number) - (r.sent_email as number), email: r.sent_email as number },
    unreachable: r.unreachable as number,
    failed: r.failed as number,
    skipped: r.skipped as number,
    pending: r.pending as number,
    answered: r.answered as number,
    answeredOn: { slack: (r.answered as number) - (r.answered_web as number), web: r.answered_web as number },
    administrationsSurveyed: r.administrations_surveyed as number,
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

/** An administration of a workshop whose participants were nudged and none answered: for staff to call. */
export interface SilentAdministration {
  workshopId: number;
  title: string;
  administration: string;
  nudged: number;
}

export function silentAfterNudge(db: Db, workshopIds?: readonly number[]): SilentAdministration[] {
  const filter = workshopIds ? `AND w.id IN (${workshopIds.map(() => "?").join(", ") || "NULL"})` : "";
  return db
    .prepare(
      `SELECT w.id AS workshopId, w.title, min(p.administration) AS administration, count(*) AS nudged
         FROM reminders r JOIN participants p ON p.id = r.participant_id JOIN workshops w ON w.id = r.workshop_id
        WHERE r.kind = 'nudge' AND r.state = 'sent' ${filter}
        GROUP BY w.id, lower(p.administration)
       HAVING NOT EXISTS (SELECT 1 FROM survey_responses s JOIN participants q ON q.id = s.participant_id
                           WHERE s.workshop_id = w.id AND lower(q.administration) = lower(p.administration))
        ORDER BY w.end_date, w.id, lower(p.administration)`,
    )
    .all(...(workshopIds ?? [])) as SilentAdministration[];
}

/** A fiscal year as typed: `FY2016/17`, `FY 2016-17`, `2016/17`, `2016-17`, `2016-2017`; `2016` only when `bare`. */
const FISCAL_YEAR = /^(?:FY\s*)?(\d{4})(?:\s*[/-]\s*(\d{2}|\d{4}))?$/i;

/** Whether text names a fiscal year (with a second year or an FY prefix: a bare `2016` may be a title word). */
export function looksLikeFiscalYear(text: string): boolean {
  const t = text.trim();
  return FISCAL_YEAR.test(t) && (/^FY/i.test(t) || /[/-]/.test(t));
}

/** A fiscal year of the WCO (July to June): `FY2017/18`, `2017/18`, `2017-18`, `2017-2018` or `2017` (= 2017/18). */
export function parseFiscalYear(text: string): { label: string; from: string; to: string } {
  const m = FISCAL_YEAR.exec(text.trim());
  if (!m) {
    throw new SurveysError(
      "bad_fiscal_year",
      `"${truncate(escapeMrkdwn(text.trim()), 60)}" is not a fiscal year; write it like 2017/18.`,
    );
  }
  const start = Number(m[1]);
  if (m[2] && Number(m[2].slice(-2)) !== (start + 1) % 100) {
    throw new SurveysError(
      "bad_fiscal_year",
      `"${truncate(escapeMrkdwn(text.trim()), 60)}" is not a fiscal year; the second year must follow the first.`,
    );
  }
  return {
    label: `${start}/${String((start + 1) % 100).padStart(2, "0")}`,
    from: `${start}-07-01`,
    to: `${start + 1}-06-30`,
  };
}

const PRINTED = "printed in the annual report (Annex IV)";

/**
 * Every participant with reminder outcome, channel and answers, as CSV; `fy` keeps workshops that ended
 * in it and adds that year's printed results (one row per workshop, `source` says which is which).
 */
export function surveyCsv(db: Db, fy?: { label: string; from: string; to: string }): string {
  const rows = db
    .prepare(
      `SELECT 'ROCB Desk' AS source, w.id AS workshop_id, w.title AS workshop, w.start_date, w.end_date,
              p.name AS participant, p.email, p.administration, COALESCE(r.state, 'not scheduled') AS reminder,
              r.via AS reminder_via, r.sent_at, CASE WHEN s.id IS NULL THEN 'no' ELSE 'yes' END AS answered,
              s.channel AS answered_via, s.submitted_at,
              ${FOLLOW_UP_ACTIONS.map((a) => `s.${a.key}`).join(", ")}, s.rating, s.changes
         FROM participants p JOIN workshops w ON w.id = p.workshop_id
         LEFT JOIN reminders r ON r.participant_id = p.id AND r.kind = 'initial'
         LEFT JOIN survey_responses s ON s.participant_id = p.id AND s.workshop_id = w.id
        WHERE (@from IS NULL OR (w.end_date || substr('-01', 1, 10 - length(w.end_date))) BETWEEN @from AND @to)
        ORDER BY w.end_date, w.id, p.name`,
    )
    .all({ from: fy?.from ?? null, to: fy?.to ?? null }) as Array<Record<string, unknown>>;
  const printed = fy
    ? printedResults(db, { fiscalYear: fy.label }).map((r) => ({
        source: PRINTED,
        workshop: r.title,
        start_date: r.month,
        administrations: r.administrations,
        replies: r.replies,
        ...r.actions,
      }))
    : [];
  const columns = [
    "source",
    "workshop_id",
    "workshop",
    "start_date",
    "end_date",
    "participant",
    "email",
    "administration",
    "reminder",
    "reminder_via",
    "sent_at",
    "answered",
    "answered_via",
    "submitted_at",
    "administrations",
    "replies",
    ...FOLLOW_UP_ACTIONS.map((a) => a.key),
    "rating",
    "changes",
  ];
  return spreadsheetCsv([...printed, ...rows], { header: true, columns });
}
