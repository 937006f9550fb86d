import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/open.ts";
import { optOut } from "../../src/surveys/links.ts";
import { saveSurveyResponse } from "../../src/surveys/responses.ts";
import { runRemindersAt } from "../jobs/run-reminders.ts";
import { SlackStandIn } from "../support/slack-stand-in.ts";
import { SmtpSink } from "../support/smtp-sink.ts";
import { seedWorkshop, testDb } from "./fixtures.ts";

const BASE = "https://desk.rocb.example";

let slack: SlackStandIn;
let smtp: SmtpSink;
let db: Db;

beforeEach(async () => {
  slack = await new SlackStandIn().start();
  // Only the first participant is in the workspace; the others are reached by e-mail.
  slack.addUser({ id: "U1", email: "p1@customs.example", tz: "Asia/Bangkok" });
  smtp = await new SmtpSink().start();
  db = testDb();
});
afterEach(async () => {
  db.close();
  await slack.stop();
  await smtp.stop();
});

function run(now: string, overrides: Record<string, string> = {}) {
  return runRemindersAt(db, slack.apiUrl, now, {
    SMTP_URL: smtp.url,
    MAIL_FROM: "ROCB A/P <survey@rocb.example>",
    PUBLIC_BASE_URL: BASE,
    ...overrides,
  });
}

const rows = () =>
  db
    .prepare("SELECT participant_id, kind, state, via, message_id, last_error FROM reminders ORDER BY id")
    .all() as Array<{
    participant_id: number;
    kind: string;
    state: string;
    via: string | null;
    message_id: string | null;
    last_error: string | null;
  }>;

const LINK = new RegExp(`${BASE}/survey/([A-Za-z0-9_-]{43})`);

describe("survey reminders by e-mail", () => {
  it("e-mails participants Slack cannot find, with the workshop, its dates and a personal link; DMs the others", async () => {
    seedWorkshop(db, { title: "Regional Workshop on <Risk> & Compliance", participants: 3 });
    const summary = await run("2024-12-20T03:00:00Z");
    expect(summary).toMatchObject({ sent: 1, mailed: 2, unreachable: 0 });
    expect(slack.posted).toHaveLength(1);
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(["p2@customs.example", "p3@customs.example"]);
    const mail = smtp.received[0];
    if (!mail) throw new Error("no mail");
    expect(mail.from).toBe("survey@rocb.example");
    expect(mail.subject).toContain("Follow-up survey on Regional Workshop on <Risk> & Compliance");
    expect(mail.text).toContain("10–14 Jun 2024");
    expect(mail.text).toMatch(/Dear Person [23],/);
    expect(mail.text).toMatch(LINK);
    expect(mail.text).toContain(`${BASE}/unsubscribe/`);
    // The HTML part says the same, escaped.
    expect(mail.html).toContain("Regional Workshop on &#60;Risk&#62; &#38; Compliance");
    expect(mail.html).toMatch(LINK);
    expect(mail.headers.get("list-unsubscribe")).toMatch(new RegExp(`^<${BASE}/unsubscribe/`));
    // Two personal links, different from each other; each Message-ID is the one the outbox recorded.
    const tokens = smtp.received.map((m) => LINK.exec(m.text)?.[1]);
    expect(new Set(tokens).size).toBe(2);
    const recorded = rows().filter((r) => r.via === "email" && r.kind === "initial");
    expect(recorded.map((r) => r.state)).toEqual(["sent", "sent"]);
    expect(recorded.map((r) => r.message_id).sort()).toEqual(smtp.received.map((m) => m.messageId).sort());
    expect(rows().find((r) => r.participant_id === 1)?.via).toBe("slack");
  });

  it("nudges by the same channel with the same link, and not those who answered or unsubscribed", async () => {
    const { workshopId, participantIds } = seedWorkshop(db, { participants: 4 });
    await run("2024-12-16T03:00:00Z");
    expect(smtp.received).toHaveLength(3);
    const linkOf = (to: string) =>
      smtp.received.filter((m) => m.to[0] === to).map((m) => LINK.exec(m.text)?.[1]);
    saveSurveyResponse(db, {
      workshopId,
      participantId: participantIds[2] as number,
      by: { channel: "web" },
      answer: { actions: ["others"], changes: null, rating: null },
      now: new Date("2024-12-18T03:00:00Z"),
    });
    optOut(db, "P4@customs.example", new Date("2024-12-18T03:00:00Z"));
    const nudges = await run("2024-12-30T03:00:00Z");
    expect(nudges).toMatchObject({ sent: 1, mailed: 1 });
    const nudge = smtp.received[3];
    expect(nudge?.to).toEqual(["p2@customs.example"]);
    expect(nudge?.subject).toMatch(/^Reminder: /);
    expect(linkOf("p2@customs.example")).toHaveLength(2);
    expect(new Set(linkOf("p2@customs.example")).size).toBe(1);
    const nudgeRows = rows()
      .filter((r) => r.kind === "nudge")
      .sort((a, b) => a.participant_id - b.participant_id);
    expect(nudgeRows.map((r) => [r.participant_id, r.via, r.state])).toEqual([
      [1, "slack", "sent"],
      [2, "email", "sent"],
      [3, "email", "skipped"],
      [4, "email", "skipped"],
    ]);
    expect(nudgeRows[3]?.last_error).toMatch(/no more survey e-mail/);
  });

  it("marks an address the relay refuses (5xx) unreachable, and tries again after a 4xx", async () => {
    seedWorkshop(db, { participants: 3 });
    smtp.refuse("p2@customs.example", 550).refuse("p3@customs.example", 451);
    const summary = await run("2024-12-20T03:00:00Z");
    expect(summary).toMatchObject({ mailed: 1, unreachable: 1, retry: 1 });
    const p2 = rows().find((r) => r.participant_id === 2);
    expect(p2).toMatchObject({ state: "unreachable", via: "email" });
    expect(p2?.last_error).toMatch(/refused the address/);
    expect(smtp.received.map((m) => m.to[0])).toEqual(["p3@customs.example"]);
  });

  it("waits for 09:00 office time for someone outside Slack, looking them up once", async () => {
    seedWorkshop(db, { participants: 2 }); // due Mon 16 Dec 2024 09:00 local
    // 09:00 has come in Auckland (the earliest zones) but not yet in Bangkok, the office's zone.
    const early = await run("2024-12-16T00:30:00Z");
    expect(early).toMatchObject({ mailed: 0, not_due: 2 });
    const lookups = slack.callsOf("users.lookupByEmail").filter((c) => c.body.email === "p2@customs.example");
    expect(lookups).toHaveLength(1);
    const due = await run("2024-12-16T02:00:00Z");
    expect(due).toMatchObject({ mailed: 1, sent: 1 });
  });

  it("without SMTP_URL reports participants outside Slack as unreachable, as before", async () => {
    seedWorkshop(db, { participants: 2 });
    const summary = await run("2024-12-20T03:00:00Z", { SMTP_URL: "" });
    expect(summary).toMatchObject({ sent: 1, mailed: 0, unreachable: 1 });
    expect(smtp.received).toHaveLength(0);
  });
});
