import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { migrate } from "../../src/db/migrate.ts";
import { migrations } from "../../src/db/migrations/index.ts";

describe("0004 event-place", () => {
  it("widens the kinds and adds host_country, keeping workshops and the rows that reference them", () => {
    const db = new Database(":memory:");
    db.pragma("foreign_keys = ON");
    migrate(db, migrations.slice(0, 3));
    db.exec(`INSERT INTO workshops (id, key, title, kind, status) VALUES (1, 'k', 'WCO Council Session', 'meeting', 'held');
      INSERT INTO workshop_countries (workshop_id, position, country) VALUES (1, 1, 'Belgium')`);
    expect(() =>
      db.exec("INSERT INTO workshops (key, title, kind, status) VALUES ('c', 'Opening', 'ceremony', 'held')"),
    ).toThrow(/CHECK/);
    migrate(db, migrations.slice(0, 4));
    expect(db.pragma("user_version", { simple: true })).toBe(4);
    db.exec(
      "INSERT INTO workshops (key, title, kind, status, host_country) VALUES ('c', 'Opening', 'ceremony', 'held', 'Fiji')",
    );
    expect(() =>
      db.exec("INSERT INTO workshops (key, title, kind, status) VALUES ('x', 'X', 'party', 'held')"),
    ).toThrow(/CHECK/);
    expect(db.prepare("SELECT country FROM workshop_countries").pluck().all()).toEqual(["Belgium"]);
    expect(db.prepare("SELECT host_country FROM workshops ORDER BY id").pluck().all()).toEqual([
      null,
      "Fiji",
    ]);
    db.exec(
      "INSERT INTO documents (file_name, sha256, kind, title, imported_at) VALUES ('a.txt', 'x', 'article', 'A', 'now')",
    );
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
  });
});
