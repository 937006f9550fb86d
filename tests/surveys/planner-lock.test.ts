import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/open.ts";
import { planReminders } from "../../src/surveys/outbox.ts";
import { seedWorkshop, tempDbPath, testConfig } from "./fixtures.ts";

const WRITER = fileURLToPath(new URL("./writer-child.ts", import.meta.url));

describe("planning the outbox while another process writes", () => {
  it("takes the write lock up front, so no planning run fails with SQLITE_BUSY_SNAPSHOT", async () => {
    const path = tempDbPath();
    const db = openDatabase(path);
    const config = testConfig();
    const child = spawn(process.execPath, [WRITER], {
      env: { ...process.env, ROCB_TEST_DB: path },
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise((resolve) => child.stdout.once("data", resolve));
    const failures: string[] = [];
    try {
      // Each round adds participants, so the planner reads them and then writes their reminders.
      for (let round = 0; round < 15; round++) {
        seedWorkshop(db, { participants: 400 });
        try {
          planReminders(db, config, new Date("2024-12-20T03:00:00Z"));
        } catch (err) {
          failures.push((err as Error).message);
        }
      }
    } finally {
      child.kill("SIGKILL");
    }
    expect(failures).toEqual([]);
    expect(db.prepare("SELECT count(*) FROM reminders").pluck().get()).toBe(15 * 400);
    db.close();
  }, 60_000);
});
