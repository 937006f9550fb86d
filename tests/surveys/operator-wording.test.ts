import { describe, expect, it } from "vitest";
import { homeData } from "../../src/slack/home-data.ts";
import { homeView } from "../../src/slack/views.ts";
import { digestMessage } from "../../src/surveys/digest.ts";
import { dryRun } from "../../src/surveys/dry-run.ts";
import { optOut } from "../../src/surveys/links.ts";
import { unreportedOutcomes } from "../../src/surveys/outbox.ts";
import { saveSurveyResponse } from "../../src/surveys/responses.ts";
import { runRemindersAt } from "../jobs/run-reminders.ts";
import { SlackStandIn } from "../support/slack-stand-in.ts";
import { SmtpSink } from "../support/smtp-sink.ts";
import { seedWorkshop, testConfig, testDb } from "./fixtures.ts";

// What staff and operators read about the reminders says what happened, in words that do not mislead.

describe("the staff digest", () => {
  it("reports nudges not sent because people answered apart from skips, not as a fault", () => {
    const db = testDb();
    const { workshopId, participantIds } = seedWorkshop(db, { participants: 3 });
    db.prepare(
      `INSERT INTO reminders (workshop_id, participant_id, kind, state, due_date, due_at, window_opens_at, updated_at)
       VALUES (?, ?, 'nudge', 'pending', '2024-12-30', '2024-12-30T02:00:00Z', '2024-12-30T02:00:00Z', 'x')`,
    ).run(workshopId, participantIds[0]);
    saveSurveyResponse(db, {
      workshopId,
      participantId: participantIds[0] as number,
      by: { channel: "web" },
      answer: { actions: ["others"], changes: null, rating: null },
      now: new Date("2024-12-20T03:00:00Z"),
    });
    const digest = digestMessage(unreportedOutcomes(db), []);
    expect(digest.text).toMatch(/1 nudge not needed \(answered already\)/);
    expect(digest.text).toMatch(/0 skipped/);
    expect(JSON.stringify(digest.blocks)).not.toMatch(/Person 1: skipped/);
  });
});

describe("staff App Home", () => {
  it("says no survey was sent yet on a database where nothing was sent", () => {
    const db = testDb();
    seedWorkshop(db, { participants: 2 });
    const text = JSON.stringify(
      homeView(homeData(db, new Date("2024-07-15T03:00:00Z"), "Asia/Bangkok", true)),
    );
    expect(text).not.toMatch(/has been answered/);
    expect(text).toMatch(/No follow-up survey has been sent yet/);
  });
});

describe("npm run reminders -- --dry-run", () => {
  it("lists an unsubscribed address as the real run treats it: not sent", async () => {
    const db = testDb();
    seedWorkshop(db, { participants: 2 }); // nobody on Slack: both by e-mail
    optOut(db, "p1@customs.example", new Date("2024-12-01T00:00:00Z"));
    const config = testConfig({
      SMTP_URL: "smtp://127.0.0.1:1",
      MAIL_FROM: "a@b.example",
      PUBLIC_BASE_URL: "https://x.example",
    });
    const listing = dryRun(db, config, new Date("2024-12-20T03:00:00Z"));
    const sendNow = listing.slice(listing.indexOf("Would send now"), listing.indexOf("Would not e-mail"));
    expect(sendNow).toMatch(/Would send now: 1/);
    expect(sendNow).not.toMatch(/p1@customs\.example/);
    expect(listing).toMatch(/Would not e-mail.*: 1[\s\S]*p1@customs\.example/);

    // The real run agrees.
    const slack = await new SlackStandIn().start();
    const smtp = await new SmtpSink().start();
    try {
      const summary = await runRemindersAt(db, slack.apiUrl, "2024-12-20T03:00:00Z", {
        SMTP_URL: smtp.url,
        MAIL_FROM: "a@b.example",
        PUBLIC_BASE_URL: "https://x.example",
      });
      expect(summary).toMatchObject({ mailed: 1, skipped: 1 });
    } finally {
      await slack.stop();
      await smtp.stop();
    }
  });
});
