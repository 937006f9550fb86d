import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scheduleJobs } from "../../jobs/index.ts";
import { JobBoard } from "../../src/health/job-board.ts";
import { postedReminderIds, SlackStandIn } from "../support/slack-stand-in.ts";
import { seedWorkshop, silentLogger, testConfig, testDb } from "../surveys/fixtures.ts";

describe("scheduleJobs", () => {
  it("runs the reminder job once at start, so reminders due while the bot was down go out, and stops cleanly", async () => {
    const slack = await new SlackStandIn().start();
    for (let i = 1; i <= 2; i++)
      slack.addUser({ id: `U${i}`, email: `p${i}@customs.example`, tz: "Asia/Bangkok" });
    const db = testDb();
    seedWorkshop(db, { participants: 2 });
    const board = new JobBoard();
    const stop = scheduleJobs({
      config: testConfig({
        SLACK_BOT_TOKEN: "xoxb-test",
        SLACK_API_URL: slack.apiUrl,
        REMINDER_CRON: "0 0 1 1 *",
      }),
      db,
      board,
      logger: silentLogger,
      now: () => new Date("2024-12-20T03:00:00Z"),
      limits: { messagesPerSecond: 100, lookupsPerSecond: 100, channelSpacingMs: 0 },
    });
    for (let i = 0; i < 100 && postedReminderIds(slack).length < 2; i++)
      await new Promise((r) => setTimeout(r, 20));
    await stop();
    expect(postedReminderIds(slack)).toHaveLength(2);
    expect(board.statuses().reminders).toMatchObject({ lastOutcome: "succeeded", running: false });
    expect(board.statuses().reminders?.lastSucceededAt).toBeInstanceOf(Date);
    db.close();
    await slack.stop();
  });

  it("schedules nothing without a bot token", async () => {
    const db = testDb();
    const board = new JobBoard();
    const stop = scheduleJobs({
      config: testConfig(),
      db,
      logger: silentLogger,
      now: () => new Date(),
      board,
    });
    await stop();
    expect(board.statuses().reminders).toBeUndefined();
    expect(board.statuses().backup).toBeUndefined();
  });

  it("records each run on the board: its interval, its outcome, and a failure's sentence", async () => {
    const slack = await new SlackStandIn().start();
    slack.addUser({ id: "U1", email: "p1@customs.example", tz: "Asia/Bangkok" });
    slack.fail("users.lookupByEmail", ...Array.from({ length: 5 }, () => ({ error: "invalid_auth" })));
    const db = testDb();
    seedWorkshop(db, { participants: 1 });
    const board = new JobBoard();
    const stop = scheduleJobs({
      config: testConfig({
        SLACK_BOT_TOKEN: "xoxb-test",
        SLACK_API_URL: slack.apiUrl,
        REMINDER_CRON: "*/20 * * * *",
        BACKUP_DIR: join(tempDir(), "backups"),
      }),
      db,
      logger: silentLogger,
      now: () => new Date("2024-12-20T03:00:00Z"),
      board,
      limits: { messagesPerSecond: 100, lookupsPerSecond: 100, channelSpacingMs: 0 },
    });
    for (let i = 0; i < 100 && board.statuses().reminders?.lastOutcome == null; i++)
      await new Promise((r) => setTimeout(r, 20));
    await stop();
    const reminders = board.statuses().reminders;
    expect(reminders?.intervalMs).toBe(20 * 60_000);
    expect(reminders?.lastOutcome).toBe("failed");
    expect(reminders?.lastError).toMatch(/invalid_auth/);
    expect(reminders?.lastSucceededAt).toBeNull();
    // The backup job waits for its schedule (default 02:30 daily); it does not run at start.
    expect(board.statuses().backup).toMatchObject({ intervalMs: 24 * 3600_000, lastStartedAt: null });
    db.close();
    await slack.stop();
  });
});

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "rocb-jobs-"));
}
