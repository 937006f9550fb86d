import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openCatalogue } from "../src/bootstrap.ts";
import { commandBody, postSigned, SECRET } from "../tests/slack/harness.ts";
import { SlackStandIn } from "../tests/support/slack-stand-in.ts";
import { deployedNode } from "./deployed.ts";
import { percentile } from "./stats.ts";

/** What people type most, in turn; each answer is waited for before the next request. */
const COMMANDS: Array<[string, string]> = [
  ["/kpi", "1-(i)"],
  ["/workshops", "search AEO"],
  ["/actions", "single window"],
];
const WARM_UP = Number(process.env.BENCH_SLACK_WARM_UP ?? 60);
const SEQUENTIAL = Number(process.env.BENCH_SLACK_COMMANDS ?? 300);
const CONCURRENT = 200;
const RUNS = Number(process.env.BENCH_SLACK_RUNS ?? 3);
const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** A server under test in a process of its own, so its memory is its own and not the client's. */
interface Server {
  url: string;
  /** Resident set size now, in bytes (Linux `/proc`). */
  rss(): number;
  cpuMs(): number;
  stop(): Promise<void>;
}

/** CPU time the process has used so far (user + system), in ms: a busy machine stretches its wall time, not this. */
function cpuOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  // utime and stime, fields 14 and 15 of stat(5), in clock ticks (100 per second on Linux).
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
  return kib ? Number(kib) * 1024 : Number.NaN;
}

/**
 * Starts `node <args>` with exactly `env`, its output in a file (as under a service manager), and waits
 * for the `"port":N` it logs once listening. BENCH_NODE_ARGS adds runtime flags (`--cpu-prof`).
 */
