import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { migrate } from "../../src/db/migrate.ts";
import { migrations } from "../../src/db/migrations/index.ts";

describe("0003 kpi-measurements", () => {
  it("adds the table to a database at version 2, keeping its rows", () => {
    const db = new Database(":memory:");
    migrate(db, migrations.slice(0, 2));
    db.prepare(
      "INSERT INTO documents (file_name, sha256, kind, title, imported_at) VALUES ('a', 'x', 'plan', 'A', 'now')",
    ).run();
    migrate(db);
    expect(db.pragma("user_version", { simple: true })).toBe(migrations.length);
    expect(db.prepare("SELECT count(*) FROM documents").pluck().get()).toBe(1);
    const insert = db.prepare(
      `INSERT INTO kpi_measurements (plan_kind, plan_start, plan_end, code, position, value, as_of, recorded_by, recorded_at)
       VALUES ('SAP', '2022-07-01', '2024-06-30', '1-(h)', 1, ?, ?, 'U1', '2024-03-15T05:00:00Z')`,
    );
    insert.run(25, "2024-03-01");
    expect(() => insert.run(-1, "2024-03-01")).toThrow(/CHECK/);
    expect(() => insert.run(1, "March 2024")).toThrow(/CHECK/);
  });
});
