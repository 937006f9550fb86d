import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CommandHandler } from "../../src/context.ts";
import { ACTION_IDS } from "../../src/reply.ts";
import { rawRequest, requestText } from "../support/raw-http.ts";
import {
  clickBody,
  commandBody,
  postSigned,
  realCommands,
  SECRET,
  slackSignature,
  startTestApp,
  type TestApp,
  testCommands,
} from "./harness.ts";

// Security at the edge of HTTP mode (issue 9): what an attacker on the network can send, over real sockets.
let t: TestApp;
let port: number;
const STAFF = "U100";

/** A command that writes, so a test can see whether anything ran. */
const record: CommandHandler = (text, ctx) => {
  ctx.db.prepare("INSERT INTO hits (text) VALUES (?)").run(text);
  return {
    text: `Recorded ${text}`,
    blocks: [{ type: "section", text: { type: "mrkdwn", text: "Recorded" } }],
  };
};

beforeEach(async () => {
  t = await startTestApp({
    commands: { ...(await realCommands()), ...testCommands, "/record": record },
    env: { STAFF_USER_IDS: STAFF },
    timeouts: { headersMs: 1000, requestMs: 1500, checkEveryMs: 100 },
  });
  t.db.exec("CREATE TABLE hits (text TEXT)");
  port = Number(new URL(t.url).port);
});
afterEach(async () => {
  await t?.stop();
});

const hits = () => t.db.prepare("SELECT count(*) FROM hits").pluck().get() as number;
const workshops = () => t.db.prepare("SELECT count(*) FROM workshops").pluck().get() as number;
const ts = () => Math.floor(Date.now() / 1000);

async function healthy() {
  const res = await fetch(`${t.url}/healthz`);
  expect(res.status).toBe(200);
}

describe("the signature is checked whatever the request target says", () => {
  const targets = [
    "http://any.host/slack/events",
    "/slack/./events",
    "/x/../slack/events",
    "/slack/events#a",
    "/slack\\events",
    "/slack/events/",
    "//slack/events",
    "/slack/%65vents",
    "/SLACK/events",
    "/slack/events?x=1",
  ];
  for (const target of targets) {
    it(`runs nothing for an unsigned POST ${target}`, async () => {
      const body = commandBody("/record", "forged", t.slack.responseUrl(), STAFF);
      const res = await rawRequest(port, [
        requestText("POST", target, body, { "Content-Type": "application/x-www-form-urlencoded" }),
      ]);
      expect([400, 401, 404]).toContain(res.status);
      await new Promise((r) => setTimeout(r, 50));
      expect(hits()).toBe(0);
      expect(t.slack.callsOf("response")).toHaveLength(0);
      await healthy();
    });
  }

  it("refuses a correctly signed request sent to an odd spelling of the path (400), as the README says", async () => {
    const body = commandBody("/record", "signed", t.slack.responseUrl(), STAFF);
    const stamp = ts();
    const res = await rawRequest(port, [
      requestText("POST", "/slack\\events", body, {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Slack-Request-Timestamp": String(stamp),
        "X-Slack-Signature": slackSignature(SECRET, stamp, body),
      }),
    ]);
    expect(res.status).toBe(400);
    await new Promise((r) => setTimeout(r, 50));
    expect(hits()).toBe(0);
  });
});

