import type { ChildProcess } from "node:child_process";
import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openCatalogue } from "../../src/bootstrap.ts";
import { commandBody, postSigned } from "../slack/harness.ts";
import { SlackStandIn } from "../support/slack-stand-in.ts";
import { startBot } from "../support/start-bot.ts";

// A full disk, on the real `npm start`: the bot runs under a file-size limit (RLIMIT_FSIZE, which Node
// turns into EFBIG on write, as a full disk gives ENOSPC), so its database's write-ahead log can grow
// only a little. Once writes fail, `/healthz` says so with 503 instead of answering 200 ok.

let slack: SlackStandIn;
let bot: ChildProcess;
let url = "";
let databasePath = "";

beforeAll(async () => {
  slack = await new SlackStandIn().start();
  const dir = mkdtempSync(join(tmpdir(), "rocb-diskfull-"));
  databasePath = join(dir, "rocb.db");
  // The catalogue is imported beforehand, so only the bot's own writes meet the limit.
  openCatalogue({ DATABASE_PATH: databasePath }).db.close();
  const limit = statSync(databasePath).size + 64 * 1024;
  let port: number;
  ({ bot, port } = await startBot({
    apiUrl: slack.apiUrl,
    databasePath,
    env: { STAFF_USER_IDS: "U100" },
    prefix: ["prlimit", `--fsize=${limit}`],
  }));
  url = `http://127.0.0.1:${port}`;
}, 40_000);

afterAll(async () => {
  bot?.kill("SIGKILL");
  await slack?.stop();
});

describe("a full disk", () => {
  it("turns /healthz to 503 naming the failing write, while the bot keeps answering", async () => {
    const first = await fetch(`${url}/healthz`);
    expect(first.status, await first.clone().text()).toBe(200);
    // Staff record KPI figures until the disk takes no more.
    let failedAt = -1;
    let recorded = 0;
    for (let i = 0; i < 360 && failedAt < 0; i++) {
      const responseUrl = slack.responseUrl();
      // One figure per as-of date: each day a new row.
      const asOf = new Date(Date.UTC(2024, 6, 1) + i * 86_400_000).toISOString().slice(0, 10);
      const note = `as of ${asOf} ${"x".repeat(400)}`;
      const replied = slack.nextCallTo(new URL(responseUrl).pathname);
      const res = await postSigned(url, commandBody("/kpi", `set 1-(a) ${i} ${note}`, responseUrl, "U100"));
      expect(res.status).toBe(200);
      const reply = await replied;
      if (/went wrong/i.test(JSON.stringify(reply.body))) failedAt = i;
      if (/^Recorded /.test(String(reply.body.text))) recorded++;
    }
    expect(failedAt).toBeGreaterThan(0);
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(503);
    const body = (await health.json()) as { ok: boolean; problems: string[] };
    expect(body.ok).toBe(false);
    expect(body.problems.join(" ")).toMatch(/cannot be written .*SQLITE_(FULL|IOERR)/);
    expect(bot.exitCode).toBeNull();
    // Every figure the bot said it recorded is in the database; none was lost behind a "Recorded".
    const db = new Database(databasePath, { readonly: true });
    expect(db.prepare("SELECT count(*) FROM kpi_measurements").pluck().get()).toBe(recorded);
    db.close();
  }, 60_000);
});
