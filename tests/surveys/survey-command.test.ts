import { describe, expect, it } from "vitest";
import { surveyCommand } from "../../commands/survey.ts";
import type { CommandContext } from "../../src/context.ts";
import type { Db } from "../../src/db/open.ts";
import { workshopSurveyStatus } from "../../src/surveys/index.ts";
import { planReminders } from "../../src/surveys/outbox.ts";
import { saveSurveyResponse } from "../../src/surveys/responses.ts";
import { seedWorkshop, testConfig, testDb } from "./fixtures.ts";

function ctx(db: Db, staff = true): CommandContext {
  return {
    db,
    search: {} as CommandContext["search"],
    config: testConfig(),
    now: new Date("2025-01-15T00:00:00Z"),
    userId: "U1",
    isStaff: async () => staff,
    offset: 0,
  };
}

function seeded(): Db {
  const db = testDb();
  const { workshopId, participantIds } = seedWorkshop(db, { participants: 4 });
  planReminders(db, testConfig(), new Date("2024-12-01T00:00:00Z"));
  const mark = db.prepare(
    "UPDATE reminders SET state = ?, sent_at = '2024-12-16T02:00:00Z', message_ts = '1.1', last_error = ? WHERE participant_id = ?",
  );
  mark.run("sent", null, participantIds[0]);
  mark.run("sent", null, participantIds[1]);
  mark.run("sent", null, participantIds[2]);
  mark.run("unreachable", "users_not_found", participantIds[3]);
  for (const [i, actions] of [["shared_materials", "others"], ["shared_materials"]].entries()) {
    saveSurveyResponse(db, {
      workshopId,
      participantId: participantIds[i] as number,
      by: { channel: "slack", slackUserId: `U${i}` },
      answer: { actions: actions as never, changes: null, rating: null },
      now: new Date("2024-12-20T00:00:00Z"),
    });
  }
  return db;
}

describe("/survey", () => {
  it("shows staff the Annex IV table: participants, administrations, sent, unreachable, answered, rate, actions", async () => {
    const reply = await surveyCommand("status", ctx(seeded()));
    expect(reply.text).toMatch(
      /4 participants, 3 surveyed \(Slack 3, e-mail 0\), 2 answered \(67%; Slack 2, web 0\), 1 unreachable/,
    );
    const table = JSON.stringify(reply.blocks);
    expect(table).toContain("Shared");
    expect(table).toContain("In-house");
  });

  it("lists unreached people for one workshop and marks the reply personal", async () => {
    const reply = await surveyCommand("status 1", ctx(seeded()));
    expect(reply.personal).toBe(true);
    expect(JSON.stringify(reply.blocks)).toContain("p4@customs.example");
    expect((await surveyCommand("status nothing-like-this", ctx(seeded()))).text).toMatch(
      /No workshop matches/,
    );
  });

  it("exports free-text answers a spreadsheet would run as formulas as text", async () => {
    const db = seeded();
    db.prepare("UPDATE survey_responses SET changes = ?").run('=HYPERLINK("https://evil.example","x")');
    db.prepare("UPDATE participants SET name = '+cmd|calc', administration = '-Fiji'").run();
    const file = (await surveyCommand("export 2023/24", ctx(db))).file?.content ?? "";
    expect(file).toContain(`"'=HYPERLINK(""https://evil.example"",""x"")"`);
    expect(file).toContain("'+cmd|calc");
    expect(file).toContain("'-Fiji");
    expect(file).not.toMatch(/(^|,)[=+\-@]/m);
  });

  it("exports a CSV file for a fiscal year, personal", async () => {
    const reply = await surveyCommand("export 2023/24", ctx(seeded()));
    expect(reply.personal).toBe(true);
    expect(reply.file?.name).toBe("follow-up-survey-2023-24.csv");
    const lines =
      String(reply.file?.content ?? "")
        .trim()
        .split("\n") ?? [];
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^source,workshop_id,.*reminder_via.*answered_via/);
    expect(lines[0]).toContain("shared_materials");
    expect(
      String((await surveyCommand("export 2024", ctx(seeded()))).file?.content)
        .trim()
        .split("\n"),
    ).toHaveLength(1);
    expect((await surveyCommand("export 2023/25", ctx(seeded()))).text).toMatch(/not a fiscal year/);
  });

  it("is staff only, and explains unknown subcommands", async () => {
    expect((await surveyCommand("status", ctx(seeded(), false))).text).toMatch(/Only ROCB A\/P staff/);
    expect((await surveyCommand("frobnicate", ctx(seeded()))).text).toMatch(/Usage/);
  });

  it("gives /workshops show one line on the survey", () => {
    const db = seeded();
    expect(workshopSurveyStatus(db, 1)).toBe(
      "Follow-up survey: 4 participants, 3 asked, 2 answered (67%), 1 unreachable.",
    );
    expect(workshopSurveyStatus(db, 99)).toBeNull();
  });
});
