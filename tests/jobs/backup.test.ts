import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { runBackup } from "../../jobs/backup.ts";
import { testDb } from "../surveys/fixtures.ts";

it("writes a checked backup per run and keeps only the newest BACKUP_KEEP of its own files", async () => {
  const dir = join(mkdtempSync(join(tmpdir(), "rocb-backup-job-")), "backups");
  const db = testDb(join(dir, "..", "live.db"));
  const runs = [];
  for (const day of ["2025-01-01", "2025-01-02", "2025-01-03"]) {
    runs.push(await runBackup({ db, dir, keep: 2, now: new Date(`${day}T02:30:00Z`) }));
    if (day === "2025-01-01") writeFileSync(join(dir, "notes.txt"), "not a backup");
  }
  expect(runs.map((r) => r.report.integrity)).toEqual(["ok", "ok", "ok"]);
  expect(runs[2]?.removed).toEqual([join(dir, "rocb-20250101T023000Z.db")]);
  expect(readdirSync(dir).sort()).toEqual([
    "notes.txt",
    "rocb-20250102T023000Z.db",
    "rocb-20250103T023000Z.db",
  ]);
  db.close();
});