async function startServer(name: string, args: string[], env: Record<string, string>): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), `rocb-bench-${name}-`));
  const logPath = join(dir, "out.log");
  const log = openSync(logPath, "w");
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: ["ignore", log, log],
  });
  closeSync(log);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const until = Date.now() + 60_000;
  let port = 0;
  while (!port) {
    const out = readFileSync(logPath, "utf8");
    port = Number(/"port":(\d+)/.exec(out)?.[1] ?? 0);
    if (!port && (child.exitCode !== null || Date.now() > until)) {
      throw new Error(`${name} did not start: ${out.slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const pid = child.pid ?? 0;
  return {
    url: `http://127.0.0.1:${port}`,
    rss: () => rssOf(pid),
    cpuMs: () => cpuOf(pid),
    async stop() {
      child.kill("SIGTERM");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

interface Trip {
  ack: number;
  answer: number;
}

/** One signed slash command: request sent → HTTP 200 ack, and → its answer posted to the response_url. */
async function trip(slack: SlackStandIn, server: Server, [command, text]: [string, string]): Promise<Trip> {
  const replyUrl = slack.responseUrl();
  const reply = slack.nextCallTo(new URL(replyUrl).pathname);
  const started = performance.now();
  const res = await postSigned(server.url, commandBody(command, text, replyUrl));
  await res.arrayBuffer();
  const ack = performance.now() - started;
  if (res.status !== 200) throw new Error(`${command} ${text} answered ${res.status}`);
  const posted = await reply;
  if (JSON.stringify(posted.body).includes("something went wrong")) {
    throw new Error(`${command} ${text} failed: ${JSON.stringify(posted.body).slice(0, 300)}`);
  }
  return { ack, answer: performance.now() - started };
}

/** CONCURRENT commands at once: the slowest ack, and when the last answer was posted. */
async function burst(
  slack: SlackStandIn,
  server: Server,
): Promise<{ slowestAck: number; allAnswered: number }> {
  const started = performance.now();
  const acks = await Promise.all(
    Array.from({ length: CONCURRENT }, async (_, i) => {
      const [command, text] = COMMANDS[i % COMMANDS.length] as [string, string];
      const replyUrl = slack.responseUrl();
      const reply = slack.nextCallTo(new URL(replyUrl).pathname);
      const s = performance.now();
      const res = await postSigned(server.url, commandBody(command, text, replyUrl));
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${command} answered ${res.status} in the burst`);
      const acked = performance.now() - s;
      await reply;
      return acked;
    }),
  );
  return { slowestAck: Math.max(...acks), allAnswered: performance.now() - started };
}

interface Figures {
  ackP50: number;
  answerP50: number;
  cpuPerCommand: number;
  slowestAck: number;
  allAnswered: number;
  rssIdle: number;
  rssAfter: number;
}

const settle = () => new Promise((r) => setTimeout(r, 1000));

/**
 * One run: both servers up at once, their sequential round trips interleaved (one command to each in
 * turn) so a busy machine slows both alike, then each one's burst on its own.
 */
async function run(dbPath: string): Promise<{ ours: Figures; bare: Figures }> {
  const slack = await new SlackStandIn().start();
  const deployed = deployedNode("start");
  const bot = await startServer("bot", [...deployed.flags, "src/main.ts"], {
    ...deployed.env,
    DATABASE_PATH: dbPath,
    SLACK_BOT_TOKEN: "xoxb-1-2-bench",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.apiUrl,
    PORT: "0",
    ROCB_NOW: "2024-07-01",
  });
  // Node's defaults, but the same compile cache, so neither carries the type stripper after run 1.
  const bare = await startServer("bolt", ["bench/bare-bolt.ts"], { ...deployed.env, BENCH_SECRET: SECRET });
  try {
    await settle();
    const idle = [bot.rss(), bare.rss()];
    const trips: Trip[][] = [[], []];
    let cpuBefore = [0, 0];
    for (let i = 0; i < WARM_UP + SEQUENTIAL; i++) {
      if (i === WARM_UP) cpuBefore = [bot.cpuMs(), bare.cpuMs()];
      const command = COMMANDS[i % COMMANDS.length] as [string, string];
      const ours = await trip(slack, bot, command);
      const floor = await trip(slack, bare, command);
      if (i < WARM_UP) continue;
      trips[0]?.push(ours);
      trips[1]?.push(floor);
    }
    const cpu = [bot.cpuMs() - (cpuBefore[0] ?? 0), bare.cpuMs() - (cpuBefore[1] ?? 0)];
    await settle();
    const after = [bot.rss(), bare.rss()];
    const bursts = [await burst(slack, bot), await burst(slack, bare)];
    const figures = (n: 0 | 1): Figures => ({
      ackP50: percentile(
        (trips[n] ?? []).map((t) => t.ack),
        50,
      ),
      answerP50: percentile(
        (trips[n] ?? []).map((t) => t.answer),
        50,
      ),
      cpuPerCommand: (cpu[n] ?? Number.NaN) / SEQUENTIAL,
      slowestAck: bursts[n]?.slowestAck ?? Number.NaN,
      allAnswered: bursts[n]?.allAnswered ?? Number.NaN,
      rssIdle: idle[n] ?? Number.NaN,
      rssAfter: after[n] ?? Number.NaN,
    });
    return { ours: figures(0), bare: figures(1) };
  } finally {
    await bot.stop();
    await bare.stop();
    await slack.stop();
  }
}

const ms = (v: number) => v.toFixed(2);
const mib = (v: number) => (v / 2 ** 20).toFixed(0);
const each = (values: number[], unit: (v: number) => string) => values.map(unit).join(" / ");

/**
 * `npm run bench` section: the bot as `npm start` runs it (HTTP mode, loopback, its own process) beside a
 * bare Bolt app answering a constant, RUNS times. Figures per run, separated by slashes.
 */
export async function benchSlack(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "rocb-bench-db-"));
  const dbPath = join(dir, "rocb.db");
  // Imported once here, so the bot starts as it does every day after the first: on a filled catalogue.
  openCatalogue({ DATABASE_PATH: dbPath }, new Date("2024-07-01")).db.close();
  const runs: Array<{ ours: Figures; bare: Figures }> = [];
  try {
    for (let r = 0; r < RUNS; r++) runs.push(await run(dbPath));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const of = (who: "ours" | "bare", key: keyof Figures) => runs.map((r) => r[who][key]);
  const ratio = (key: keyof Figures) =>
    `${runs.map((r) => (r.ours[key] / r.bare[key]).toFixed(2)).join(" / ")}×`;
  const row = (label: string, key: keyof Figures, unit: (v: number) => string, suffix: string) =>
    `| ${label} | ${each(of("ours", key), unit)} ${suffix} | ${each(of("bare", key), unit)} ${suffix} | ${ratio(key)} |`;
  return [
    "## Slack (the bot in HTTP mode against bare Bolt, loopback, signed requests)",
    "",
    `The bot as deployed (\`node ${deployedNode("start").flags.join(" ")} src/main.ts\`, a compile cache that is empty at run 1, the first start after an install, and filled from then on), bare Bolt with Node's defaults; both in processes of their own, up at once; ${RUNS} runs (figures per run). Sequential: ${SEQUENTIAL} commands after ${WARM_UP} warm-up, ${COMMANDS.map(([c, t]) => `\`${c} ${t}\``).join(", ")} in turn, one to each server in turn, each waiting for its answer posted to a loopback response_url. Bare Bolt: Bolt's own HTTPReceiver acking and posting a constant. Then ${CONCURRENT} concurrent commands to each.`,
    "",
    "| measure | ROCB Desk | bare Bolt | ratio |",
    "|---|---|---|---|",
    row("ack p50", "ackP50", ms, "ms"),
    row("answer posted to response_url, p50", "answerP50", ms, "ms"),
    row("CPU time per command (user + system)", "cpuPerCommand", ms, "ms"),
    row(`${CONCURRENT} concurrent: slowest ack`, "slowestAck", ms, "ms"),
    row(`${CONCURRENT} concurrent: all answers posted`, "allAnswered", ms, "ms"),
    row("RSS idle (1 s after start)", "rssIdle", mib, "MiB"),
    row(`RSS after ${WARM_UP + SEQUENTIAL} commands`, "rssAfter", mib, "MiB"),
  ].join("\n");
}
