import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { openDatabase } from "../src/db/open.ts";
import { planReminders } from "../src/surveys/outbox.ts";
import { postedReminderIds, SlackStandIn } from "../tests/support/slack-stand-in.ts";
import { SmtpSink } from "../tests/support/smtp-sink.ts";
import { seedWorkshop, tempDbPath, testConfig } from "../tests/surveys/fixtures.ts";
import { deployedNode } from "./deployed.ts";
import { mib } from "./stats.ts";

const JOB = fileURLToPath(new URL("./reminder-job.ts", import.meta.url));

interface JobResult {
  summary: Record<string, number>;
  seconds: number;
  peakRssBytes: number;
}

function runJob(env: Record<string, string>): Promise<JobResult> {
  return new Promise((resolve, reject) => {
    // As `npm run reminders` runs it.
    const deployed = deployedNode("reminders");
    const child = spawn(process.execPath, [...deployed.flags, JOB], {
      env: { ...process.env, ...deployed.env, ...env },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (c: Buffer) => {
      out += c.toString();
    });
    child.on("exit", (code) =>
      code === 0 ? resolve(JSON.parse(out) as JobResult) : reject(new Error(`job exited ${code}`)),
    );
  });
}

/** A database with `count` due reminders; `onSlack` = participants known on Slack (id and zone). */
function prepare(count: number, onSlack: boolean): string {
  const path = tempDbPath();
  const db = openDatabase(path);
  seedWorkshop(db, { participants: count, slackIds: onSlack });
  db.prepare("UPDATE participants SET tz = 'Asia/Bangkok'").run();
  planReminders(db, testConfig(), new Date("2024-12-20T03:00:00Z"));
  db.close();
  return path;
}

function sentBy(path: string, via: string): number {
  const db = openDatabase(path);
  const n = db
    .prepare("SELECT count(*) FROM reminders WHERE kind = 'initial' AND state = 'sent' AND via = ?")
    .pluck()
    .get(via) as number;
  db.close();
  rmSync(path, { force: true });
  return n;
}

/**
 * The reminder job (in its own process) against a Slack stand-in that answers 429 (Retry-After: 1)
 * whenever more than 50 chat.postMessage calls arrive within one second, then against a real SMTP
 * server for participants outside Slack. BENCH_REMINDERS (default 10000), BENCH_REMINDER_RATE
 * (messages per second the job allows itself, default 50) and BENCH_MAIL_RATE (default 50).
 */
export async function benchReminders(
  count = Number(process.env.BENCH_REMINDERS ?? 10_000),
  rate = Number(process.env.BENCH_REMINDER_RATE ?? 50),
  mailRate = Number(process.env.BENCH_MAIL_RATE ?? 50),
): Promise<string> {
  const slack = await new SlackStandIn().start();
  slack.postLimitPerSecond = 50;
  for (let i = 1; i <= count; i++)
    slack.addUser({ id: `U${i}`, email: `p${i}@customs.example`, tz: "Asia/Bangkok" });
  // A run with nothing due first, so the measured ones start compiled, as the bot's job does.
  const none = prepare(0, true);
  await runJob({ BENCH_DB: none, BENCH_SLACK: slack.apiUrl, BENCH_RATE: String(rate) });
  rmSync(none, { force: true });
  const slackDb = prepare(count, true);
  const dm = await runJob({ BENCH_DB: slackDb, BENCH_SLACK: slack.apiUrl, BENCH_RATE: String(rate) });
  const ids = postedReminderIds(slack);
  const dmSent = sentBy(slackDb, "slack");
  await slack.stop();

  // Nobody on Slack: every reminder goes by e-mail.
  const empty = await new SlackStandIn().start();
  const smtp = await new SmtpSink().start();
  smtp.keep = false;
  const mailDb = prepare(count, false);
  const mail = await runJob({
    BENCH_DB: mailDb,
    BENCH_SLACK: empty.apiUrl,
    BENCH_SMTP: smtp.url,
    BENCH_RATE: String(mailRate),
  });
  const mailSent = sentBy(mailDb, "email");
  await empty.stop();
  await smtp.stop();

  const dmRate = ids.length / dm.seconds;
  const mailPerSecond = smtp.count / mail.seconds;
  return [
    "## reminders",
    "",
    `${count.toLocaleString("en")} due reminders, the job in its own process as \`npm run reminders\` runs it (\`node ${deployedNode("reminders").flags.join(" ")}\`), 8 in flight. Slack DMs: job limit ${rate} msg/s; stand-in answers 429 (Retry-After: 1) above 50 msg/s. E-mail: job limit ${mailRate} msg/s to a local SMTP server (smtp-server), nobody on Slack.`,
    "",
    "| measure | Slack DMs | e-mail |",
    "|---|---|---|",
    `| wall time | ${dm.seconds.toFixed(1)} s | ${mail.seconds.toFixed(1)} s |`,
    `| messages per second | ${dmRate.toFixed(1)} (${Math.round((dmRate / Math.min(rate, 50)) * 100)}% of allowed) | ${mailPerSecond.toFixed(1)} (${Math.round((mailPerSecond / mailRate) * 100)}% of allowed) |`,
    `| 429s received | ${slack.rateLimited} | – |`,
    `| sent (job summary) | ${dm.summary.sent} | ${mail.summary.mailed} |`,
    `| duplicates | ${ids.length - new Set(ids).size} | ${smtp.count - mailSent} |`,
    `| lost | ${count - Math.min(dmSent, new Set(ids).size)} | ${count - Math.min(mailSent, smtp.count)} |`,
    `| peak memory of the job process (RSS) | ${mib(dm.peakRssBytes)} | ${mib(mail.peakRssBytes)} |`,
  ].join("\n");
}
