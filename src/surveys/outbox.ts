import type { PlaceOfWorkshop } from "../blocks/workshops.ts";
import type { Config } from "../config.ts";
import type { Db } from "../db/open.ts";
import { stmt } from "../db/statements.ts";
import { followUpDue, isTooLate, isZone, nudgeDue, retryDeadline } from "./due.ts";

export type ReminderKind = "initial" | "nudge";
/** Why a nudge was not sent: the participant answered first. Not a fault; the digest counts it apart. */
export const ANSWERED_BEFORE_NUDGE = "answered before the nudge";
export type ReminderState = "pending" | "sending" | "sent" | "unreachable" | "failed" | "skipped";
/** How a reminder reaches its participant: a Slack DM, or an e-mail with a link to the web form. */
export type ReminderVia = "slack" | "email";

/** A claimed reminder with what delivery needs to know about its participant and workshop. */
export interface ClaimedReminder {
  id: number;
  workshopId: number;
  participantId: number;
  kind: ReminderKind;
  dueAt: string;
  dueDate: string;
  attempts: number;
  /** The row was found in `sending` with an expired lease: a crash may have left a message posted. */
  reclaimed: boolean;
  /** Channel recorded just before the previous post attempt, when there was one. */
  channel: string | null;
  /** Set once a try began (or, for a nudge, by the first message): the nudge goes the same way. */
  via: ReminderVia | null;
  /** When this reminder's transient failures began (null while none has failed): retries stop a day on at the earliest. */
  failingSince: string | null;
  lastError: string | null;
  participant: {
    name: string;
    email: string;
    slackUserId: string | null;
    tz: string | null;
    dmChannel: string | null;
  };
  workshop: { title: string; startDate: string; endDate: string } & PlaceOfWorkshop;
}

export interface PlanSummary {
  created: number;
  rescheduled: number;
  skippedLate: number;
  /** Reminders whose retries ran out (grace period over, a day since the first failure): now failed. */
  gaveUp: number;
  /** Workshops with participants whose dates are known only to the month: not surveyed until staff set them. */
  waitingForDates: Array<{ id: number; title: string; start: string | null }>;
}

type SurveyConfig = Pick<Config, "FOLLOW_UP_MONTHS" | "FOLLOW_UP_GRACE_DAYS" | "OFFICE_TIMEZONE">;

const zoneOf = (tz: string | null, config: SurveyConfig) => (isZone(tz) ? tz : config.OFFICE_TIMEZONE);

/**
 * Brings the outbox in line with workshops and participants: one initial reminder per participant of a
 * dated, not cancelled workshop; pending ones follow changed dates; ones far past due are skipped.
 */
