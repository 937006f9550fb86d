import cron from "node-cron";
import type { Logger } from "pino";
import type { Config } from "../src/config.ts";
import type { Db } from "../src/db/open.ts";
import { createReminderClient, type SlackClient } from "../src/surveys/sender.ts";
import { type ReminderLimits, runReminders } from "./reminders.ts";

export interface JobDeps {
  config: Config;
  db: Db;
  logger: Pick<Logger, "info" | "warn" | "error" | "debug">;
  now: () => Date;
  /** The client reminders are sent with; by default one without SDK retries (see createReminderClient). */
  reminderClient?: SlackClient;
  limits?: Partial<ReminderLimits>;
}

/**
 * Starts every scheduled job (see jobs/README.md) and runs the reminder job once right away, so reminders
 * that fell due while the bot was down go out. Returns a stop function that waits for a running job.
 */
export function scheduleJobs(deps: JobDeps): () => Promise<void> {
  const { config, logger } = deps;
  if (!config.SLACK_BOT_TOKEN) {
    logger.info("no SLACK_BOT_TOKEN: survey reminders are not scheduled");
    return async () => {};
  }
  if (!cron.validate(config.REMINDER_CRON)) {
    throw new Error(`REMINDER_CRON "${config.REMINDER_CRON}" is not a cron expression (e.g. */15 * * * *).`);
  }
  const client = deps.reminderClient ?? createReminderClient(config);
  const abort = new AbortController();
  let running: Promise<void> | null = null;

  const tick = () => {
    // One run at a time per process; other processes are kept apart by the outbox's claims.
    if (running || abort.signal.aborted) return running ?? Promise.resolve();
    running = runReminders({
      db: deps.db,
      client,
      config,
      now: deps.now(),
      logger,
      signal: abort.signal,
      ...(deps.limits ? { limits: deps.limits } : {}),
    })
      .then(() => undefined)
      .catch((err: unknown) => logger.error({ err }, "the reminder job failed"))
      .finally(() => {
        running = null;
      });
    return running;
  };

  const task = cron.schedule(config.REMINDER_CRON, () => void tick(), {
    timezone: config.OFFICE_TIMEZONE,
    name: "reminders",
    noOverlap: true,
  });
  void tick();
  return async () => {
    abort.abort();
    await task.stop();
    await task.destroy();
    await running;
  };
}
