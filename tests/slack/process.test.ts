import type { ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawRequest, requestText } from "../support/raw-http.ts";
import { SlackStandIn } from "../support/slack-stand-in.ts";
import { startBot } from "../support/start-bot.ts";
import { commandBody } from "./harness.ts";

// The real `npm start` in HTTP mode, attacked the way a scanner or a mistyped uptime check would:
// every request gets an answer and the process is still running afterwards (issue 9, item 2).
let slack: SlackStandIn;
let bot: ChildProcess;
let port = 0;
const exits: Array<number | null> = [];

beforeAll(async () => {
  slack = await new SlackStandIn().start();
  const dir = mkdtempSync(join(tmpdir(), "rocb-process-"));
  ({ bot, port } = await startBot({ apiUrl: slack.apiUrl, databasePath: join(dir, "rocb.db") }));
  bot.on("exit", (code) => exits.push(code));
}, 40_000);

afterAll(async () => {
  bot?.kill("SIGTERM");
  await slack?.stop();
});

describe("npm start in HTTP mode", () => {
  it("answers every odd request and keeps running", async () => {
    const requests = [
      requestText("GET", "/"),
      requestText("GET", "/favicon.ico"),
      requestText("GET", "/slack/events"),
      requestText("HEAD", "/healthz"),
      requestText("POST", "/healthz"),
      requestText("POST", "/slack/events/", "x=1"),
      requestText("OPTIONS", "*"),
      requestText(
        "POST",
        "http://any.host/slack/events",
        commandBody("/kpi", "set 1-(a) 30", "http://127.0.0.1:1/r", "U1"),
      ),
      requestText(
        "POST",
        "/x/../slack/events",
        commandBody("/kpi", "set 1-(a) 30", "http://127.0.0.1:1/r", "U1"),
      ),
      "GARBAGE\r\n\r\n",
    ];
    const statuses: number[] = [];
    for (const request of requests) statuses.push((await rawRequest(port, [request])).status);
    expect(statuses).toEqual([404, 404, 405, 200, 405, 404, 400, 400, 400, 400]);
    await new Promise((r) => setTimeout(r, 200));
    expect(exits).toEqual([]);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
  });
});