describe("every request gets an answer and the bot stays up", () => {
  const cases: Array<[string, string, number[]]> = [
    ["GET", "/", [404]],
    ["GET", "/favicon.ico", [404]],
    ["GET", "/slack/events", [405]],
    ["HEAD", "/healthz", [200]],
    ["POST", "/healthz", [405]],
    ["POST", "/slack/events/", [404]],
    ["OPTIONS", "*", [400]],
    ["DELETE", "/slack/events", [405]],
    ["BREW", "/", [400, 404]],
    ["GET", "/%%%", [400, 404]],
  ];
  for (const [method, target, statuses] of cases) {
    it(`${method} ${target} → ${statuses.join("/")}`, async () => {
      const res = await rawRequest(port, [requestText(method, target)]);
      expect(statuses).toContain(res.status);
      await healthy();
    });
  }

  it("answers 405 with the methods the path allows", async () => {
    const res = await rawRequest(port, [requestText("GET", "/slack/events")]);
    expect(res.text).toMatch(/^allow: POST/im);
  });

  it("answers a garbled request line with 400", async () => {
    const res = await rawRequest(port, ["NOT HTTP AT ALL\r\n\r\n"]);
    expect(res.status).toBe(400);
    await healthy();
  });
});

describe("bodies and slow clients", () => {
  it("refuses a declared 60 MB body with 413 before reading it", async () => {
    const res = await rawRequest(port, [
      "POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 62914560\r\n\r\n",
    ]);
    expect(res.status).toBe(413);
    expect(res.ms).toBeLessThan(1000);
    await healthy();
  });

  it("refuses a chunked body as soon as it grows past 1 MB", async () => {
    const chunk = Buffer.alloc(256 * 1024, "a");
    const frame = Buffer.concat([
      Buffer.from(`${chunk.length.toString(16)}\r\n`),
      chunk,
      Buffer.from("\r\n"),
    ]);
    const res = await rawRequest(port, [
      "POST /slack/events HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n",
      ...Array.from({ length: 8 }, () => frame),
    ]);
    expect(res.status).toBe(413);
    await healthy();
  });

  it("closes a connection whose body never finishes", async () => {
    const res = await rawRequest(
      port,
      ["POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n", "abc"],
      { timeoutMs: 5000 },
    );
    expect(res.ms).toBeLessThan(4000);
    expect([0, 408]).toContain(res.status);
    await healthy();
  });

  it("closes a connection that never finishes its headers", async () => {
    const res = await rawRequest(port, ["POST /slack/events HTTP/1.1\r\nHost: x\r\n"], { timeoutMs: 5000 });
    expect(res.ms).toBeLessThan(4000);
    await healthy();
  });
});

describe("replays", () => {
  it("runs a captured, correctly signed request once, however often it is sent again", async () => {
    const body = commandBody("/record", "25", t.slack.responseUrl(), STAFF);
    const stamp = ts();
    const first = await postSigned(t.url, body, { ts: stamp });
    const second = await postSigned(t.url, body, { ts: stamp });
    const third = await postSigned(t.url, body, { ts: stamp });
    expect([first.status, second.status, third.status]).toEqual([200, 200, 200]);
    await t.slack.waitFor("response", 1);
    await new Promise((r) => setTimeout(r, 100));
    expect(hits()).toBe(1);
  });

  it("runs a captured request once even when it is sent again after the bot restarted", async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), "rocb-replay-")), "rocb.db");
    const start = async () => {
      const app = await startTestApp({
        commands: { "/record": record },
        env: { STAFF_USER_IDS: STAFF },
        dbPath,
      });
      app.db.exec("CREATE TABLE IF NOT EXISTS hits (text TEXT)");
      return app;
    };
    const before = await start();
    const body = commandBody("/record", "25", before.slack.responseUrl(), STAFF);
    const stamp = ts();
    expect((await postSigned(before.url, body, { ts: stamp })).status).toBe(200);
    await before.slack.waitFor("response", 1);
    await before.stop();
    const after = await start();
    try {
      expect((await postSigned(after.url, body, { ts: stamp })).status).toBe(200);
      await new Promise((r) => setTimeout(r, 200));
      expect(after.db.prepare("SELECT count(*) FROM hits").pluck().get()).toBe(1);
    } finally {
      await after.stop();
    }
  });
});

