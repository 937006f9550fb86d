import type { Migration } from "../migrate.ts";

/**
 * Follow-up surveys: the people who attended a workshop, the reminders outbox that asks them
 * six months later, and what they answered. Instants are ISO UTC text (`2025-01-15T02:00:00.000Z`).
 */
export const surveys: Migration = {
  version: 2,
  name: "surveys",
  up(db) {
    db.exec(`
      -- A participant is a person, not a Slack user: slack_user_id and tz are filled when known.
      CREATE TABLE participants (
        id INTEGER PRIMARY KEY,
        workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        email TEXT NOT NULL,
        administration TEXT NOT NULL,
        slack_user_id TEXT,
        tz TEXT,
        dm_channel TEXT,
        imported_at TEXT NOT NULL,
        UNIQUE (workshop_id, email)
      ) STRICT;
      CREATE INDEX participants_workshop ON participants(workshop_id);

      -- The outbox: one row per (workshop, participant, kind). A row leaves 'sending' only by a commit
      -- that records the outcome, or when its lease expires and another run reconciles it.
      CREATE TABLE reminders (
        id INTEGER PRIMARY KEY,
        workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('initial', 'nudge')),
        state TEXT NOT NULL DEFAULT 'pending'
          CHECK (state IN ('pending', 'sending', 'sent', 'unreachable', 'failed', 'skipped')),
        due_date TEXT NOT NULL,
        due_at TEXT NOT NULL,
        window_opens_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        next_attempt_at TEXT,
        claimed_by TEXT,
        claimed_at TEXT,
        lease_until TEXT,
        sent_at TEXT,
        channel TEXT,
        message_ts TEXT,
        reported INTEGER NOT NULL DEFAULT 0 CHECK (reported IN (0, 1)),
        updated_at TEXT NOT NULL,
        UNIQUE (workshop_id, participant_id, kind),
        CHECK (state <> 'sent' OR (sent_at IS NOT NULL AND message_ts IS NOT NULL))
      ) STRICT;
      CREATE INDEX reminders_state_due ON reminders(state, window_opens_at);

      CREATE TABLE survey_responses (
        id INTEGER PRIMARY KEY,
        workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        shared_materials INTEGER NOT NULL CHECK (shared_materials IN (0, 1)),
        submitted_reports INTEGER NOT NULL CHECK (submitted_reports IN (0, 1)),
        made_recommendations INTEGER NOT NULL CHECK (made_recommendations IN (0, 1)),
        inhouse_workshop INTEGER NOT NULL CHECK (inhouse_workshop IN (0, 1)),
        operational_manuals INTEGER NOT NULL CHECK (operational_manuals IN (0, 1)),
        others INTEGER NOT NULL CHECK (others IN (0, 1)),
        changes TEXT,
        rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
        slack_user_id TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1,
        first_submitted_at TEXT NOT NULL,
        submitted_at TEXT NOT NULL,
        UNIQUE (workshop_id, participant_id)
      ) STRICT;

      -- Every earlier version of a survey response, written when a later submission replaces it.
      CREATE TABLE survey_response_history (
        response_id INTEGER NOT NULL REFERENCES survey_responses(id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        shared_materials INTEGER NOT NULL,
        submitted_reports INTEGER NOT NULL,
        made_recommendations INTEGER NOT NULL,
        inhouse_workshop INTEGER NOT NULL,
        operational_manuals INTEGER NOT NULL,
        others INTEGER NOT NULL,
        changes TEXT,
        rating INTEGER,
        submitted_at TEXT NOT NULL,
        PRIMARY KEY (response_id, revision)
      ) STRICT;
    `);
  },
};
