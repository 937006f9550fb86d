import type { Db } from "../db/open.ts";
import { FOLLOW_UP_ACTIONS, type FollowUpAction } from "./actions.ts";
import { ANSWERED_BEFORE_NUDGE } from "./outbox.ts";

export interface SurveyAnswer {
  actions: FollowUpAction[];
  changes: string | null;
  rating: number | null;
}

export interface StoredResponse extends SurveyAnswer {
  id: number;
  revision: number;
  submittedAt: string;
  channel: AnswerChannel;
}

/** Where an answer was given: the Slack modal (by whom) or the web form behind a personal link. */
export type AnswerChannel = "slack" | "web";
export type AnsweredBy = { channel: "slack"; slackUserId: string } | { channel: "web" };

const columns = FOLLOW_UP_ACTIONS.map((a) => a.key);

/**
 * Stores one participant's survey response for a workshop; a later submission replaces it and keeps
 * the earlier version in `survey_response_history`. Answering stops the pending nudge.
 */
export function saveSurveyResponse(
  db: Db,
  input: { workshopId: number; participantId: number; by: AnsweredBy; answer: SurveyAnswer; now: Date },
): StoredResponse {
  const { workshopId, participantId, by, answer, now } = input;
  const slackUserId = by.channel === "slack" ? by.slackUserId : null;
  const channel = by.channel;
  const at = now.toISOString();
  const flags = Object.fromEntries(columns.map((c) => [c, answer.actions.includes(c) ? 1 : 0]));
  return db.transaction((): StoredResponse => {
    const existing = db
      .prepare("SELECT * FROM survey_responses WHERE workshop_id = ? AND participant_id = ?")
      .get(workshopId, participantId) as Record<string, unknown> | undefined;
    let id: number;
    let revision = 1;
    if (existing) {
      id = existing.id as number;
      revision = (existing.revision as number) + 1;
      db.prepare(
        `INSERT INTO survey_response_history (response_id, revision, ${columns.join(", ")}, changes, rating, channel,
           submitted_at)
         VALUES (@id, @revision, ${columns.map((c) => `@${c}`).join(", ")}, @changes, @rating, @channel, @submitted_at)`,
      ).run(existing);
      db.prepare(
        `UPDATE survey_responses SET ${columns.map((c) => `${c} = @${c}`).join(", ")}, changes = @changes,
           rating = @rating, channel = @channel, slack_user_id = @slackUserId, revision = @revision,
           submitted_at = @at WHERE id = @id`,
      ).run({
        ...flags,
        changes: answer.changes,
        rating: answer.rating,
        channel,
        slackUserId,
        revision,
        at,
        id,
      });
    } else {
      id = Number(
        db
          .prepare(
            `INSERT INTO survey_responses (workshop_id, participant_id, ${columns.join(", ")}, changes, rating,
               channel, slack_user_id, revision, first_submitted_at, submitted_at)
             VALUES (@workshopId, @participantId, ${columns.map((c) => `@${c}`).join(", ")}, @changes, @rating,
               @channel, @slackUserId, 1, @at, @at)`,
          )
          .run({
            ...flags,
            workshopId,
            participantId,
            changes: answer.changes,
            rating: answer.rating,
            channel,
            slackUserId,
            at,
          }).lastInsertRowid,
      );
    }
    db.prepare(
      `UPDATE reminders SET state = 'skipped', last_error = ?, updated_at = ?
        WHERE workshop_id = ? AND participant_id = ? AND kind = 'nudge' AND state = 'pending'`,
    ).run(ANSWERED_BEFORE_NUDGE, at, workshopId, participantId);
    return { id, revision, submittedAt: at, channel, ...answer };
  })();
}

/** The current survey response of a participant, to prefill the modal; null when none. */
export function findSurveyResponse(db: Db, workshopId: number, participantId: number): StoredResponse | null {
  const row = db
    .prepare("SELECT * FROM survey_responses WHERE workshop_id = ? AND participant_id = ?")
    .get(workshopId, participantId) as Record<string, unknown> | undefined;
  if (!row) return null;
  return {
    id: row.id as number,
    revision: row.revision as number,
    submittedAt: row.submitted_at as string,
    channel: row.channel as AnswerChannel,
    actions: columns.filter((c) => row[c] === 1),
    changes: (row.changes as string | null) ?? null,
    rating: (row.rating as number | null) ?? null,
  };
}