describe("buttons never run a write", () => {
  /** Runs a command, then finds the Share button's value in what was posted. */
  async function commandThenShareValue(command: string, text: string) {
    const url = t.slack.responseUrl();
    await postSigned(t.url, commandBody(command, text, url, STAFF));
    const [call] = await t.slack.waitFor("response", 1);
    const blocks = (
      call?.body as { blocks: Array<{ elements?: Array<{ action_id?: string; value?: string }> }> }
    ).blocks;
    const share = blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === ACTION_IDS.share);
    return { value: share?.value ?? "", answer: call?.body as { text: string } };
  }

  it("Share of a write reposts the answer shown and records nothing again", async () => {
    const { value, answer } = await commandThenShareValue("/record", "25");
    expect(hits()).toBe(1);
    const url = t.slack.responseUrl();
    await postSigned(
      t.url,
      clickBody({ action_id: ACTION_IDS.share, value }, { responseUrl: url, user: STAFF }),
    );
    const calls = await t.slack.waitFor("response", 2);
    const shared = calls[1]?.body as { response_type: string; text: string };
    expect(shared.response_type).toBe("in_channel");
    expect(shared.text).toBe(answer.text);
    expect(hits()).toBe(1);
  });

  it("Share by someone other than the person who was shown the answer is refused", async () => {
    const { value } = await commandThenShareValue("/record", "25");
    const url = t.slack.responseUrl();
    await postSigned(
      t.url,
      clickBody({ action_id: ACTION_IDS.share, value }, { responseUrl: url, user: "U777" }),
    );
    const calls = await t.slack.waitFor("response", 2);
    expect((calls[1]?.body as { response_type: string }).response_type).toBe("ephemeral");
    expect(JSON.stringify(calls[1]?.body)).not.toContain("Recorded");
  });

  it("a Share carrying a command instead of a kept answer runs nothing", async () => {
    const before = workshops();
    const forged = JSON.stringify({ c: "/workshops", t: 'add --title "Forged" --kind national', o: 0 });
    const url = t.slack.responseUrl();
    await postSigned(
      t.url,
      clickBody({ action_id: ACTION_IDS.share, value: forged }, { responseUrl: url, user: STAFF }),
    );
    await t.slack.waitFor("response", 1);
    expect(workshops()).toBe(before);
  });

  it("Next runs its command read-only: a command that writes is refused, nothing recorded", async () => {
    const url = t.slack.responseUrl();
    const value = JSON.stringify({ c: "/record", t: "again", o: 5 });
    await postSigned(
      t.url,
      clickBody({ action_id: ACTION_IDS.nextPage, value }, { responseUrl: url, user: STAFF }),
    );
    const [call] = await t.slack.waitFor("response", 1);
    expect(JSON.stringify(call?.body)).toMatch(/no longer active/);
    expect(hits()).toBe(0);
  });

  it("Next of /workshops add by staff adds nothing", async () => {
    const before = workshops();
    const url = t.slack.responseUrl();
    const value = JSON.stringify({
      c: "/workshops",
      t: 'add --title "Forged" --kind national --country Fiji',
      o: 1,
    });
    await postSigned(
      t.url,
      clickBody({ action_id: ACTION_IDS.nextPage, value }, { responseUrl: url, user: STAFF }),
    );
    await t.slack.waitFor("response", 1);
    expect(workshops()).toBe(before);
  });

  it("the Shared-by line shows the command's text escaped", async () => {
    const { value } = await commandThenShareValue("/pages", "<!channel> & <https://evil.example|x>");
    const url = t.slack.responseUrl();
    await postSigned(
      t.url,
      clickBody({ action_id: ACTION_IDS.share, value }, { responseUrl: url, user: STAFF }),
    );
    const calls = await t.slack.waitFor("response", 2);
    const blocks = (calls[1]?.body as { blocks: Array<{ type: string }> }).blocks;
    const by = JSON.stringify(blocks.at(-1));
    expect(by).toContain("Shared by <@U100>");
    expect(by).not.toContain("<!channel>");
    expect(by).toContain("&lt;!channel&gt;");
  });
});
