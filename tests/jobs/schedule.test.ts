import { describe, expect, it } from "vitest";
import { scheduleJobs } from "../../jobs/index.ts";
import { postedReminderIds, SlackStandIn } from "../support/slack-stand-in.ts";
import { seedWorkshop, silentLogger, testConfig, testDb } from "../surveys/fixtures.ts";

describe("scheduleJobs", () => {
  it("runs the reminder job once at start, so reminders due while the bot was down go out, and stops cleanly", async () => {
    const slack = await new SlackStandIn().start();
    for (let i = 1; i <= 2; i++)
      slack.addUser({ id: `U${i}`, email: `p${i}@customs.example`, tz: "Asia/Bangkok" });
    const db = testDb();
    seedWorkshop(db, { participants: 2 });
    const stop = scheduleJobs({
      config: testConfig({
        SLACK_BOT_TOKEN: "xoxb-test",
        SLACK_API_URL: slack.apiUrl,
        REMINDER_CRON: "0 0 1 1 *",
      }),
      db,
      logger: silentLogger,
      now: () => new Date("2024-12-20T03:00:00Z"),
      limits: { messagesPerSecond: 100, lookupsPerSecond: 100, channelSpacingMs: 0 },
    });
    for (let i = 0; i < 100 && postedReminderIds(slack).length < 2; i++)
      await new Promise((r) => setTimeout(r, 20));
    await stop();
    expect(postedReminderIds(slack)).toHaveLength(2);
    db.close();
    await slack.stop();
  });

  it("schedules nothing without a bot token, and refuses a malformed cron expression", async () => {
    const db = testDb();
    const stop = scheduleJobs({ config: testConfig(), db, logger: silentLogger, now: () => new Date() });
    await stop();
    expect(() =>
      scheduleJobs({
        config: testConfig({ SLACK_BOT_TOKEN: "x", REMINDER_CRON: "every day" }),
        db,
        logger: silentLogger,
        now: () => new Date(),
      }),
    ).toThrow(/REMINDER_CRON/);
  });
});
