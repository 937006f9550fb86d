import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SlackStandIn } from "../support/slack-stand-in.ts";

// What an operator meets at the command line: --help, the logs' times, and dry runs that leave the
// disk as they found it.

const ROOT = join(import.meta.dirname, "../..");
const TOOLS = ["ask", "backup", "export", "import", "participants", "reminders", "workshops"];

function run(tool: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [join(ROOT, "src/cli", `${tool}.ts`), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "info", ...env },
    encoding: "utf8",
  });
}

describe("--help", () => {
  it.each(
    TOOLS.flatMap((t) => [
      [t, "--help"],
      [t, "-h"],
    ]),
  )("npm run %s -- %s prints the usage and exits 0", (tool, flag) => {
    const dir = mkdtempSync(join(tmpdir(), "rocb-help-"));
    const out = run(tool, [flag], { DATABASE_PATH: join(dir, "rocb.db") });
    expect(out.stderr).toBe("");
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^usage:/);
    expect(existsSync(join(dir, "rocb.db"))).toBe(false);
  });
});

describe("dry runs", () => {
  it("npm run reminders -- --dry-run on a missing database says so and creates nothing", () => {
    const dir = mkdtempSync(join(tmpdir(), "rocb-dry-"));
    const out = run("reminders", ["--dry-run"], { DATABASE_PATH: join(dir, "rocb.db") });
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/There is no database at .*rocb\.db/);
    expect(existsSync(join(dir, "rocb.db"))).toBe(false);
  });

  it("npm run import -- --dry-run on a missing database shows what would be imported and creates nothing", () => {
    const dir = mkdtempSync(join(tmpdir(), "rocb-dry-"));
    const out = run("import", ["--dry-run", join(ROOT, "data/004_06a812ef949ba569.txt")], {
      DATABASE_PATH: join(dir, "rocb.db"),
    });
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/would be imported/);
    expect(existsSync(join(dir, "rocb.db"))).toBe(false);
  });
});

describe("logs", () => {
  let slack: SlackStandIn;
  beforeAll(async () => {
    slack = await new SlackStandIn().start();
  });
  afterAll(async () => {
    await slack.stop();
  });

  it("npm run reminders logs ISO 8601 times, as the bot does", () => {
    const dir = mkdtempSync(join(tmpdir(), "rocb-log-"));
    const out = run("reminders", [], {
      DATABASE_PATH: join(dir, "rocb.db"),
      SLACK_BOT_TOKEN: "xoxb-1-2-clitest",
      SLACK_API_URL: slack.apiUrl,
    });
    expect(out.status).toBe(0);
    const logLines = out.stdout.split("\n").filter((l) => l.startsWith("{"));
    expect(logLines.length).toBeGreaterThan(0);
    for (const line of logLines) {
      expect((JSON.parse(line) as { time: unknown }).time).toMatch(
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/,
      );
    }
  }, 60_000);
});
