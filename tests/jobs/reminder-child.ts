/**
 * A reminder job process for the crash and concurrency tests: runs the job once against
 * ROCB_TEST_DB and the Slack stand-in at ROCB_TEST_SLACK, then exits. The tests SIGKILL it mid-run.
 */
import { runReminders } from "../../jobs/reminders.ts";
import { openDatabase } from "../../src/db/open.ts";
import { createReminderClient } from "../../src/surveys/sender.ts";
import { silentLogger, testConfig } from "../surveys/fixtures.ts";

const env = process.env;
const config = testConfig({
  SLACK_BOT_TOKEN: "xoxb-test",
  SLACK_API_URL: env.ROCB_TEST_SLACK ?? "",
  ...(env.ROCB_TEST_SMTP
    ? {
        SMTP_URL: env.ROCB_TEST_SMTP,
        MAIL_FROM: "survey@rocb.example",
        PUBLIC_BASE_URL: "https://desk.example",
      }
    : {}),
});
const db = openDatabase(env.ROCB_TEST_DB ?? "");
process.stdout.write("ready\n");
const summary = await runReminders({
  db,
  client: createReminderClient(config),
  config,
  now: new Date(env.ROCB_TEST_NOW ?? "2024-12-20T03:00:00Z"),
  logger: silentLogger,
  runId: env.ROCB_TEST_RUN_ID,
  limits: {
    messagesPerSecond: Number(env.ROCB_TEST_RATE ?? 100),
    mailsPerSecond: Number(env.ROCB_TEST_RATE ?? 100),
    lookupsPerSecond: 1000,
    channelSpacingMs: 0,
    concurrency: 3,
    leaseMs: Number(env.ROCB_TEST_LEASE_MS ?? 400),
    backoffBaseMs: 20,
    postSettleMs: 20,
  },
});
process.stdout.write(`${JSON.stringify(summary)}\n`);
db.close();
