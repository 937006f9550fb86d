import { beforeAll, describe, expect, it } from "vitest";
import { surveyCommand } from "../../commands/survey.ts";
import { openCatalogue } from "../../src/bootstrap.ts";
import type { CommandContext } from "../../src/context.ts";
import type { Db } from "../../src/db/open.ts";
import type { Reply } from "../../src/reply.ts";
import { homeData } from "../../src/slack/home-data.ts";
import { homeView } from "../../src/slack/views.ts";
import { planReminders } from "../../src/surveys/outbox.ts";
import { saveSurveyResponse } from "../../src/surveys/responses.ts";
import { valid } from "../commands/check.ts";
import { seedWorkshop, testConfig } from "./fixtures.ts";

// The bundled documents (with the FY2016/17 results of the 2017/18 report's Annex IV), plus one workshop
// of the bot's own: six participants of three administrations, reached by Slack and by e-mail.
let db: Db;
let workshopId: number;
beforeAll(() => {
  ({ db } = openCatalogue({ DATABASE_PATH: ":memory:" }, new Date("2025-01-15T00:00:00Z")));
  const seeded = seedWorkshop(db, { title: "Regional Workshop on Digital Customs", participants: 6 });
  workshopId = seeded.workshopId;
  const ids = seeded.participantIds;
  db.prepare("UPDATE participants SET administration = ? WHERE id IN (?, ?)").run(
    "Fiji Customs",
    ids[0],
    ids[1],
  );
  db.prepare("UPDATE participants SET administration = ? WHERE id IN (?, ?)").run(
    "Samoa Customs",
    ids[2],
    ids[3],
  );
  db.prepare("UPDATE participants SET administration = ? WHERE id IN (?, ?)").run(
    "Tonga Customs",
    ids[4],
    ids[5],
  );
  planReminders(db, testConfig(), new Date("2024-12-01T00:00:00Z"));
  const sent = db.prepare(
    "UPDATE reminders SET state = 'sent', via = ?, sent_at = '2024-12-16T02:00:00Z', message_ts = ?, message_id = ? WHERE participant_id = ?",
  );
  const nudge = db.prepare(
    `INSERT INTO reminders (workshop_id, participant_id, kind, via, state, due_date, due_at, window_opens_at, sent_at,
       message_id, updated_at) VALUES (?, ?, 'nudge', 'email', 'sent', 'd', 'a', 'w', 's', ?, 'u')`,
  );
  for (const [i, id] of ids.entries()) {
    const email = i >= 2;
    sent.run(email ? "email" : "slack", email ? null : `1.${i}`, email ? `<m${i}@x>` : null, id);
    if (email) nudge.run(workshopId, id, `<n${i}@x>`);
  }
  const answer = (i: number, by: Parameters<typeof saveSurveyResponse>[1]["by"]) =>
    saveSurveyResponse(db, {
      workshopId,
      participantId: ids[i] as number,
      by,
      answer: { actions: ["shared_materials"], changes: null, rating: 5 },
      now: new Date("2024-12-20T00:00:00Z"),
    });
  answer(0, { channel: "slack", slackUserId: "U1" });
  answer(2, { channel: "web" });
  answer(3, { channel: "web" });
});

const ctx = (): CommandContext => ({
  db,
  search: {} as CommandContext["search"],
  config: testConfig(),
  now: new Date("2025-01-15T00:00:00Z"),
  userId: "U1",
  isStaff: async () => true,
  offset: 0,
});
const run = async (text: string): Promise<Reply> => {
  const reply = await surveyCommand(text, ctx());
  valid(reply);
  return reply;
};
const shown = (r: Reply) => JSON.stringify(r.blocks);

