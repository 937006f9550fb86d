import type { Migration } from "../migrate.ts";

/**
 * KPI measurements recorded by staff. A row names its KPI by plan (kind and period), item code and
 * KPI position rather than by action_items.id: re-importing a revised plan replaces its items, and
 * what staff recorded must survive that. Rows are never updated; a correction is a newer row.
 */
export const kpiMeasurements: Migration = {
  version: 3,
  name: "kpi-measurements",
  up(db) {
    db.exec(`
      CREATE TABLE kpi_measurements (
        id INTEGER PRIMARY KEY,
        plan_kind TEXT NOT NULL CHECK (plan_kind IN ('SAP', 'AWP')),
        plan_start TEXT NOT NULL,
        plan_end TEXT NOT NULL,
        code TEXT NOT NULL,
        position INTEGER NOT NULL CHECK (position >= 1),
        value REAL NOT NULL CHECK (value >= 0),
        as_of TEXT NOT NULL CHECK (as_of GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        note TEXT,
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX kpi_measurements_kpi ON kpi_measurements(plan_kind, plan_start, plan_end, code, position);
    `);
  },
};
