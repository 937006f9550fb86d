import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/open.ts";
import { planReminders } from "../../src/surveys/outbox.ts";
import { postedReminderIds, SlackStandIn } from "../support/slack-stand-in.ts";
import { seedWorkshop, tempDbPath, testConfig } from "../surveys/fixtures.ts";
import { type ReminderChild, startReminderChild } from "./start-reminder-child.ts";

const LEASE_MS = 400;
const COUNT = 40;

let slack: SlackStandIn;
let dbPath: string;

beforeEach(async () => {
  slack = await new SlackStandIn().start();
  for (let i = 1; i <= COUNT; i++)
    slack.addUser({ id: `U${i}`, email: `p${i}@customs.example`, tz: "Asia/Bangkok" });
  dbPath = tempDbPath();
  const db = openDatabase(dbPath);
  seedWorkshop(db, { participants: COUNT });
  planReminders(db, testConfig(), new Date("2024-12-20T03:00:00Z"));
  db.close();
});
afterEach(async () => {
  await slack.stop();
});

function startJob(runId: string, rate = 200): ReminderChild {
  return startReminderChild({ dbPath, slackUrl: slack.apiUrl, runId, leaseMs: LEASE_MS, rate });
}

function outboxStates(): Record<string, number> {
  const db = openDatabase(dbPath);
  const rows = db
    .prepare("SELECT state, count(*) AS n FROM reminders WHERE kind = 'initial' GROUP BY state")
    .all();
  db.close();
  return Object.fromEntries((rows as Array<{ state: string; n: number }>).map((r) => [r.state, r.n]));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("the reminder job under crashes and concurrency", () => {
  it("loses no reminder and sends none twice when killed (SIGKILL) at random points and restarted", async () => {
    const progress: number[] = [];
    slack.postDelayMs = 15; // Slack has the message while our commit waits: the window the metadata closes
    for (let i = 0; i < 8; i++) {
      const job = startJob(`crash-${i}`, 30);
      await job.ready;
      await sleep(50 + Math.random() * 450);
      job.child.kill("SIGKILL");
      await job.done;
      progress.push(postedReminderIds(slack).length);
    }
    // The kills landed mid-run: some reminders were out, not all.
    expect(progress.some((n) => n > 0 && n < COUNT)).toBe(true);
    await sleep(LEASE_MS + 50);
    const last = startJob("final");
    expect(await last.done).toBe(0);
    const ids = postedReminderIds(slack);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(COUNT);
    expect(outboxStates()).toEqual({ sent: COUNT });
  }, 30_000);

  it("never sends the same reminder from two job processes running at once", async () => {
    const a = startJob("a");
    const b = startJob("b");
    expect(await a.done).toBe(0);
    expect(await b.done).toBe(0);
    const ids = postedReminderIds(slack);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(COUNT);
    expect(outboxStates()).toEqual({ sent: COUNT });
  }, 30_000);
});
