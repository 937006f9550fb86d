/**
 * The reminder job in a process of its own, as in production, so its peak memory is its own (not the
 * stand-ins' or an earlier bench section's). Prints the run's summary, wall time and peak RSS as JSON.
 */
import { runReminders } from "../jobs/reminders.ts";
import { openDatabase } from "../src/db/open.ts";
import { createReminderClient } from "../src/surveys/sender.ts";
import { silentLogger, testConfig } from "../tests/surveys/fixtures.ts";

const env = process.env;
const config = testConfig({
  SLACK_BOT_TOKEN: "xoxb-bench",
  SLACK_API_URL: env.BENCH_SLACK ?? "",
  ...(env.BENCH_SMTP
    ? { SMTP_URL: env.BENCH_SMTP, MAIL_FROM: "survey@rocb.example", PUBLIC_BASE_URL: "https://desk.example" }
    : {}),
});
const db = openDatabase(env.BENCH_DB ?? "");
const started = performance.now();
const summary = await runReminders({
  db,
  client: createReminderClient(config),
  config,
  now: new Date("2024-12-20T03:00:00Z"),
  logger: silentLogger,
  limits: {
    messagesPerSecond: Number(env.BENCH_RATE ?? 50),
    mailsPerSecond: Number(env.BENCH_RATE ?? 50),
    lookupsPerSecond: 1000,
    concurrency: 8,
    channelSpacingMs: 1000,
  },
});
const seconds = (performance.now() - started) / 1000;
db.close();
process.stdout.write(
  `${JSON.stringify({ summary, seconds, peakRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`,
);
