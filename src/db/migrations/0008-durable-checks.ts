import type { Migration } from "../migrate.ts";

/**
 * State the HTTP edge and the health check keep where a restart cannot lose it: the signatures of
 * Slack requests already run (a captured request replayed after a restart, within Slack's five
 * minutes, is still recognised), and the one row the health check writes to prove the disk takes writes.
 */
export const durableChecks: Migration = {
  version: 8,
  name: "durable-checks",
  up(db) {
    db.exec(`
      CREATE TABLE slack_replays (
        signature TEXT PRIMARY KEY,
        -- Milliseconds since the epoch after which the signature's timestamp is outside Slack's window.
        expires_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX slack_replays_expiry ON slack_replays(expires_at);
      CREATE TABLE write_checks (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
