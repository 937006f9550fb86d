import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// `npm start` with a bad setting: a sentence naming the variable and the value's problem, exit non-zero,
// no stack trace and no hang (issue 9, item 10).
const dir = mkdtempSync(join(tmpdir(), "rocb-startup-"));

function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["src/main.ts"], {
    env: { PATH: process.env.PATH ?? "", HOME: dir, DATABASE_PATH: join(dir, "ok.db"), ...env },
    input: "",
    encoding: "utf8",
    timeout: 20_000,
  });
  return { status: result.status, stderr: result.stderr, timedOut: result.error !== undefined };
}

const slackHttp = { SLACK_BOT_TOKEN: "xoxb-1-2-abc", SLACK_SIGNING_SECRET: "0123456789abcdef0123" };

describe("startup refuses a bad setting with a sentence", () => {
  const fifo = join(dir, "pipe.db");
  spawnSync("mkfifo", [fifo]);
  const folder = join(dir, "a-folder.db");
  mkdirSync(folder);
  const readOnly = join(dir, "read-only.db");
  writeFileSync(readOnly, "");
  chmodSync(readOnly, 0o444);

  const cases: Array<[string, Record<string, string>, RegExp]> = [
    ["a clock that is not a date", { ROCB_NOW: "garbage" }, /ROCB_NOW: is not an ISO date/],
    [
      "a Web API address that is a file",
      { ...slackHttp, SLACK_API_URL: "file:///etc/passwd" },
      /SLACK_API_URL: is not an http\(s\) address/,
    ],
    [
      "a database in a folder that cannot be created",
      { DATABASE_PATH: "/proc/rocb/catalogue.db" },
      /DATABASE_PATH \(\/proc\/rocb\/catalogue\.db\) cannot be/,
    ],
    [
      "a database under a file",
      { DATABASE_PATH: "/dev/null/catalogue.db" },
      /DATABASE_PATH \(\/dev\/null\/catalogue\.db\) cannot be created: \/dev\/null is not a folder/,
    ],
    [
      "a database path that is a pipe",
      { DATABASE_PATH: fifo },
      /DATABASE_PATH \(.*pipe\.db\) is not a regular file/,
    ],
    [
      "a database path that is a folder",
      { DATABASE_PATH: folder },
      /DATABASE_PATH \(.*a-folder\.db\) is a folder/,
    ],
  ];
  if (process.getuid?.() !== 0) {
    // Root may write any file, so this case only means something for the unprivileged user the bot runs as.
    cases.push([
      "a read-only database file",
      { DATABASE_PATH: readOnly },
      /DATABASE_PATH \(.*\) is read-only/,
    ]);
  }
  for (const [name, env, message] of cases) {
    it(name, () => {
      const { status, stderr, timedOut } = start(env);
      expect(timedOut).toBe(false);
      expect(status).not.toBe(0);
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/^\s+at /m);
    });
  }
});
