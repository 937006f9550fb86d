import cron from "node-cron";
import type { Logger } from "pino";
import type { Config } from "../src/config.ts";
import type { Db } from "../src/db/open.ts";
import { longestIntervalMs } from "../src/health/interval.ts";
import { JobBoard } from "../src/health/job-board.ts";
import { createReminderClient, type SlackClient } from "../src/surveys/sender.ts";
import { runBackup } from "./backup.ts";
import { type ReminderLimits, runReminders } from "./reminders.ts";

export interface JobDeps {
  config: Config;
  db: Db;
  logger: Pick<Logger, "info" | "warn" | "error" | "debug">;
  now: () => Date;
  /** Where each run's start, end and outcome are recorded for the health check. */
  board?: JobBoard;
  /** The client reminders are sent with; by default one without SDK retries (see createReminderClient). */
  reminderClient?: SlackClient;
  limits?: Partial<ReminderLimits>;
}

type Stop = () => Promise<void>;

/**
 * Starts every scheduled job (see jobs/README.md) and runs the reminder job once right away, so reminders
 * that fell due while the bot was down go out. Returns a stop function that waits for running jobs.
 */
export function scheduleJobs(deps: JobDeps): Stop {
  const { config, logger } = deps;
  const board = deps.board ?? new JobBoard();
  const stops: Stop[] = [];
  if (config.SLACK_BOT_TOKEN) {
    const client = deps.reminderClient ?? createReminderClient(config);
    stops.push(
      scheduleJob(deps, board, {
        name: "reminders",
        cron: config.REMINDER_CRON,
        atStart: true,
        run: (signal) =>
          runReminders({
            db: deps.db,
            client,
            config,
            now: deps.now(),
            logger,
            signal,
            ...(deps.limits ? { limits: deps.limits } : {}),
          }),
      }),
    );
  } else {
    logger.info("no SLACK_BOT_TOKEN: survey reminders are not scheduled");
  }
  const dir = config.BACKUP_DIR;
  if (dir) {
    stops.push(
      scheduleJob(deps, board, {
        name: "backup",
        cron: config.BACKUP_CRON,
        atStart: false,
        run: async () => {
          // Named by the real time even under ROCB_NOW: a fixed demo clock would give every backup one name.
          const { report, removed } = await runBackup({
            db: deps.db,
            dir,
            keep: config.BACKUP_KEEP,
            now: new Date(),
          });
          logger.info({ backup: report, removed }, "database backed up");
        },
      }),
    );
  }
  return async () => {
    await Promise.all(stops.map((stop) => stop()));
  };
}

interface JobSpec {
  name: string;
  cron: string;
  /** Also run once when the bot starts. */
  atStart: boolean;
  run(signal: AbortSignal): Promise<unknown>;
}

/** One job on its cron schedule (office time zone), one run at a time, each run recorded on the board. */
function scheduleJob(deps: JobDeps, board: JobBoard, job: JobSpec): Stop {
  const { config, logger } = deps;
  board.schedule(job.name, longestIntervalMs(job.cron, config.OFFICE_TIMEZONE));
  const abort = new AbortController();
  let running: Promise<void> | null = null;

  const tick = () => {
    // One run at a time per process; other processes are kept apart by the outbox's claims.
    if (running || abort.signal.aborted) return;
    running = board
      .track(job.name, () => job.run(abort.signal))
      .then(() => undefined)
      .catch((err: unknown) => logger.error({ err, job: job.name }, `the ${job.name} job failed`))
      .finally(() => {
        running = null;
      });
  };

  const task = cron.schedule(job.cron, tick, {
    timezone: config.OFFICE_TIMEZONE,
    name: job.name,
    noOverlap: true,
  });
  if (job.atStart) tick();
  return async () => {
    abort.abort();
    await task.stop();
    await task.destroy();
    await running;
  };
}