export function planReminders(db: Db, config: SurveyConfig, now: Date): PlanSummary {
  const at = now.toISOString();
  const summary: PlanSummary = { created: 0, rescheduled: 0, skippedLate: 0, gaveUp: 0, waitingForDates: [] };
  // The write lock is taken up front: a deferred transaction that read first could not upgrade to a
  // writer after another process committed in between (SQLITE_BUSY_SNAPSHOT, not retried by busy_timeout).
  db.transaction(() => {
    const missing = stmt(
      db,
      `SELECT p.id AS participant_id, p.tz, w.id AS workshop_id, w.end_date
           FROM participants p JOIN workshops w ON w.id = p.workshop_id
          WHERE w.status <> 'cancelled' AND w.end_date IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM reminders r WHERE r.participant_id = p.id AND r.kind = 'initial')`,
    ).all() as Array<{ participant_id: number; tz: string | null; workshop_id: number; end_date: string }>;
    const insert = stmt(
      db,
      `INSERT INTO reminders (workshop_id, participant_id, kind, due_date, due_at, window_opens_at, updated_at)
       VALUES (?, ?, 'initial', ?, ?, ?, ?)`,
    );
    for (const m of missing) {
      const due = followUpDue(m.end_date, config.FOLLOW_UP_MONTHS, zoneOf(m.tz, config));
      if (!due) continue;
      insert.run(
        m.workshop_id,
        m.participant_id,
        due.date,
        due.at.toISOString(),
        due.windowOpensAt.toISOString(),
        at,
      );
      summary.created++;
    }

    const pending = stmt(
      db,
      `SELECT r.id, r.due_at, p.tz, w.end_date, w.status
           FROM reminders r JOIN participants p ON p.id = r.participant_id JOIN workshops w ON w.id = r.workshop_id
          WHERE r.state = 'pending' AND r.kind = 'initial'`,
    ).all() as Array<{
      id: number;
      due_at: string;
      tz: string | null;
      end_date: string | null;
      status: string;
    }>;
    const reschedule = stmt(
      db,
      "UPDATE reminders SET due_date = ?, due_at = ?, window_opens_at = ?, updated_at = ? WHERE id = ?",
    );
    const drop = stmt(db, "DELETE FROM reminders WHERE id = ? AND state = 'pending'");
    const cancel = stmt(
      db,
      "UPDATE reminders SET state = 'skipped', last_error = ?, updated_at = ? WHERE id = ? AND state = 'pending'",
    );
    for (const r of pending) {
      if (r.status === "cancelled") {
        cancel.run("the workshop was cancelled", at, r.id);
        continue;
      }
      const due = followUpDue(r.end_date, config.FOLLOW_UP_MONTHS, zoneOf(r.tz, config));
      if (!due) {
        drop.run(r.id);
        continue;
      }
      if (due.at.toISOString() !== r.due_at) {
        reschedule.run(due.date, due.at.toISOString(), due.windowOpensAt.toISOString(), at, r.id);
        summary.rescheduled++;
      }
    }

    const late = stmt(
      db,
      "SELECT id, due_at, attempts, failing_since, last_error FROM reminders WHERE state = 'pending'",
    ).all() as Array<{
      id: number;
      due_at: string;
      attempts: number;
      failing_since: string | null;
      last_error: string | null;
    }>;
    const giveUp = stmt(
      db,
      "UPDATE reminders SET state = 'failed', last_error = ?, updated_at = ? WHERE id = ? AND state = 'pending'",
    );
    for (const r of late) {
      const dueAt = new Date(r.due_at);
      if (r.failing_since) {
        const since = new Date(r.failing_since);
        if (now <= retryDeadline(dueAt, since, config.FOLLOW_UP_GRACE_DAYS)) continue;
        giveUp.run(gaveUpReason(r.attempts, since, r.last_error), at, r.id);
        summary.gaveUp++;
        continue;
      }
      if (!isTooLate(dueAt, now, config.FOLLOW_UP_GRACE_DAYS)) continue;
      cancel.run(`more than ${config.FOLLOW_UP_GRACE_DAYS} days past due when first seen`, at, r.id);
      summary.skippedLate++;
    }
  }).immediate();
  summary.waitingForDates = stmt(
    db,
    `SELECT w.id, w.title, w.start_date AS start FROM workshops w
        WHERE w.status <> 'cancelled' AND EXISTS (SELECT 1 FROM participants p WHERE p.workshop_id = w.id)
          AND (w.end_date IS NULL OR length(w.end_date) <> 10)
        ORDER BY w.id`,
  ).all() as PlanSummary["waitingForDates"];
  return summary;
}

export interface ClaimOptions {
  runId: string;
  /** The job's clock (due dates). */
  now: Date;
  /** The machine's clock (leases, retry times), shared by every process on the database. */
  wallNow: Date;
  leaseMs: number;
}

/** Why a reminder that kept failing for a transient reason was given up. */
export function gaveUpReason(attempts: number, failingSince: Date, lastError: string | null): string {
  return `gave up after ${attempts} attempts since ${failingSince.toISOString()}: ${lastError ?? "no detail"}`;
}

/**
 * Claims the next due reminder for this run, atomically across processes: a pending row whose retry time
 * has come by the job's clock (retry times are kept in the database, so a later run takes them up), or a `sending` row whose lease expired. Participants whose zone is unknown are claimed
 * from the moment 09:00 can have begun anywhere, so delivery can look their zone up.
 */
export function claimNext(db: Db, o: ClaimOptions): ClaimedReminder | null {
  const wall = o.wallNow.toISOString();
  return db
    .transaction((): ClaimedReminder | null => {
      const row = stmt(
        db,
        `SELECT r.*, p.name, p.email, p.slack_user_id, p.tz, p.dm_channel,
                  w.title, w.start_date, w.end_date, w.city, w.host_country,
                  COALESCE((SELECT group_concat(country, ', ') FROM workshop_countries c WHERE c.workshop_id = w.id), '')
                    AS countries
             FROM reminders r JOIN participants p ON p.id = r.participant_id JOIN workshops w ON w.id = r.workshop_id
            WHERE ((r.state = 'pending' AND (r.next_attempt_at IS NULL OR r.next_attempt_at <= @now))
                   OR (r.state = 'sending' AND r.lease_until <= @wall))
              AND (r.due_at <= @now OR (p.tz IS NULL AND r.window_opens_at <= @now))
            ORDER BY r.due_at, r.id LIMIT 1`,
      ).get({ wall, now: o.now.toISOString() }) as Record<string, unknown> | undefined;
      if (!row) return null;
      stmt(
        db,
        `UPDATE reminders SET state = 'sending', claimed_by = ?, claimed_at = ?, lease_until = ?,
           attempts = attempts + 1, updated_at = ? WHERE id = ?`,
      ).run(o.runId, wall, new Date(o.wallNow.getTime() + o.leaseMs).toISOString(), wall, row.id);
      return {
        id: row.id as number,
        workshopId: row.workshop_id as number,
        participantId: row.participant_id as number,
        kind: row.kind as ReminderKind,
        dueAt: row.due_at as string,
        dueDate: row.due_date as string,
        attempts: (row.attempts as number) + 1,
        reclaimed: row.state === "sending",
        channel: (row.channel as string | null) ?? null,
        via: (row.via as ReminderVia | null) ?? null,
        failingSince: (row.failing_since as string | null) ?? null,
        lastError: (row.last_error as string | null) ?? null,
        participant: {
          name: row.name as string,
          email: row.email as string,
          slackUserId: (row.slack_user_id as string | null) ?? null,
          tz: (row.tz as string | null) ?? null,
          dmChannel: (row.dm_channel as string | null) ?? null,
        },
        workshop: {
          title: row.title as string,
          startDate: row.start_date as string,
          endDate: row.end_date as string,
          city: (row.city as string | null) ?? null,
          hostCountry: (row.host_country as string | null) ?? null,
          countries: row.countries as string,
        },
      };
    })
    .immediate();
}

