import type { Migration } from "../migrate.ts";

/**
 * Follow-up surveys for participants outside Slack: reminders by e-mail, a personal link to the web form,
 * opt-outs, and the channel every answer came by. `reminders` and `survey_responses` are rebuilt because
 * SQLite cannot relax a CHECK or a NOT NULL in place; rows and ids are kept.
 */
export const surveyMail: Migration = {
  version: 5,
  name: "survey-mail",
  up(db) {
    db.exec(`
      CREATE TABLE reminders_new (
        id INTEGER PRIMARY KEY,
        workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('initial', 'nudge')),
        state TEXT NOT NULL DEFAULT 'pending'
          CHECK (state IN ('pending', 'sending', 'sent', 'unreachable', 'failed', 'skipped')),
        -- How the reminder went out (or is going out): a Slack DM or an e-mail; the nudge follows the first.
        via TEXT CHECK (via IS NULL OR via IN ('slack', 'email')),
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
        -- The e-mail's Message-ID, chosen before the first try and reused by every retry.
        message_id TEXT UNIQUE,
        reported INTEGER NOT NULL DEFAULT 0 CHECK (reported IN (0, 1)),
        updated_at TEXT NOT NULL,
        UNIQUE (workshop_id, participant_id, kind),
        CHECK (state <> 'sent' OR (sent_at IS NOT NULL AND (message_ts IS NOT NULL OR message_id IS NOT NULL)))
      ) STRICT;
      INSERT INTO reminders_new (id, workshop_id, participant_id, kind, state, via, due_date, due_at,
        window_opens_at, attempts, last_error, next_attempt_at, claimed_by, claimed_at, lease_until, sent_at,
        channel, message_ts, reported, updated_at)
      SELECT id, workshop_id, participant_id, kind, state, CASE WHEN state = 'sent' THEN 'slack' END, due_date,
        due_at, window_opens_at, attempts, last_error, next_attempt_at, claimed_by, claimed_at, lease_until,
        sent_at, channel, message_ts, reported, updated_at FROM reminders;
      DROP TABLE reminders;
      ALTER TABLE reminders_new RENAME TO reminders;
      CREATE INDEX reminders_state_due ON reminders(state, window_opens_at);

      -- An answer comes from Slack (the modal) or the web form; slack_user_id is set for Slack answers only.
      CREATE TABLE survey_responses_new (
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
        channel TEXT NOT NULL DEFAULT 'slack' CHECK (channel IN ('slack', 'web')),
        slack_user_id TEXT,
        revision INTEGER NOT NULL DEFAULT 1,
        first_submitted_at TEXT NOT NULL,
        submitted_at TEXT NOT NULL,
        UNIQUE (workshop_id, participant_id),
        CHECK (channel <> 'slack' OR slack_user_id IS NOT NULL)
      ) STRICT;
      INSERT INTO survey_responses_new (id, workshop_id, participant_id, shared_materials, submitted_reports,
        made_recommendations, inhouse_workshop, operational_manuals, others, changes, rating, channel,
        slack_user_id, revision, first_submitted_at, submitted_at)
      SELECT id, workshop_id, participant_id, shared_materials, submitted_reports, made_recommendations,
        inhouse_workshop, operational_manuals, others, changes, rating, 'slack', slack_user_id, revision,
        first_submitted_at, submitted_at FROM survey_responses;
      -- The history moves to a table that points at the new responses before the old ones are dropped,
      -- so dropping them cascades to nothing.
      CREATE TABLE survey_response_history_new (
        response_id INTEGER NOT NULL REFERENCES survey_responses_new(id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        shared_materials INTEGER NOT NULL,
        submitted_reports INTEGER NOT NULL,
        made_recommendations INTEGER NOT NULL,
        inhouse_workshop INTEGER NOT NULL,
        operational_manuals INTEGER NOT NULL,
        others INTEGER NOT NULL,
        changes TEXT,
        rating INTEGER,
        channel TEXT NOT NULL DEFAULT 'slack' CHECK (channel IN ('slack', 'web')),
        submitted_at TEXT NOT NULL,
        PRIMARY KEY (response_id, revision)
      ) STRICT;
      INSERT INTO survey_response_history_new (response_id, revision, shared_materials, submitted_reports,
        made_recommendations, inhouse_workshop, operational_manuals, others, changes, rating, submitted_at)
      SELECT response_id, revision, shared_materials, submitted_reports, made_recommendations, inhouse_workshop,
        operational_manuals, others, changes, rating, submitted_at FROM survey_response_history;
      DROP TABLE survey_response_history;
      DROP TABLE survey_responses;
      ALTER TABLE survey_responses_new RENAME TO survey_responses;
      ALTER TABLE survey_response_history_new RENAME TO survey_response_history;

      -- One personal link per participant (a participant belongs to one workshop: one survey round).
      -- The token is 256 random bits, kept as is because the nudge e-mail carries the same link.
      CREATE TABLE survey_links (
        participant_id INTEGER PRIMARY KEY REFERENCES participants(id) ON DELETE CASCADE,
        token TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      ) STRICT;

      -- Addresses that asked for no more survey e-mail.
      CREATE TABLE mail_optouts (
        email TEXT PRIMARY KEY,
        at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
