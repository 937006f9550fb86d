import { type ReminderLimits, runReminders } from "../../jobs/reminders.ts";
import type { Db } from "../../src/db/open.ts";
import { createReminderClient } from "../../src/surveys/sender.ts";
import { silentLogger, testConfig } from "../surveys/fixtures.ts";

/** Limits under which a test run goes as fast as the stand-ins answer, with short retries. */
export const FAST_LIMITS: Partial<ReminderLimits> = {
  messagesPerSecond: 500,
  channelSpacingMs: 0,
  lookupsPerSecond: 500,
  mailsPerSecond: 500,
  backoffBaseMs: 20,
  postSettleMs: 20,
  leaseMs: 5_000,
  maxWaitMs: 5_000,
};

/** One run of the reminder job at `now` against the Slack stand-in at `slackUrl`, in this process. */
export function runRemindersAt(
  db: Db,
  slackUrl: string,
  now: string,
  overrides: Record<string, string> = {},
  limits: Partial<ReminderLimits> = {},
) {
  const config = testConfig({ SLACK_BOT_TOKEN: "xoxb-test", SLACK_API_URL: slackUrl, ...overrides });
  return runReminders({
    db,
    client: createReminderClient(config),
    config,
    now: new Date(now),
    logger: silentLogger,
    limits: { ...FAST_LIMITS, ...limits },
  });
}
