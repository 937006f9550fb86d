import { rmSync } from "node:fs";
import { runReminders } from "../jobs/reminders.ts";
import { openDatabase } from "../src/db/open.ts";
import { planReminders } from "../src/surveys/outbox.ts";
import { createReminderClient } from "../src/surveys/sender.ts";
import { postedReminderIds, SlackStandIn } from "../tests/support/slack-stand-in.ts";
import { seedWorkshop, silentLogger, tempDbPath, testConfig } from "../tests/surveys/fixtures.ts";
import { mib } from "./stats.ts";

/**
 * The reminder job against a stand-in that answers 429 (Retry-After: 1) whenever more than 50
 * chat.postMessage calls arrive within one second. BENCH_REMINDERS (default 10000) and
 * BENCH_REMINDER_RATE (messages per second the job allows itself, default 50) make quick runs possible.
 */
export async function benchReminders(
  count = Number(process.env.BENCH_REMINDERS ?? 10_000),
  rate = Number(process.env.BENCH_REMINDER_RATE ?? 50),
): Promise<string> {
  const slack = await new SlackStandIn().start();
  slack.postLimitPerSecond = 50;
  const path = tempDbPath();
  const db = openDatabase(path);
  // Participants known on Slack (id and zone), as after a first contact: the bench measures messaging.
  seedWorkshop(db, { participants: count, slackIds: true });
  db.prepare("UPDATE participants SET tz = 'Asia/Bangkok'").run();
  for (let i = 1; i <= count; i++)
    slack.addUser({ id: `U${i}`, email: `p${i}@customs.example`, tz: "Asia/Bangkok" });
  const config = testConfig({ SLACK_BOT_TOKEN: "xoxb-bench", SLACK_API_URL: slack.apiUrl });
  const now = new Date("2024-12-20T03:00:00Z");
  planReminders(db, config, now);

  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 50);
  const started = performance.now();
  const summary = await runReminders({
    db,
    client: createReminderClient(config),
    config,
    now,
    logger: silentLogger,
    limits: { messagesPerSecond: rate, lookupsPerSecond: 1000, concurrency: 8, channelSpacingMs: 1000 },
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);

  const ids = postedReminderIds(slack);
  const duplicates = ids.length - new Set(ids).size;
  const sent = db
    .prepare("SELECT count(*) FROM reminders WHERE kind = 'initial' AND state = 'sent'")
    .pluck()
    .get() as number;
  const lost = count - new Set(ids).size + (count - sent);
  db.close();
  await slack.stop();
  rmSync(path, { force: true });

  return [
    "## reminders",
    "",
    `${count.toLocaleString("en")} due reminders, job rate limit ${rate} msg/s, 8 in flight; stand-in: 429 with Retry-After: 1 above 50 msg/s.`,
    "",
    "| measure | value |",
    "|---|---|",
    `| wall time | ${seconds.toFixed(1)} s |`,
    `| messages per second | ${(ids.length / seconds).toFixed(1)} |`,
    `| 429s received | ${slack.rateLimited} |`,
    `| sent (job summary) | ${summary.sent} |`,
    `| duplicates | ${duplicates} |`,
    `| lost | ${lost} |`,
    `| peak memory (RSS) | ${mib(peakRss)} |`,
  ].join("\n");
}
