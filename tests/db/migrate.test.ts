import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { type Migration, migrate, SchemaTooNewError } from "../../src/db/migrate.ts";
import { migrations } from "../../src/db/migrations/index.ts";
import { openDatabase } from "../../src/db/open.ts";

describe("migrations", () => {
  it("bring a new database to the latest version with WAL and foreign keys on", () => {
    const path = join(mkdtempSync(join(tmpdir(), "rocb-")), "t.db");
    const db = openDatabase(path);
    expect(db.pragma("user_version", { simple: true })).toBe(migrations.length);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
    db.close();
  });

  it("refuse a database newer than the code, with a clear message", () => {
    const db = new Database(":memory:");
    db.pragma(`user_version = ${migrations.length + 1}`);
    expect(() => migrate(db)).toThrow(SchemaTooNewError);
    expect(() => migrate(db)).toThrow(/newer than this code/);
  });

  it("roll a failing migration back entirely and leave the version where it was", () => {
    const db = new Database(":memory:");
    const list: Migration[] = [
      { version: 1, name: "one", up: (d) => d.exec("CREATE TABLE a (x INTEGER) STRICT") },
      {
        version: 2,
        name: "broken",
        up: (d) => {
          d.exec("CREATE TABLE b (x INTEGER) STRICT");
          d.exec("THIS IS NOT SQL");
        },
      },
    ];
    expect(() => migrate(db, list)).toThrow();
    expect(db.pragma("user_version", { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(["a"]);
  });

  it("apply only the pending migrations on an existing database", () => {
    const db = new Database(":memory:");
    const created: string[] = [];
    const list: Migration[] = [
      { version: 1, name: "one", up: () => created.push("one") },
      { version: 2, name: "two", up: () => created.push("two") },
    ];
    migrate(db, list.slice(0, 1));
    migrate(db, list);
    expect(created).toEqual(["one", "two"]);
  });

  it("keep catalogue rows when later migrations run", () => {
    const db = new Database(":memory:");
    migrate(db, migrations.slice(0, 1));
    db.prepare(
      "INSERT INTO documents (file_name, sha256, kind, title, imported_at) VALUES ('a.txt', 'x', 'plan', 'A', 'now')",
    ).run();
    migrate(db);
    expect(db.prepare("SELECT file_name FROM documents").pluck().all()).toEqual(["a.txt"]);
  });
});
