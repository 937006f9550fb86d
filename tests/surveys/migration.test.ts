import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { migrate } from "../../src/db/migrate.ts";
import { migrations } from "../../src/db/migrations/index.ts";

describe("migration 0002 surveys", () => {
  it("keeps catalogue rows, adds STRICT survey tables, and allows one reminder per workshop × participant × kind", () => {
    const db = new Database(":memory:");
    db.pragma("foreign_keys = ON");
    migrate(db, migrations.slice(0, 1));
    db.prepare(
      "INSERT INTO workshops (id, key, title, kind, status) VALUES (1, 'k', 'W', 'national', 'planned')",
    ).run();
    migrate(db, migrations.slice(0, 2));
    expect(db.prepare("SELECT title FROM workshops").pluck().all()).toEqual(["W"]);
    for (const t of ["participants", "reminders", "survey_responses", "survey_response_history"]) {
      expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = ?").pluck().get(t)).toMatch(/STRICT$/);
    }
    db.prepare(
      "INSERT INTO participants (id, workshop_id, name, email, administration, imported_at) VALUES (1, 1, 'A', 'a@b.org', 'X', 'now')",
    ).run();
    const add = db.prepare(
      "INSERT INTO reminders (workshop_id, participant_id, kind, due_date, due_at, window_opens_at, updated_at) VALUES (1, 1, ?, 'd', 'a', 'w', 'u')",
    );
    add.run("initial");
    add.run("nudge");
    expect(() => add.run("initial")).toThrow(/UNIQUE/);
    expect(() => add.run("third")).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE reminders SET state = 'sent' WHERE kind = 'initial'").run()).toThrow(
      /CHECK/,
    );
  });
});