/** The last step before posting: records the channel and renews the lease; false when the lease was lost. */
export function markPosting(db: Db, id: number, runId: string, channel: string, leaseUntil: Date): boolean {
  return (
    stmt(
      db,
      `UPDATE reminders SET via = 'slack', channel = ?, lease_until = ?, updated_at = ?
          WHERE id = ? AND claimed_by = ? AND state = 'sending'`,
    ).run(channel, leaseUntil.toISOString(), new Date().toISOString(), id, runId).changes === 1
  );
}

/**
 * The last step before handing an e-mail to the SMTP relay: marks the row as going by e-mail, fixes its
 * Message-ID (the one proposed, unless an earlier try fixed one) and renews the lease. Returns the
 * Message-ID to send with, or null when the lease was lost.
 */
export function markMailing(
  db: Db,
  id: number,
  runId: string,
  proposedMessageId: string,
  leaseUntil: Date,
): string | null {
  // A transaction of its own, so a failed commit throws (get() on RETURNING would not report it).
  const row = db.transaction(
    () =>
      stmt(
        db,
        `UPDATE reminders SET via = 'email', message_id = COALESCE(message_id, ?), lease_until = ?, updated_at = ?
            WHERE id = ? AND claimed_by = ? AND state = 'sending' RETURNING message_id`,
      ).get(proposedMessageId, leaseUntil.toISOString(), new Date().toISOString(), id, runId) as
        | { message_id: string }
        | undefined,
  )();
  return row?.message_id ?? null;
}

/** Where a sent reminder went: a Slack message (channel, ts), or an e-mail (its Message-ID is the one `markMailing` fixed). */
export type SentTo = { via: "slack"; channel: string; ts: string } | { via: "email" };

/** Records the acceptance (Slack's or the SMTP relay's) and, for a first message, schedules the one nudge. */
export function recordSent(
  db: Db,
  r: ClaimedReminder,
  runId: string,
  sent: SentTo & { at: Date; zone: string; nudgeDays: number },
): boolean {
  const at = sent.at.toISOString();
  return db.transaction(() => {
    const ok =
      stmt(
        db,
        `UPDATE reminders SET state = 'sent', sent_at = @at, via = @via, channel = COALESCE(@channel, channel),
             message_ts = @ts, last_error = NULL, failing_since = NULL,
             lease_until = NULL, updated_at = @at WHERE id = @id AND claimed_by = @runId AND state = 'sending'`,
      ).run({
        at,
        via: sent.via,
        channel: sent.via === "slack" ? sent.channel : null,
        ts: sent.via === "slack" ? sent.ts : null,
        id: r.id,
        runId,
      }).changes === 1;
    if (ok && r.kind === "initial") {
      const due = nudgeDue(sent.at, sent.nudgeDays, sent.zone);
      stmt(
        db,
        `INSERT OR IGNORE INTO reminders (workshop_id, participant_id, kind, via, due_date, due_at, window_opens_at,
           updated_at) VALUES (?, ?, 'nudge', ?, ?, ?, ?, ?)`,
      ).run(
        r.workshopId,
        r.participantId,
        sent.via,
        due.date,
        due.at.toISOString(),
        due.at.toISOString(),
        at,
      );
    }
    return ok;
  })();
}

/** Ends a claim in a final state other than sent (unreachable, failed, skipped). */
export function recordOutcome(
  db: Db,
  id: number,
  runId: string,
  state: "unreachable" | "failed" | "skipped",
  reason: string,
): void {
  stmt(
    db,
    `UPDATE reminders SET state = ?, last_error = ?, lease_until = NULL, updated_at = ?
      WHERE id = ? AND claimed_by = ? AND state = 'sending'`,
  ).run(state, reason, new Date().toISOString(), id, runId);
}

