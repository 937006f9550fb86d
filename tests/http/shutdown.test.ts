import type { ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SlackStandIn } from "../support/slack-stand-in.ts";
import { startBot } from "../support/start-bot.ts";

// SIGTERM on the real `npm start` in HTTP mode while clients hold half-sent requests, an idle keep-alive
// connection and pipelined requests: it stops accepting, answers what is in flight, closes the rest and
// exits 0 within its bound (10 s), well inside systemd's 30 s.

const SHUTDOWN_BOUND_MS = 10_000;
let slack: SlackStandIn;
let bot: ChildProcess;
let port = 0;

beforeAll(async () => {
  slack = await new SlackStandIn().start();
  const dir = mkdtempSync(join(tmpdir(), "rocb-shutdown-"));
  ({ bot, port } = await startBot({ apiUrl: slack.apiUrl, databasePath: join(dir, "rocb.db") }));
}, 40_000);

afterAll(async () => {
  if (bot.exitCode === null) bot.kill("SIGKILL");
  await slack?.stop();
});

/** A connection that writes `data` and records what comes back and when it closes. */
function client(data: string) {
  const socket: Socket = connect(port, "127.0.0.1");
  const got: Buffer[] = [];
  let closedAt = 0;
  socket.on("data", (d) => got.push(d));
  socket.on("error", () => {});
  const closed = new Promise<void>((resolve) =>
    socket.on("close", () => {
      closedAt = Date.now();
      resolve();
    }),
  );
  const ready = new Promise<void>((resolve) =>
    socket.on("connect", () => socket.write(data, () => resolve())),
  );
  return { ready, closed, text: () => Buffer.concat(got).toString("latin1"), closedAt: () => closedAt };
}

const GET_HEALTH = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";

describe("SIGTERM", () => {
  it("exits 0 within its bound, answering what is in flight and closing half-open sockets", async () => {
    const halfHeaders = client("POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Le");
    const halfBody = client("POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc");
    const idle = client(GET_HEALTH);
    await Promise.all([halfHeaders.ready, halfBody.ready, idle.ready]);
    await new Promise((r) => setTimeout(r, 300));
    expect(idle.text()).toMatch(/^HTTP\/1\.1 200/);

    const pipelined = client(GET_HEALTH.repeat(5));
    await pipelined.ready;
    const signalled = Date.now();
    const exited = new Promise<number | null>((resolve) => bot.on("exit", (code) => resolve(code)));
    bot.kill("SIGTERM");

    const code = await exited;
    const took = Date.now() - signalled;
    expect(code).toBe(0);
    expect(took).toBeLessThan(SHUTDOWN_BOUND_MS);
    await Promise.all([halfHeaders.closed, halfBody.closed, idle.closed, pipelined.closed]);
    // Every pipelined request was answered, none reset.
    expect(pipelined.text().match(/HTTP\/1\.1 200 OK/g)).toHaveLength(5);
    // The request whose body never finished was answered, not reset.
    expect(halfBody.text()).toMatch(/^HTTP\/1\.1 503/);
    // The idle keep-alive connection was closed at once, not at the end of the drain.
    expect(idle.closedAt() - signalled).toBeLessThan(1000);
    // Nothing new is accepted.
    const late = await new Promise<string>((resolve) => {
      const s = connect(port, "127.0.0.1");
      s.on("connect", () => resolve("connected"));
      s.on("error", (err: NodeJS.ErrnoException) => resolve(err.code ?? "error"));
    });
    expect(late).toBe("ECONNREFUSED");
  }, 30_000);
});
