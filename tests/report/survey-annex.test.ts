import mammoth from "mammoth";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/open.ts";
import { tableCsv } from "../../src/report/index.ts";
import { planReminders } from "../../src/surveys/outbox.ts";
import { saveSurveyResponse } from "../../src/surveys/responses.ts";
import { seedWorkshop, testConfig, testDb } from "../surveys/fixtures.ts";
import { modelOf, writeReport } from "./helpers.ts";

// One workshop of FY2023/24 surveyed by the bot: four participants of two administrations, three asked,
// two answers (one with a free-text answer), nothing printed for that year.
let db: Db;
beforeAll(() => {
  db = testDb();
  const { workshopId, participantIds: ids } = seedWorkshop(db, {
    title: "Regional Workshop on Digital Customs",
    participants: 4,
    start: "2024-01-15",
    end: "2024-01-19",
  });
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
  planReminders(db, testConfig(), new Date("2024-07-01T00:00:00Z"));
  const sent = db.prepare(
    "UPDATE reminders SET state = 'sent', via = 'email', sent_at = 's', message_id = ? WHERE participant_id = ?",
  );
  for (const id of ids.slice(0, 3)) sent.run(`<m${id}@x>`, id);
  const answer = (
    i: number,
    actions: Array<"shared_materials" | "submitted_reports">,
    changes: string | null,
  ) =>
    saveSurveyResponse(db, {
      workshopId,
      participantId: ids[i] as number,
      by: { channel: "web" },
      answer: { actions, changes, rating: null },
      now: new Date("2024-07-20T00:00:00Z"),
    });
  answer(0, ["shared_materials", "submitted_reports"], "=We now run PCA in-house.");
  answer(1, ["shared_materials"], null);
});

const paragraphs = (model: ReturnType<typeof modelOf>) =>
  model.blocks.flatMap((b) => (b.kind === "table" ? [] : [b.text]));

describe("the follow-up survey annex from the bot's own survey", () => {
  it("FY2024/25 reports the FY2023/24 round per workshop: administrations, participants surveyed, replies, actions", () => {
    const model = modelOf(db, "2024/25");
    const t = model.csv.find((x) => x.name === "follow-up-survey");
    expect(t?.rows).toEqual([
      [1, "Regional Workshop on Digital Customs", "January 2024", 2, 3, 2, 2, 1, 0, 0, 0, 0],
    ]);
    expect(paragraphs(model)).toContain(
      "Response rate of this round (ROCB Desk): 2 replies from 3 participants surveyed (67%); 1 of 2 administrations answered (50%).",
    );
    expect(paragraphs(model)).toContain("No earlier round is printed in the catalogue to compare with.");
  });

  it("prints the free-text answers only with --with-answers, and in no CSV", async () => {
    expect(paragraphs(modelOf(db, "2024/25")).join("\n")).not.toContain("PCA in-house");
    const withAnswers = modelOf(db, "2024/25", { withAnswers: true });
    expect(paragraphs(withAnswers)).toContain("=We now run PCA in-house.");
    const { bytes } = await writeReport(db, "2024/25", { withAnswers: true });
    expect((await mammoth.extractRawText({ buffer: bytes })).value).toContain("=We now run PCA in-house.");
    const { bytes: without } = await writeReport(db, "2024/25");
    expect((await mammoth.extractRawText({ buffer: without })).value).not.toContain("PCA in-house");
    // The answers are not a table: no CSV carries them.
    expect(withAnswers.csv.map(tableCsv).join("\n")).not.toContain("PCA in-house");
  });

  it("a year whose previous year has no survey says so instead of an empty table", () => {
    const model = modelOf(db, "2023/24");
    expect(model.csv.some((t) => t.name === "follow-up-survey")).toBe(false);
    expect(paragraphs(model)).toContain(
      "The catalogue holds no follow-up survey of the workshops of FY2022/23.",
    );
  });
});
