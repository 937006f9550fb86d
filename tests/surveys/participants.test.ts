import { describe, expect, it } from "vitest";
import { SurveysError } from "../../src/surveys/errors.ts";
import { ensureSurveyLink, findSurveyLink } from "../../src/surveys/links.ts";
import { planReminders } from "../../src/surveys/outbox.ts";
import {
  checkParticipantChanges,
  importParticipants,
  parseAddresses,
  parseParticipantsCsv,
  writeParticipantChanges,
} from "../../src/surveys/participants.ts";
import { seedWorkshop, testConfig, testDb } from "./fixtures.ts";

const NOW = new Date("2025-01-15T00:00:00Z");
const GOOD = `name,email,administration,slack_user_id
Ana Lee,Ana@Customs.example,Mongolia Customs,U123ABC
"Bat, Dorj",bat@customs.example,Mongolia Customs,
Chen Wei,chen@customs.example,China Customs,
`;

describe("participants CSV import", () => {
  it("loads every row, and importing the same file again changes nothing", () => {
    const db = testDb();
    const { workshopId } = seedWorkshop(db, { participants: 0 });
    expect(importParticipants(db, workshopId, GOOD, NOW)).toMatchObject({
      added: 3,
      updated: 0,
      unchanged: 0,
    });
    const before = db.prepare("SELECT * FROM participants ORDER BY id").all();
    expect(importParticipants(db, workshopId, GOOD, NOW)).toMatchObject({
      added: 0,
      updated: 0,
      unchanged: 3,
    });
    expect(db.prepare("SELECT * FROM participants ORDER BY id").all()).toEqual(before);
    expect(before[0]).toMatchObject({ email: "ana@customs.example", slack_user_id: "U123ABC" });
    expect(before[1]).toMatchObject({ name: "Bat, Dorj", slack_user_id: null });
  });

  it("updates a corrected row in place, matched by email", () => {
    const db = testDb();
    const { workshopId } = seedWorkshop(db, { participants: 0 });
    importParticipants(db, workshopId, GOOD, NOW);
    const fixed = GOOD.replace("Chen Wei,", "Wei Chen,");
    expect(importParticipants(db, workshopId, fixed, NOW)).toMatchObject({
      added: 0,
      updated: 1,
      unchanged: 2,
    });
  });

  it("refuses addresses longer than RFC 5321 allows, and takes the longest it allows", () => {
    const local64 = "a".repeat(64);
    const domain = (n: number) => `${"d".repeat(n - 4)}.org`;
    const csv = [
      "name,email,administration",
      `Long Local,${"a".repeat(312)}@x.org,MGL`,
      `Long Domain,a@${domain(256)},MGL`,
      `Long Address,${local64}@${"d".repeat(63)}.${"e".repeat(63)}.${"f".repeat(58)}.org,MGL`,
      `Just Fits,${local64}@${"d".repeat(63)}.${"e".repeat(63)}.${"f".repeat(57)}.org,MGL`,
      `Local 65,${local64}b@x.org,MGL`,
    ].join("\n");
    const { rows, errors } = parseParticipantsCsv(csv);
    expect(errors.map((e) => e.line)).toEqual([2, 3, 4, 6]);
    for (const e of errors) expect(e.reason).toMatch(/RFC 5321/);
    expect(rows.map((r) => r.name)).toEqual(["Just Fits"]);
    expect(rows[0]?.email.length).toBe(254);
  });

  it("rejects a bad file whole, naming every bad line and why, and writes nothing", () => {
    const db = testDb();
    const { workshopId } = seedWorkshop(db, { participants: 0 });
    const bad = `name,email,administration,slack_user_id
Ana,not-an-email,MGL,
,x@y.org,,
Bob,bob@x.org,MGL,bob
Good One,good@x.org,MGL,
Good Again,GOOD@x.org,MGL,
`;
    const { errors } = parseParticipantsCsv(bad);
    expect(errors.map((e) => e.line)).toEqual([2, 3, 4, 6]);
    expect(errors[0]?.reason).toMatch(/not an email/);
    expect(errors[1]?.reason).toMatch(/name is empty.*administration is empty/);
    expect(errors[2]?.reason).toMatch(/not a Slack user ID/);
    expect(errors[3]?.reason).toMatch(/already appears on line 5/);
    expect(() => importParticipants(db, workshopId, bad, NOW)).toThrow(SurveysError);
    expect(() => importParticipants(db, workshopId, bad, NOW)).toThrow(/nothing was written[\s\S]*line 6/);
    expect(db.prepare("SELECT count(*) FROM participants").pluck().get()).toBe(0);
  });

  it("names missing columns, broken CSV and an unknown workshop in sentences", () => {
    expect(parseParticipantsCsv("name,mail\nA,b@c.org\n").errors[0]?.reason).toMatch(
      /missing column\(s\): email/,
    );
    expect(parseParticipantsCsv('name,email,administration\n"A,b@c.org,X\n').errors[0]?.reason).toMatch(
      /not valid CSV/,
    );
    const db = testDb();
    expect(() => importParticipants(db, 99, GOOD, NOW)).toThrow(/no workshop with id 99/);
  });

  it("removing a participant takes their pending reminders and personal link with them; the others stay", () => {
    const db = testDb();
    const { workshopId, participantIds } = seedWorkshop(db, { participants: 2 });
    planReminders(db, testConfig(), new Date("2024-12-20T03:00:00Z"));
    const link = ensureSurveyLink(db, participantIds[0] as number, NOW, 60);
    const checked = checkParticipantChanges(db, workshopId, {
      lists: [],
      remove: parseAddresses("P1@customs.example"),
    });
    expect(checked.problems).toEqual([]);
    expect(writeParticipantChanges(db, workshopId, checked, NOW)).toMatchObject({ removed: 1 });
    const reminders = db.prepare("SELECT participant_id FROM reminders").pluck().all();
    expect(reminders).toEqual([participantIds[1]]);
    expect(findSurveyLink(db, link.token, NOW)).toEqual({ ok: false, reason: "unknown" });
  });
});
