import { describe, expect, it } from "vitest";
import { surveyCommand } from "../../commands/survey.ts";
import { workshopsCommand } from "../../commands/workshops.ts";
import type { CommandContext } from "../../src/context.ts";
import type { Db } from "../../src/db/open.ts";
import { CatalogueSearch } from "../../src/search/index.ts";
import { planReminders } from "../../src/surveys/outbox.ts";
import { saveSurveyResponse } from "../../src/surveys/responses.ts";
import { seedWorkshop, testConfig, testDb } from "./fixtures.ts";

// Everyone may see follow-up survey results in aggregate; names, addresses and answers stay with staff.

function ctx(db: Db): CommandContext {
  return {
    db,
    search: CatalogueSearch.build(db),
    config: testConfig(),
    now: new Date("2025-01-15T00:00:00Z"),
    userId: "U1",
    isStaff: async () => false,
    offset: 0,
  };
}

/** A workshop surveyed by ROCB Desk: three of four participants reached, two answered, one with a comment. */
function surveyed(): { db: Db; workshopId: number } {
  const db = testDb();
  const { workshopId, participantIds } = seedWorkshop(db, { participants: 4 });
  planReminders(db, testConfig(), new Date("2024-12-01T00:00:00Z"));
  const mark = db.prepare(
    "UPDATE reminders SET state = 'sent', sent_at = '2024-12-16T02:00:00Z', message_ts = '1.1' WHERE participant_id = ?",
  );
  for (const id of participantIds.slice(0, 3)) mark.run(id);
  for (const [i, changes] of ["Our manual was rewritten after the workshop", null].entries()) {
    saveSurveyResponse(db, {
      workshopId,
      participantId: participantIds[i] as number,
      by: { channel: "slack", slackUserId: `U${i}` },
      answer: { actions: ["shared_materials"], changes, rating: null },
      now: new Date("2024-12-20T00:00:00Z"),
    });
  }
  return { db, workshopId };
}

const PERSONAL = [/Person \d/, /@customs\.example/, /manual was rewritten/];

describe("follow-up survey results for everyone", () => {
  it("/survey results gives the counts, the rate and the actions, and nothing personal", async () => {
    const { db } = surveyed();
    const text = (await surveyCommand("results", ctx(db))).text;
    expect(text).toContain("3 surveyed, 2 answered (67%)");
    expect(text).toContain("shared training materials 2");
    for (const p of PERSONAL) expect(text).not.toMatch(p);
  });

  it("/survey results finds a workshop by its words", async () => {
    const { db } = surveyed();
    expect((await surveyCommand("results risk management", ctx(db))).text).toContain(
      "Regional Workshop on Risk Management",
    );
    expect((await surveyCommand("results valuation", ctx(db))).text).toContain("No follow-up survey results");
  });

  it("/workshops show carries the workshop's survey, in aggregate", async () => {
    const { db, workshopId } = surveyed();
    const text = (await workshopsCommand(`show ${workshopId}`, ctx(db))).text;
    expect(text).toContain("Follow-up survey");
    expect(text).toContain("3 surveyed, 2 answered (67%)");
    for (const p of PERSONAL) expect(text).not.toMatch(p);
  });

  it("the staff-only subcommands say what everyone can use instead", async () => {
    const { db } = surveyed();
    const text = (await surveyCommand("status", ctx(db))).text;
    expect(text).toMatch(/Only ROCB A\/P staff/);
    expect(text).toContain("/survey results");
    for (const p of PERSONAL) expect(text).not.toMatch(p);
  });
});
