import { spawn } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import type { CommandHandler } from "../../src/context.ts";
import { commandBody, SECRET, startTestApp, type TestApp } from "./harness.ts";

let t: TestApp;
afterEach(async () => {
  await t?.stop();
});

const BURST = 20;
const WORK_MS = 50;

/** A command whose answer takes WORK_MS of the bot's own time (parse, query, render), not waiting. */
const slow: CommandHandler = () => {
  const until = Date.now() + WORK_MS;
  while (Date.now() < until) {}
  return { text: "done", blocks: [{ type: "section", text: { type: "mrkdwn", text: "done" } }] };
};

/**
 * Sends the bodies at once from a process of its own (as Slack would, from elsewhere) and prints each
 * request's milliseconds from send to HTTP 200, as JSON.
 */
function burst(url: string, bodies: string[]): Promise<number[]> {
  const client = `
    const { createHmac } = require("node:crypto");
    const [url, secret, bodies] = [process.argv[1], process.argv[2], JSON.parse(process.argv[3])];
    Promise.all(bodies.map(async (body) => {
      const ts = Math.floor(Date.now() / 1000);
      const sig = "v0=" + createHmac("sha256", secret).update("v0:" + ts + ":" + body).digest("hex");
      const started = performance.now();
      const res = await fetch(url + "/slack/events", { method: "POST", body, headers: {
        "content-type": "application/x-www-form-urlencoded", "x-slack-request-timestamp": String(ts),
        "x-slack-signature": sig } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error("status " + res.status);
      return performance.now() - started;
    })).then((ms) => console.log(JSON.stringify(ms)));`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", client, url, SECRET, JSON.stringify(bodies)], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
    });
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out) as number[]) : reject(new Error(out))));
  });
}

describe("a burst of commands", () => {
  it("is acknowledged at once, before the answers' work, and every answer is then posted", async () => {
    t = await startTestApp({ commands: { "/slow": slow } });
    const bodies = Array.from({ length: BURST }, (_, i) =>
      commandBody("/slow", `${i}`, t.slack.responseUrl(), `U${i}`),
    );
    const acks = await burst(t.url, bodies);
    await t.slack.waitFor("response", BURST, 10_000);
    // Were each answer's work done before the next request is even read, the last ack would wait for
    // all the others' work: (BURST - 1) × WORK_MS = 950 ms.
    expect(Math.max(...acks)).toBeLessThan(((BURST - 1) * WORK_MS) / 2);
    expect(t.slack.callsOf("response").map((c) => (c.body as { text: string }).text)).toEqual(
      Array(BURST).fill("done"),
    );
  });
});
