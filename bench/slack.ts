import type { AddressInfo } from "node:net";
import { App, LogLevel } from "@slack/bolt";
import { commandBody, postSigned, realCommands, SECRET, startTestApp } from "../tests/slack/harness.ts";
import { mib, percentile } from "./stats.ts";

const SEQUENTIAL = 500;
const WARM_UP = 200;
const CONCURRENT = 200;

interface Trips {
  ack: number[];
  /** Request sent → reply posted to response_url (ours only). */
  answer: number[];
}

/**
 * Sequential round trips. Each waits for the previous request's reply (when `answered` is given), so
 * the work after an ack does not leak into the next request's figure.
 */
async function roundTrips(
  url: string,
  command: string,
  responseUrl: () => string,
  answered?: (url: string) => Promise<unknown>,
): Promise<Trips> {
  const trips: Trips = { ack: [], answer: [] };
  for (let i = 0; i < WARM_UP + SEQUENTIAL; i++) {
    const replyUrl = responseUrl();
    const reply = answered?.(replyUrl);
    const started = performance.now();
    const res = await postSigned(url, commandBody(command, "", replyUrl));
    await res.arrayBuffer();
    const acked = performance.now() - started;
    if (res.status !== 200) throw new Error(`${command} answered ${res.status}`);
    await reply;
    if (i < WARM_UP) continue;
    trips.ack.push(acked);
    trips.answer.push(performance.now() - started);
  }
  return trips;
}

/** A bare Bolt app on its own HTTPReceiver that acks a constant: the floor we compare against. */
async function bareBolt(): Promise<{ url: string; stop: () => Promise<void> }> {
  const app = new App({
    token: "xoxb-bench",
    signingSecret: SECRET,
    tokenVerificationEnabled: false,
    botId: "B",
    botUserId: "U",
    logLevel: LogLevel.ERROR,
  });
  app.command("/bench", async ({ ack }) => {
    await ack("ok");
  });
  const server = (await app.start({ port: 0, host: "127.0.0.1" })) as unknown as { address(): AddressInfo };
  return { url: `http://127.0.0.1:${server.address().port}`, stop: async () => void (await app.stop()) };
}

const ms = (v: number) => `${v.toFixed(2)} ms`;

/** `npm run bench` section: slash-command round trips over loopback HTTP with signature verification. */
export async function benchSlack(): Promise<string> {
  const t = await startTestApp({ env: { LOG_LEVEL: "warn" } });
  const bare = await bareBolt();
  try {
    const commands = await realCommands();
    const command = commands["/workshops"] ? "/workshops" : (Object.keys(commands)[0] ?? "/pages");
    const text = "";
    const floor = (await roundTrips(bare.url, "/bench", () => "http://127.0.0.1:9/unused")).ack;
    const trips = await roundTrips(
      t.url,
      command,
      () => t.slack.responseUrl(),
      (url) => t.slack.nextCallTo(new URL(url).pathname),
    );
    const ours = trips.ack;

    const rssBefore = process.memoryUsage().rss;
    const answeredBefore = t.slack.callsOf("response").length;
    const started = performance.now();
    const burst = await Promise.all(
      Array.from({ length: CONCURRENT }, async () => {
        const s = performance.now();
        const res = await postSigned(t.url, commandBody(command, text, t.slack.responseUrl()));
        await res.arrayBuffer();
        return { status: res.status, ms: performance.now() - s };
      }),
    );
    const acked = performance.now() - started;
    await t.slack.waitFor("response", answeredBefore + CONCURRENT, 30_000);
    const answered = performance.now() - started;
    const rssAfter = process.memoryUsage().rss;
    const ok = burst.filter((b) => b.status === 200).length;
    const p50 = percentile(ours, 50);
    const p99 = percentile(ours, 99);
    const b50 = percentile(floor, 50);
    const b99 = percentile(floor, 99);
    return [
      "## Slack (HTTP, loopback, signed requests)",
      "",
      `Sequential round trips (${SEQUENTIAL} after ${WARM_UP} warm-up), request sent → HTTP 200 ack:`,
      "",
      "| app | p50 | p99 |",
      "|---|---|---|",
      `| ROCB Desk \`${command}\` (signature check, retry dedupe, listener) | ${ms(p50)} | ${ms(p99)} |`,
      `| bare Bolt acking a constant | ${ms(b50)} | ${ms(b99)} |`,
      `| ratio | ${(p50 / b50).toFixed(2)}× | ${(p99 / b99).toFixed(2)}× |`,
      "",
      `Full answer (request → reply posted to a loopback response_url): p50 ${ms(percentile(trips.answer, 50))}, p99 ${ms(percentile(trips.answer, 99))}.`,
      "",
      `${CONCURRENT} concurrent \`${command}\` requests: ${ok}/${CONCURRENT} answered 200, max ack latency ${ms(Math.max(...burst.map((b) => b.ms)))}, all acked in ${ms(acked)}, all replies posted to response_url in ${ms(answered)}.`,
      `Memory (RSS): ${mib(rssBefore)} before the burst, ${mib(rssAfter)} after; heap used ${mib(process.memoryUsage().heapUsed)}.`,
    ].join("\n");
  } finally {
    await bare.stop();
    await t.stop();
  }
}
