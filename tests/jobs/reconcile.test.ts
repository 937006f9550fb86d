import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runReminders } from "../../jobs/reminders.ts";
import type { Db } from "../../src/db/open.ts";
import { createReminderClient } from "../../src/surveys/sender.ts";
import { postedReminderIds, SlackStandIn } from "../support/slack-stand-in.ts";
import { seedWorkshop, silentLogger, testConfig, testDb } from "../surveys/fixtures.ts";

let slack: SlackStandIn;
let db: Db;

beforeEach(async () => {
  slack = await new SlackStandIn().start();
  slack.addUser({ id: "U1", email: "p1@customs.example", tz: "Asia/Bangkok" });
  db = testDb();
});
afterEach(async () => {
  db.close();
  await slack.stop();
});

/** One run whose client gives up on a post after 150 ms; a retry waits `postSettleMs` before it looks. */
function runTimingOut(postSettleMs: number) {
  const config = testConfig({ SLACK_BOT_TOKEN: "xoxb-test", SLACK_API_URL: slack.apiUrl });
  return runReminders({
    db,
    client: createReminderClient(config, { timeoutMs: 150 }),
    config,
    now: new Date("2024-12-20T03:00:00Z"),
    logger: silentLogger,
    limits: {
      lookupsPerSecond: 500,
      messagesPerSecond: 500,
      channelSpacingMs: 0,
      backoffBaseMs: 20,
      postSettleMs,
    },
  });
}

describe("a post Slack accepted after our timeout", () => {
  it("is found before every retry and never posted twice", async () => {
    seedWorkshop(db, { participants: 1 });
    // Slack keeps the message, then answers after the client gave up: every try times out.
    slack.postDelayMs = 400;
    const summary = await runTimingOut(20);
    expect(postedReminderIds(slack)).toHaveLength(1);
    expect(summary).toMatchObject({ sent: 0, reconciled: 1, failed: 0 });
    expect(db.prepare("SELECT state FROM reminders WHERE kind = 'initial'").pluck().get()).toBe("sent");
  });

  it("is given time to land before the retry looks for it, so a late acceptance is not posted again", async () => {
    seedWorkshop(db, { participants: 1 });
    // Slack is still working on the first post when the client gives up; it lands 300 ms after sending.
    slack.acceptDelayMs = 300;
    const summary = await runTimingOut(600);
    await new Promise((resolve) => setTimeout(resolve, 400)); // any post still in flight lands
    expect(postedReminderIds(slack)).toHaveLength(1);
    expect(summary).toMatchObject({ sent: 0, reconciled: 1 });
  });
});
