import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/open.ts";
import { saveSurveyResponse } from "../../src/surveys/responses.ts";
import { postedReminderIds, SlackStandIn } from "../support/slack-stand-in.ts";
import { seedWorkshop, testDb } from "../surveys/fixtures.ts";
import { runRemindersAt } from "./run-reminders.ts";

let slack: SlackStandIn;
let db: Db;

beforeEach(async () => {
  slack = await new SlackStandIn().start();
  for (let i = 1; i <= 5; i++)
    slack.addUser({ id: `U${i}`, email: `p${i}@customs.example`, tz: "Asia/Bangkok" });
  db = testDb();
});
afterEach(async () => {
  db.close();
  await slack.stop();
});

function run(now: string, overrides: Record<string, string> = {}, limits = {}) {
  return runRemindersAt(db, slack.apiUrl, now, overrides, limits);
}

const states = () =>
  db.prepare("SELECT participant_id, kind, state, last_error FROM reminders ORDER BY id").all() as Array<{
    participant_id: number;
    kind: string;
    state: string;
    last_error: string | null;
  }>;

describe("runReminders", () => {
  it("sends exactly the due reminders, once, with the reminder id in the message metadata", async () => {
    seedWorkshop(db, { end: "2024-06-14", participants: 3 }); // due Mon 16 Dec 2024 09:00 Bangkok
    seedWorkshop(db, { title: "Later workshop", start: "2024-09-09", end: "2024-09-10", participants: 2 });
    const first = await run("2024-12-20T03:00:00Z");
    expect(first.sent).toBe(3);
    const ids = postedReminderIds(slack);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    const msg = slack.posted[0];
    expect(JSON.stringify(msg?.blocks)).toContain("Answer the survey (2 minutes)");

    const second = await run("2024-12-20T04:00:00Z");
    expect(second.sent).toBe(0);
    expect(postedReminderIds(slack)).toHaveLength(3);
    const rows = db.prepare("SELECT state, channel, message_ts FROM reminders WHERE kind = 'initial'").all();
    expect(rows.filter((r) => (r as { state: string }).state === "sent")).toHaveLength(3);
    expect(rows.filter((r) => (r as { state: string }).state === "pending")).toHaveLength(2);
  });

  it("waits out a 429 Retry-After and sends every reminder once", async () => {
    seedWorkshop(db, { participants: 3 });
    slack.fail("chat.postMessage", { status: 429, retryAfter: 1 });
    const started = Date.now();
    const summary = await run("2024-12-20T03:00:00Z", {}, { concurrency: 1 });
    const posts = slack.callsOf("chat.postMessage");
    expect(summary.sent).toBe(3);
    expect(postedReminderIds(slack).sort()).toEqual([1, 2, 3]);
    // The first call was refused; the next one came only after Retry-After.
    expect((posts[1]?.at ?? 0) - (posts[0]?.at ?? 0)).toBeGreaterThanOrEqual(950);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("retries 500s with backoff within the run (giving up is in tests/surveys/outage.test.ts)", async () => {
    seedWorkshop(db, { participants: 2 });
    slack.fail("chat.postMessage", { status: 500 }, { status: 500 });
    const ok = await run("2024-12-20T03:00:00Z", {}, { concurrency: 1 });
    expect(ok.sent).toBe(2);
    expect(postedReminderIds(slack)).toHaveLength(2);
    expect(states().every((s) => s.state !== "failed")).toBe(true);
  });

  it("marks a participant without a Slack account unreachable and reports it to staff", async () => {
    const { participantIds } = seedWorkshop(db, { participants: 2 });
    db.prepare("UPDATE participants SET email = 'nobody@customs.example' WHERE id = ?").run(
      participantIds[1],
    );
    const summary = await run("2024-12-20T03:00:00Z", { STAFF_CHANNEL_ID: "CSTAFF" });
    expect(summary.sent).toBe(1);
    expect(summary.unreachable).toBe(1);
    expect(states().find((s) => s.participant_id === participantIds[1])?.last_error).toBe("users_not_found");
    const digest = slack.posted.find((m) => m.channel === "CSTAFF");
    expect(digest?.text).toMatch(/1 sent, 1 unreachable, 0 failed/);
    // Reported once: the next run posts no digest.
    await run("2024-12-21T03:00:00Z", { STAFF_CHANNEL_ID: "CSTAFF" });
    expect(slack.posted.filter((m) => m.channel === "CSTAFF")).toHaveLength(1);
  });

  it("nudges only those who have not answered, and only once", async () => {
    const { workshopId, participantIds } = seedWorkshop(db, { participants: 3 });
    await run("2024-12-16T03:00:00Z"); // first messages on Mon 16 Dec; nudges due Mon 30 Dec
    saveSurveyResponse(db, {
      workshopId,
      participantId: participantIds[0] as number,
      by: { channel: "slack", slackUserId: "U1" },
      answer: { actions: ["shared_materials"], changes: null, rating: 4 },
      now: new Date("2024-12-18T03:00:00Z"),
    });
    const early = await run("2024-12-27T03:00:00Z");
    expect(early.sent).toBe(0);
    const nudges = await run("2024-12-30T03:00:00Z");
    expect(nudges.sent).toBe(2);
    const nudged = slack.posted
      .filter((m) => m.metadata?.event_payload.kind === "nudge")
      .map((m) => m.channel);
    expect(nudged.sort()).toEqual(["DU2", "DU3"]);
    await run("2025-02-20T03:00:00Z");
    expect(slack.posted).toHaveLength(5);
  });

  it("skips and reports reminders far past due (history imported today) instead of sending them", async () => {
    seedWorkshop(db, { start: "2017-11-13", end: "2017-11-17", participants: 3 });
    const summary = await run("2025-01-15T03:00:00Z", { STAFF_CHANNEL_ID: "CSTAFF" });
    expect(summary.sent).toBe(0);
    expect(summary.skippedLate).toBe(3);
    expect(postedReminderIds(slack)).toHaveLength(0);
    expect(slack.posted.find((m) => m.channel === "CSTAFF")?.text).toMatch(/3 skipped/);
  });

  it("sends within the grace period after the bot was down for a few days", async () => {
    seedWorkshop(db, { participants: 2 });
    expect((await run("2025-01-10T03:00:00Z")).sent).toBe(2);
  });

  it("delivers at 09:00 in the participant's own time zone", async () => {
    slack.addUser({ id: "U9", email: "ny@customs.example", tz: "America/New_York" });
    const { participantIds } = seedWorkshop(db, { participants: 1 });
    db.prepare(
      "INSERT INTO participants (workshop_id, name, email, administration, imported_at) SELECT workshop_id, 'NY', 'ny@customs.example', 'US CBP', '' FROM participants WHERE id = ?",
    ).run(participantIds[0]);
    // 12:00 in Bangkok, midnight in New York on Mon 16 Dec.
    expect((await run("2024-12-16T05:00:00Z")).sent).toBe(1);
    expect((await run("2024-12-16T13:30:00Z")).sent).toBe(0);
    expect((await run("2024-12-16T14:01:00Z")).sent).toBe(1);
  });

  it("does not survey a workshop known only to the month, and tells staff", async () => {
    seedWorkshop(db, { participants: 2 });
    const { workshopId } = seedWorkshop(db, { title: "Month only", participants: 1 });
    db.prepare("UPDATE workshops SET start_date = '2024-06', end_date = '2024-06' WHERE id = ?").run(
      workshopId,
    );
    const summary = await run("2024-12-20T03:00:00Z", { STAFF_CHANNEL_ID: "CSTAFF" });
    expect(summary.sent).toBe(2);
    expect(summary.waitingForDates).toBe(1);
    expect(JSON.stringify(slack.posted.find((m) => m.channel === "CSTAFF")?.blocks)).toContain("Month only");
  });
});
