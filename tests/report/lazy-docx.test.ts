import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const url = (path: string) => pathToFileURL(join(ROOT, path)).href;

// Run in a fresh process: the test runner itself has long loaded docx for other tests.
const SCRIPT = `
import { registerHooks } from "node:module";
let loaded = false;
registerHooks({
  resolve(specifier, context, next) {
    if (specifier === "docx") loaded = true;
    return next(specifier, context);
  },
});
await import(${JSON.stringify(url("commands/index.ts"))});
await import(${JSON.stringify(url("src/slack/app.ts"))});
const atStart = loaded;
const { openCatalogue } = await import(${JSON.stringify(url("src/bootstrap.ts"))});
const { makeReport } = await import(${JSON.stringify(url("src/report/index.ts"))});
const { db } = openCatalogue({ DATABASE_PATH: ":memory:" }, new Date("2026-12-08T00:00:00Z"));
const made = await makeReport(db, "2017/18", new Date("2026-12-08T00:00:00Z"));
console.log(JSON.stringify({ atStart, afterReport: loaded, bytes: typeof made === "string" ? 0 : made.bytes.length }));
`;

describe("the docx package", () => {
  it("is not loaded with the bot's commands and Slack wiring, only when a report is made", () => {
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", SCRIPT], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: "silent" },
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    const result = JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "{}");
    expect(result).toMatchObject({ atStart: false, afterReport: true });
    expect(result.bytes).toBeGreaterThan(10_000);
  }, 60_000);
});
