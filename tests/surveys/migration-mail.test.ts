import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { migrate } from "../../src/db/migrate.ts";
import { migrations } from "../../src/db/migrations/index.ts";

const before = migrations.findIndex((m) => m.name === "survey-mail");

describe("migration 0005 survey-mail", () => {
  it("keeps reminders, answers and their history (ids included) and marks them as Slack's", () => {
    const db = new Database(":memory:");
    db.pragma("foreign_keys = ON");
    migrate(db, migrations.slice(0, before));
    db.exec(`
      INSERT INTO workshops (id, key, title, kind, status) VALUES (1, 'k', 'W', 'national', 'held');
      INSERT INTO participants (id, workshop_id, name, email, administration, imported_at)
        VALUES (1, 1, 'A', 'a@b.org', 'X', 'now'), (2, 1, 'B', 'b@b.org', 'Y', 'now');
      INSERT INTO reminders (id, workshop_id, participant_id, kind, state, due_date, due_at, window_opens_at,
        sent_at, channel, message_ts, updated_at)
        VALUES (7, 1, 1, 'initial', 'sent', 'd', 'a', 'w', 's', 'D1', '1.1', 'u'),
               (8, 1, 2, 'initial', 'pending', 'd', 'a', 'w', NULL, NULL, NULL, 'u');
      INSERT INTO survey_responses (id, workshop_id, participant_id, shared_materials, submitted_reports,
        made_recommendations, inhouse_workshop, operational_manuals, others, slack_user_id, revision,
        first_submitted_at, submitted_at) VALUES (3, 1, 1, 1, 0, 0, 0, 0, 0, 'U1', 2, 'f', 's');
      INSERT INTO survey_response_history (response_id, revision, shared_materials, submitted_reports,
        made_recommendations, inhouse_workshop, operational_manuals, others, submitted_at)
        VALUES (3, 1, 0, 0, 0, 0, 0, 1, 'f');
    `);
    migrate(db);
    expect(db.prepare("SELECT id, state, via, channel FROM reminders ORDER BY id").all()).toEqual([
      { id: 7, state: "sent", via: "slack", channel: "D1" },
      { id: 8, state: "pending", via: null, channel: null },
    ]);
    expect(db.prepare("SELECT id, channel, slack_user_id, revision FROM survey_responses").all()).toEqual([
      { id: 3, channel: "slack", slack_user_id: "U1", revision: 2 },
    ]);
    expect(
      db.prepare("SELECT response_id, revision, others, channel FROM survey_response_history").all(),
    ).toEqual([{ response_id: 3, revision: 1, others: 1, channel: "slack" }]);
    // The history still follows its answer.
    db.prepare("DELETE FROM survey_responses WHERE id = 3").run();
    expect(db.prepare("SELECT count(*) FROM survey_response_history").pluck().get()).toBe(0);
    // A sent e-mail needs its Message-ID; a web answer needs no Slack user, a Slack answer does.
    expect(() => db.prepare("UPDATE reminders SET state = 'sent', sent_at = 's' WHERE id = 8").run()).toThrow(
      /CHECK/,
    );
    db.prepare(
      "UPDATE reminders SET state = 'sent', sent_at = 's', via = 'email', message_id = '<m@x>' WHERE id = 8",
    ).run();
    const answer = db.prepare(
      `INSERT INTO survey_responses (workshop_id, participant_id, shared_materials, submitted_reports,
         made_recommendations, inhouse_workshop, operational_manuals, others, channel, slack_user_id,
         first_submitted_at, submitted_at) VALUES (1, 2, 0, 0, 0, 0, 0, 0, ?, ?, 'f', 's')`,
    );
    expect(() => answer.run("slack", null)).toThrow(/CHECK/);
    answer.run("web", null);
    for (const t of [
      "reminders",
      "survey_responses",
      "survey_response_history",
      "survey_links",
      "mail_optouts",
    ]) {
      expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = ?").pluck().get(t)).toMatch(/STRICT$/);
    }
    expect(db.pragma("foreign_key_check")).toEqual([]);
  });
});