/**
 * Gives a claim back: to try again at `retryAt` by the job's clock (`counts` = whether this try counts as
 * an attempt; `failingSince` = a transient failure, starting the retry period if none had), or with a
 * later due time once the participant's own time zone is known.
 */
export function releaseClaim(
  db: Db,
  id: number,
  runId: string,
  o: {
    retryAt?: Date;
    error?: string;
    counts: boolean;
    due?: { date: string; at: Date };
    failingSince?: Date;
  },
): void {
  stmt(
    db,
    `UPDATE reminders SET state = 'pending', lease_until = NULL, next_attempt_at = @retryAt,
       last_error = COALESCE(@error, last_error), attempts = attempts - @uncount,
       failing_since = COALESCE(failing_since, @failingSince),
       due_date = COALESCE(@dueDate, due_date), due_at = COALESCE(@dueAt, due_at), updated_at = @at
      WHERE id = @id AND claimed_by = @runId AND state = 'sending'`,
  ).run({
    id,
    runId,
    retryAt: o.retryAt?.toISOString() ?? null,
    failingSince: o.failingSince?.toISOString() ?? null,
    error: o.error ?? null,
    uncount: o.counts ? 0 : 1,
    dueDate: o.due?.date ?? null,
    dueAt: o.due?.at.toISOString() ?? null,
    at: new Date().toISOString(),
  });
}

/** Remembers who a participant is on Slack, so a nudge needs no lookup. */
export function rememberSlackUser(
  db: Db,
  participantId: number,
  user: { id?: string | null; tz?: string | null; dmChannel?: string | null },
): void {
  stmt(
    db,
    `UPDATE participants SET slack_user_id = COALESCE(?, slack_user_id), tz = COALESCE(?, tz),
       dm_channel = COALESCE(?, dm_channel) WHERE id = ?`,
  ).run(user.id ?? null, user.tz ?? null, user.dmChannel ?? null, participantId);
}

export function hasAnswered(db: Db, workshopId: number, participantId: number): boolean {
  return (
    stmt(db, "SELECT 1 FROM survey_responses WHERE workshop_id = ? AND participant_id = ?").get(
      workshopId,
      participantId,
    ) !== undefined
  );
}

/** The earliest retry time among reminders due by `now` that wait for a backoff, if any. */
export function nextRetryAt(db: Db, now: Date): Date | null {
  const { at } = stmt(
    db,
    `SELECT min(next_attempt_at) AS at FROM reminders
      WHERE state = 'pending' AND next_attempt_at IS NOT NULL AND due_at <= ?`,
  ).get(now.toISOString()) as { at: string | null };
  return at ? new Date(at) : null;
}

/** Reminders waiting to be tried again after transient failures (the relay or Slack down, a 4xx, a timeout). */
export interface RetryBacklog {
  waiting: number;
  /** When the longest-failing of them first failed. */
  failingSince: string | null;
  nextAttemptAt: string | null;
  /** The latest failure's message. */
  lastError: string | null;
}

export function retryBacklog(db: Db): RetryBacklog {
  return stmt(
    db,
    `SELECT count(*) AS waiting, min(failing_since) AS failingSince, min(next_attempt_at) AS nextAttemptAt,
            (SELECT last_error FROM reminders WHERE state IN ('pending', 'sending') AND failing_since IS NOT NULL
              ORDER BY updated_at DESC LIMIT 1) AS lastError
       FROM reminders WHERE state IN ('pending', 'sending') AND failing_since IS NOT NULL`,
  ).get() as RetryBacklog;
}

export interface OutcomeRow {
  id: number;
  workshop_id: number;
  title: string;
  state: ReminderState;
  kind: ReminderKind;
  last_error: string | null;
  name: string;
}

/** Final outcomes not yet shown to staff in a digest. */
export function unreportedOutcomes(db: Db): OutcomeRow[] {
  return stmt(
    db,
    `SELECT r.id, r.workshop_id, w.title, r.state, r.kind, r.last_error, p.name
         FROM reminders r JOIN workshops w ON w.id = r.workshop_id JOIN participants p ON p.id = r.participant_id
        WHERE r.reported = 0 AND r.state IN ('sent', 'unreachable', 'failed', 'skipped')
        ORDER BY r.workshop_id, r.id`,
  ).all() as OutcomeRow[];
}

export function markReported(db: Db, ids: readonly number[]): void {
  const mark = stmt(db, "UPDATE reminders SET reported = 1 WHERE id = ?");
  db.transaction(() => {
    for (const id of ids) mark.run(id);
  })();
}