describe("/survey response rates", () => {
  it("gives surveyed, answered and rate by channel, per administration, beside the printed FY2016/17 baseline", async () => {
    const reply = await run("status");
    expect(reply.text).toContain(
      "6 participants, 6 surveyed (Slack 2, e-mail 4), 3 answered (50%; Slack 1, web 2), 0 unreachable.",
    );
    expect(reply.text).toContain("Administrations: 2 of 3 answered (67%).");
    expect(reply.text).toContain("Printed baseline, FY2016/17: 148 of 261 administrations answered (57%).");
  });

  it("lists for staff the administrations nudged without any answer", async () => {
    const reply = await run(`status ${workshopId}`);
    expect(shown(reply)).toContain("No answer after the nudge");
    expect(shown(reply)).toMatch(/Tonga Customs: \d+ Regional Workshop on Digital Customs \(2 nudged\)/);
    expect(shown(reply)).not.toMatch(/Samoa Customs: /);
  });
});

describe("App Home's staff section", () => {
  it("shows staff the rates by channel beside the baseline, and how many administrations to call", () => {
    const now = new Date("2025-01-15T03:00:00Z");
    const data = homeData(db, now, "Asia/Bangkok", true);
    expect(data.surveyRates).toContain("surveyed (Slack 2, e-mail 4)");
    expect(data.surveyRates).toContain(
      "Printed baseline, FY2016/17: 148 of 261 administrations answered (57%).",
    );
    expect(data.surveyRates).toContain("1 administration(s) have not answered after the nudge");
    expect(JSON.stringify(homeView(data).blocks)).toContain("Administrations: 2 of 3 answered (67%)");
    expect(homeData(db, now, "Asia/Bangkok", false).surveyRates).toBeNull();
  });
});

describe("/survey on FY2016/17: the printed results as history", () => {
  it.each([
    "FY2016/17",
    "2016/17",
    "2016-17",
    "fy 2016-17",
  ])("status %s shows Annex IV, marked as printed", async (fy) => {
    const reply = await run(`status ${fy}`);
    expect(reply.text).toContain(
      "Printed results, FY2016/17 (annual report, Annex IV): 148 of 261 administrations answered (57%) over 13 workshops.",
    );
    expect(shown(reply)).toContain("not collected by ROCB Desk");
    expect(reply.text).toContain("WCO Regional Workshop on Post Clearance Audit");
  });

  it("status <title> shows a printed workshop's line beside the bot's own figures when both exist", async () => {
    const printedOnly = await run("status Post Clearance Audit");
    expect(printedOnly.text).toMatch(
      /Printed results, FY2016\/17 .* 19 of 24 administrations answered \(79%\) over 1 workshop\./,
    );
    const both = await run("status Digital Customs");
    expect(both.text).toContain("Follow-up survey (ROCB Desk): 6 participants");
    expect(both.text).toContain("WCO Regional Workshop on Digital Customs and ECommerce");
  });

  it("export 2016/17 carries the printed rows, marked in source", async () => {
    const reply = await run("export 2016/17");
    const lines =
      String(reply.file?.content ?? "")
        .trim()
        .split("\n") ?? [];
    expect(lines.filter((l) => l.startsWith("printed in the annual report"))).toHaveLength(13);
    expect(reply.text).toContain("13 of them printed results");
    expect(reply.file?.name).toBe("follow-up-survey-2016-17.csv");
    const all = await run("export");
    expect(all.text).toContain("6 surveyed (Slack 2, e-mail 4), 3 answered (50%; Slack 1, web 2)");
    expect(all.text).toContain("Printed baseline, FY2016/17: 148 of 261");
  });
});

describe("/survey echoes", () => {
  it("truncates and escapes what the user typed: no live mention, no 55k-character block", async () => {
    const reply = await run(`status <@U0ADMIN> <!channel> ${"x".repeat(150)}`);
    expect(reply.text).not.toMatch(/<@U0ADMIN>|<!channel>/);
    expect(reply.text).toContain("&lt;@U0ADMIN&gt;");
    expect(reply.text.length).toBeLessThan(400);
    const unknown = await run(`<!here>${"y".repeat(55_000)}`);
    expect(unknown.text).not.toContain("<!here>");
    expect(unknown.text.length).toBeLessThan(400);
  });

  it("answers a 50k-character title query with a sentence, not an error", async () => {
    const reply = await run(`status ${"Digital ".repeat(6_500)}`);
    expect(reply.text).toMatch(/at most 200/);
    expect(reply.text.length).toBeLessThan(400);
  });
});
