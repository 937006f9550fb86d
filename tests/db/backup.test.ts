import { spawn, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { BackupError, backupDatabase, checkBackup } from "../../src/db/backup.ts";
import { migrate } from "../../src/db/migrate.ts";
import { migrations } from "../../src/db/migrations/index.ts";
import { openDatabase } from "../../src/db/open.ts";

const CHILD = join(import.meta.dirname, "writer-child.ts");
const CLI = join(import.meta.dirname, "../../src/cli/backup.ts");

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "rocb-backup-"));
}

/** A database with ~8 MB of rows, so the online backup takes many pages and some time. */
function bigDatabase(path: string): Database.Database {
  const db = openDatabase(path);
  db.exec("CREATE TABLE load (id INTEGER PRIMARY KEY, payload BLOB NOT NULL) STRICT");
  db.exec(
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000) " +
      "INSERT INTO load (payload) SELECT randomblob(2048) FROM n",
  );
  return db;
}

describe("backupDatabase", () => {
  it("takes a copy that opens and passes the integrity check while another process writes", async () => {
    const dir = tempDir();
    const db = bigDatabase(join(dir, "live.db"));
    const child = spawn(process.execPath, [CHILD, join(dir, "live.db")], {
      stdio: ["pipe", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
    });
    for (let i = 0; i < 500 && !out.includes("writing"); i++) await new Promise((r) => setTimeout(r, 20));
    expect(out).toContain("writing");
    const before = db.prepare("SELECT count(*) FROM load").pluck().get() as number;

    const report = await backupDatabase(db, join(dir, "copy.db"));

    const after = db.prepare("SELECT count(*) FROM load").pluck().get() as number;
    child.stdin.end();
    await new Promise((r) => child.once("exit", r));
    expect(report.integrity).toBe("ok");
    expect(report.schemaVersion).toBe(migrations.length);
    expect(report.counts.load).toBeGreaterThanOrEqual(before);
    expect(report.counts.load).toBeLessThanOrEqual(after);
    // The other process kept writing while the copy was taken.
    expect(after).toBeGreaterThan(before);
    expect(checkBackup(join(dir, "copy.db")).integrity).toBe("ok");
    expect(readdirSync(dir).filter((f) => f.startsWith("copy"))).toEqual(["copy.db"]);
    db.close();
  }, 30_000);

  it("refuses to overwrite a file or to copy the database onto itself", async () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, "live.db"));
    await backupDatabase(db, join(dir, "copy.db"));
    await expect(backupDatabase(db, join(dir, "copy.db"))).rejects.toThrow(BackupError);
    await expect(backupDatabase(db, join(dir, "live.db"))).rejects.toThrow(/already exists|live database/);
    db.close();
  });
});

describe("what a backup leaves on disk", () => {
  it("is readable by its owner only (it holds participants' names and addresses)", async () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, "live.db"));
    const report = await backupDatabase(db, join(dir, "copy.db"));
    expect(statSync(report.path).mode & 0o777).toBe(0o600);
    db.close();
    // The copy taken before a migration holds the same data.
    const old = new Database(join(dir, "old.db"));
    migrate(old, migrations.slice(0, migrations.length - 1));
    old.close();
    openDatabase(join(dir, "old.db")).close();
    const copies = readdirSync(dir).filter((f) => f.endsWith(".bak"));
    expect(copies).toHaveLength(1);
    for (const copy of copies) expect(statSync(join(dir, copy)).mode & 0o777).toBe(0o600);
  });

  it("leaves an unrelated <file>.partial alone and says so", async () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, "live.db"));
    writeFileSync(join(dir, "copy.db.partial"), "someone else's file");
    await expect(backupDatabase(db, join(dir, "copy.db"))).rejects.toThrow(
      /copy\.db\.partial already exists/,
    );
    expect(readFileSync(join(dir, "copy.db.partial"), "utf8")).toBe("someone else's file");
    expect(existsSync(join(dir, "copy.db"))).toBe(false);
    db.close();
  });
});

describe("restoring", () => {
  it("a checked backup put in place of the database opens as the database, with its rows", async () => {
    const dir = tempDir();
    const live = openDatabase(join(dir, "live.db"));
    live
      .prepare(
        "INSERT INTO documents (file_name, sha256, kind, title, imported_at) VALUES ('a.txt', 'x', 'plan', 'A', 'now')",
      )
      .run();
    await backupDatabase(live, join(dir, "copy.db"));
    live.close();
    copyFileSync(join(dir, "copy.db"), join(dir, "restored.db"));
    const restored = openDatabase(join(dir, "restored.db"));
    expect(restored.prepare("SELECT file_name FROM documents").pluck().all()).toEqual(["a.txt"]);
    restored.close();
  });

  it("refuses to check a file that is not a database, with a sentence", () => {
    const junk = join(tempDir(), "junk.db");
    writeFileSync(junk, "not a database, just text long enough to fill a header page...".repeat(20));
    expect(() => checkBackup(junk)).toThrow(BackupError);
    expect(() => checkBackup(junk)).toThrow(/is not a readable SQLite database/);
  });
});

describe("npm run backup", () => {
  it("prints the check of the copy it took, and refuses an existing file with a sentence", () => {
    const dir = tempDir();
    openDatabase(join(dir, "live.db")).close();
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [CLI, ...args], {
        env: { PATH: process.env.PATH, DATABASE_PATH: join(dir, "live.db") },
        encoding: "utf8",
      });
    const first = run(join(dir, "copy.db"));
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(
      /copy\.db: \d+ bytes, integrity ok, schema version \d+; rows: .*workshops 0/,
    );
    const again = run(join(dir, "copy.db"));
    expect(again.status).toBe(1);
    expect(again.stderr.trim()).toBe(`${join(dir, "copy.db")} already exists; choose a new file name.`);
    expect(run("--check", join(dir, "copy.db")).status).toBe(0);
  }, 30_000);
});

describe("migrate", () => {
  it("copies a database aside, named with both versions, before it changes the schema", () => {
    const dir = tempDir();
    const path = join(dir, "old.db");
    const old = new Database(path);
    migrate(old, migrations.slice(0, migrations.length - 1));
    old
      .prepare(
        "INSERT INTO documents (file_name, sha256, kind, title, imported_at) VALUES ('a.txt', 'x', 'plan', 'A', 'now')",
      )
      .run();
    old.close();

    openDatabase(path).close();

    const from = migrations.length - 1;
    const copies = readdirSync(dir).filter((f) => f.endsWith(".bak"));
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatch(new RegExp(`^old\\.db\\.v${from}-before-v${from + 1}\\.\\d{8}T\\d{6}Z\\.bak$`));
    const copy = checkBackup(join(dir, copies[0] ?? ""));
    expect(copy.integrity).toBe("ok");
    expect(copy.schemaVersion).toBe(from);
    expect(copy.counts.documents).toBe(1);
  });

  it("makes no copy of a new database or of one already up to date", () => {
    const dir = tempDir();
    openDatabase(join(dir, "new.db")).close();
    openDatabase(join(dir, "new.db")).close();
    expect(readdirSync(dir).filter((f) => f.endsWith(".bak"))).toEqual([]);
    expect(existsSync(join(dir, "new.db"))).toBe(true);
  });
});
