import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SlackStandIn } from "../support/slack-stand-in.ts";
import { startBot } from "../support/start-bot.ts";

// Memory before the signature check, on the real `npm start` in HTTP mode: 300 clients each sending most
// of a 1 MB unsigned body and holding it must not grow the process by more than 100 MiB; those beyond the
// caps are answered 503, and the bot serves as before once they are gone.

const CLIENTS = 300;
const HELD = 900_000;
let slack: SlackStandIn;
let bot: ChildProcess;
let port = 0;

beforeAll(async () => {
  slack = await new SlackStandIn().start();
  const dir = mkdtempSync(join(tmpdir(), "rocb-memory-"));
  ({ bot, port } = await startBot({
    apiUrl: slack.apiUrl,
    databasePath: join(dir, "rocb.db"),
    timeoutMs: 40_000,
  }));
}, 50_000);

afterAll(async () => {
  bot?.kill("SIGKILL");
  await slack?.stop();
});

/** The bot's resident memory in bytes, as the kernel counts it. */
function rss(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Number(kb) * 1024;
}

describe("unsigned bodies held at once", () => {
  it(`${CLIENTS} clients holding most of a 1 MB body grow the process by less than 100 MiB`, async () => {
    const pid = bot.pid ?? 0;
    await fetch(`http://127.0.0.1:${port}/healthz`);
    const before = rss(pid);
    const body = Buffer.alloc(HELD, "a");
    const answers: string[] = [];
    const sockets: Socket[] = [];
    await Promise.all(
      Array.from(
        { length: CLIENTS },
        () =>
          new Promise<void>((resolve) => {
            const s = connect(port, "127.0.0.1", () => {
              s.write(
                "POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n",
              );
              s.write(body);
              resolve();
            });
            let got = "";
            s.on("data", (d) => {
              got += d.toString("latin1");
            });
            s.on("close", () => answers.push(got));
            s.on("error", () => {});
            sockets.push(s);
          }),
      ),
    );
    await new Promise((r) => setTimeout(r, 3000));
    const during = rss(pid);
    const grewMiB = (during - before) / 2 ** 20;
    console.info(
      `RSS before ${(before / 2 ** 20).toFixed(0)} MiB, holding ${(during / 2 ** 20).toFixed(0)} MiB`,
    );
    expect(grewMiB).toBeLessThan(100);
    // Those beyond the caps were told so.
    expect(answers.filter((a) => /^HTTP\/1\.1 503/.test(a)).length).toBeGreaterThan(0);
    for (const s of sockets) s.destroy();
    await new Promise((r) => setTimeout(r, 300));
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  }, 60_000);
});
