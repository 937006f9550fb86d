import type { Migration } from "../migrate.ts";

/**
 * Reminders survive an outage of the mail relay or of Slack: `failing_since` is when a reminder's
 * transient failures began, so retries go on until its grace period has ended and for at least a day
 * after that (see src/surveys/README.md), and the health check can say how long a backlog has waited.
 */
export const reminderRetries: Migration = {
  version: 7,
  name: "reminder-retries",
  up(db) {
    db.exec("ALTER TABLE reminders ADD COLUMN failing_since TEXT");
  },
};
