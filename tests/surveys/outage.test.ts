import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/open.ts";
import { JobBoard } from "../../src/health/job-board.ts";
import { checkHealth } from "../../src/health/route.ts";
import { homeData } from "../../src/slack/home-data.ts";
import { homeView } from "../../src/slack/views.ts";
import { runRemindersAt } from "../jobs/run-reminders.ts";
import { postedReminderIds, SlackStandIn } from "../support/slack-stand-in.ts";
import { SmtpSink } from "../support/smtp-sink.ts";
import { seedWorkshop, silentLogger, testDb } from "./fixtures.ts";

// An outage of the mail relay or of Slack must not lose a survey: transient failures are retried with
// backoff from the outbox (the retry time is in the database, each run of the job takes what is due),
// until the grace period ends and for at least a day after the first failure.

let slack: SlackStandIn;
let smtp: SmtpSink;
let db: Db;

beforeEach(async () => {
  slack = await new SlackStandIn().start();
  smtp = await new SmtpSink().start();
  db = testDb();
});
afterEach(async () => {
  db.close();
  await slack.stop();
  await smtp.stop();
});

/** The workshop's reminders fall due Mon 16 Dec 2024 09:00 Bangkok (02:00 UTC). */
const DUE = Date.parse("2024-12-16T02:00:00Z");
const hoursAfterDue = (h: number) => new Date(DUE + h * 3600_000);

/** One run at `at`, waiting for no backoff within the run: each retry is left to a later run. */
function run(at: Date, overrides: Record<string, string> = {}) {
  return runRemindersAt(
    db,
    slack.apiUrl,
    at.toISOString(),
    {
      SMTP_URL: smtp.url,
      MAIL_FROM: "ROCB A/P <survey@rocb.example>",
      PUBLIC_BASE_URL: "https://desk.rocb.example",
      ...overrides,
    },
    { backoffBaseMs: 2_000, maxWaitMs: 0 },
  );
}

const rows = () =>
  db
    .prepare("SELECT participant_id, kind, state, attempts, last_error FROM reminders ORDER BY id")
    .all() as Array<{
    participant_id: number;
    kind: string;
    state: string;
    attempts: number;
    last_error: string | null;
  }>;

const health = (at: Date) =>
  checkHealth({ db, mode: "http", board: new JobBoard(), logger: silentLogger, clock: () => at });

describe("an outage of the mail relay", () => {
  it("keeps retrying through a day of refused connections and sends every survey once the relay is back", async () => {
    seedWorkshop(db, { participants: 3 }); // nobody is in the workspace: all three go by e-mail
    await smtp.down();
    const first = await run(hoursAfterDue(1));
    expect(first).toMatchObject({ mailed: 0, failed: 0, retry: 3 });
    expect(rows().map((r) => r.state)).toEqual(["pending", "pending", "pending"]);

    // The backlog is visible where operators and staff look.
    const early = health(hoursAfterDue(1));
    expect(early.body.reminderRetries).toMatchObject({ waiting: 3 });
    expect(early.body.reminderRetries?.lastError).toMatch(/ECONNREFUSED|connect/i);
    const home = JSON.stringify(homeView(homeData(db, hoursAfterDue(1), "Asia/Bangkok", true)).blocks);
    expect(home).toMatch(/3 reminders are waiting to be sent again/);

    for (const h of [1.5, 3, 8, 16, 24.5]) {
      const summary = await run(hoursAfterDue(h));
      expect(summary).toMatchObject({ mailed: 0, failed: 0, unreachable: 0 });
    }
    expect(rows().every((r) => r.state === "pending" && r.attempts >= 5)).toBe(true);
    // An hour into the outage, the health check fails and says why.
    const late = health(hoursAfterDue(24.5));
    expect(late.status).toBe(503);
    expect(late.body.problems.join(" ")).toMatch(/3 reminders .* waiting to be sent again since/);

    await smtp.up();
    const back = await run(hoursAfterDue(26));
    expect(back).toMatchObject({ mailed: 3, failed: 0 });
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual([
      "p1@customs.example",
      "p2@customs.example",
      "p3@customs.example",
    ]);
    expect(
      rows()
        .filter((r) => r.kind === "initial")
        .map((r) => r.state),
    ).toEqual(["sent", "sent", "sent"]);
    const after = health(hoursAfterDue(26));
    expect(after.status).toBe(200);
    expect(after.body.reminderRetries).toMatchObject({ waiting: 0 });
  });

  it("gives up only when the grace period has ended and a day has passed since the first failure", async () => {
    seedWorkshop(db, { participants: 1 });
    await smtp.down();
    const grace = { FOLLOW_UP_GRACE_DAYS: "1" };
    // First failure 20 hours after the due time: the grace period ends 4 hours later.
    await run(hoursAfterDue(20), grace);
    await run(hoursAfterDue(30), grace);
    expect(rows()[0]?.state).toBe("pending");
    await run(hoursAfterDue(43), grace);
    expect(rows()[0]?.state).toBe("pending");
    const end = await run(hoursAfterDue(45), grace);
    expect(end).toMatchObject({ failed: 1 });
    expect(rows()[0]).toMatchObject({ state: "failed" });
    expect(rows()[0]?.last_error).toMatch(/gave up after 3 attempts since 2024-12-16T22:00/);
  });

  it("does not retry an address the relay refuses for good (5xx)", async () => {
    seedWorkshop(db, { participants: 1 });
    smtp.refuse("p1@customs.example", 550);
    expect(await run(hoursAfterDue(1))).toMatchObject({ unreachable: 1, retry: 0 });
    expect(await run(hoursAfterDue(2))).toMatchObject({ mailed: 0, unreachable: 0, retry: 0 });
    expect(smtp.received).toHaveLength(0);
  });
});

describe("an outage of Slack", () => {
  it("retries 5xx answers from Slack across runs for a day, then posts the reminder once", async () => {
    slack.addUser({ id: "U1", email: "p1@customs.example", tz: "Asia/Bangkok" });
    seedWorkshop(db, { participants: 1 });
    const outageRuns = [1, 2, 6, 12, 23];
    slack.fail("chat.postMessage", ...outageRuns.map(() => ({ status: 500 as const })));
    for (const h of outageRuns) {
      expect(await run(hoursAfterDue(h), { SMTP_URL: "" })).toMatchObject({ sent: 0, failed: 0, retry: 1 });
    }
    expect(health(hoursAfterDue(23)).body.reminderRetries).toMatchObject({ waiting: 1 });
    expect(await run(hoursAfterDue(25), { SMTP_URL: "" })).toMatchObject({ sent: 1 });
    expect(postedReminderIds(slack)).toEqual([1]);
  });
});
