import type { Migration } from "../migrate.ts";

/**
 * The catalogue: what the office's plans and annual reports say.
 * Dates are ISO text: `YYYY-MM-DD`, or `YYYY-MM` where a report prints only the month.
 */
export const catalogue: Migration = {
  version: 1,
  name: "catalogue",
  up(db) {
    db.exec(`
      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('plan', 'annual_report')),
        title TEXT NOT NULL,
        imported_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE plans (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('SAP', 'AWP')),
        title TEXT NOT NULL,
        period_start TEXT NOT NULL,
        period_end TEXT NOT NULL,
        UNIQUE (kind, period_start, period_end)
      ) STRICT;

      CREATE TABLE action_items (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        pillar INTEGER NOT NULL CHECK (pillar BETWEEN 1 AND 4),
        letter TEXT NOT NULL CHECK (letter GLOB '[a-z]' OR letter GLOB '[a-z][a-z]'),
        code TEXT NOT NULL,
        action TEXT NOT NULL,
        rsp_ref TEXT,
        deadline TEXT,
        repaired_label TEXT,
        source_first_line INTEGER NOT NULL,
        source_last_line INTEGER NOT NULL,
        UNIQUE (plan_id, code)
      ) STRICT;

      CREATE TABLE kpis (
        action_item_id INTEGER NOT NULL REFERENCES action_items(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (action_item_id, position)
      ) STRICT;

      CREATE TABLE targets (
        action_item_id INTEGER NOT NULL REFERENCES action_items(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (action_item_id, position)
      ) STRICT;

      CREATE TABLE workshops (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('national', 'sub-regional', 'regional', 'accreditation', 'seminar', 'meeting', 'other')),
        city TEXT,
        venue TEXT,
        start_date TEXT,
        end_date TEXT,
        participants INTEGER,
        administrations INTEGER,
        sponsor TEXT,
        status TEXT NOT NULL CHECK (status IN ('planned', 'scheduled', 'held', 'cancelled')),
        document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
        source_line INTEGER,
        CHECK (start_date IS NULL OR start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'),
        CHECK (end_date IS NULL OR start_date IS NOT NULL)
      ) STRICT;
      CREATE INDEX workshops_start ON workshops(start_date);

      CREATE TABLE workshop_countries (
        workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        country TEXT NOT NULL,
        PRIMARY KEY (workshop_id, position)
      ) STRICT;

      CREATE TABLE activities (
        id INTEGER PRIMARY KEY,
        action_item_id INTEGER NOT NULL REFERENCES action_items(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        workshop_id INTEGER REFERENCES workshops(id) ON DELETE SET NULL,
        UNIQUE (action_item_id, position)
      ) STRICT;

      CREATE TABLE see_also (
        action_item_id INTEGER NOT NULL REFERENCES action_items(id) ON DELETE CASCADE,
        pillar INTEGER NOT NULL CHECK (pillar BETWEEN 1 AND 4),
        letter TEXT NOT NULL,
        PRIMARY KEY (action_item_id, pillar, letter)
      ) STRICT;

      CREATE TABLE workshop_action_items (
        workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        action_item_id INTEGER NOT NULL REFERENCES action_items(id) ON DELETE CASCADE,
        PRIMARY KEY (workshop_id, action_item_id)
      ) STRICT;

      -- Follow-Up Action Survey results printed in annual reports (history the bot cites).
      CREATE TABLE survey_history (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        fiscal_year TEXT NOT NULL,
        position INTEGER NOT NULL,
        workshop_title TEXT NOT NULL,
        workshop_month TEXT,
        administrations INTEGER,
        replies INTEGER,
        shared_materials INTEGER,
        submitted_reports INTEGER,
        made_recommendations INTEGER,
        inhouse_workshop INTEGER,
        operational_manuals INTEGER,
        others INTEGER,
        UNIQUE (document_id, position)
      ) STRICT;
    `);
  },
};
