import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/open.ts";
import { planReminders } from "../../src/surveys/outbox.ts";
import { SlackStandIn } from "../support/slack-stand-in.ts";
import { SmtpSink } from "../support/smtp-sink.ts";
import { seedWorkshop, tempDbPath, testConfig } from "../surveys/fixtures.ts";
import { type ReminderChild, startReminderChild } from "./start-reminder-child.ts";

const LEASE_MS = 400;
const COUNT = 40;
const KILLS = 8;

let slack: SlackStandIn;
let smtp: SmtpSink;
let dbPath: string;

beforeEach(async () => {
  // Nobody is in the workspace: every reminder goes by e-mail.
  slack = await new SlackStandIn().start();
  smtp = await new SmtpSink().start();
  dbPath = tempDbPath();
  const db = openDatabase(dbPath);
  seedWorkshop(db, { participants: COUNT });
  planReminders(db, testConfig(), new Date("2024-12-20T03:00:00Z"));
  db.close();
});
afterEach(async () => {
  await slack.stop();
  await smtp.stop();
});

function startJob(runId: string, rate = 200, leaseMs = LEASE_MS): ReminderChild {
  return startReminderChild({ dbPath, slackUrl: slack.apiUrl, smtpUrl: smtp.url, runId, leaseMs, rate });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function outbox(): Array<{ state: string; message_id: string | null }> {
  const db = openDatabase(dbPath);
  const rows = db.prepare("SELECT state, message_id FROM reminders WHERE kind = 'initial'").all();
  db.close();
  return rows as Array<{ state: string; message_id: string | null }>;
}

describe("the e-mail path under crashes and concurrency", () => {
  it("after SIGKILLs at random points, each participant has one message: any resend carries the same Message-ID", async () => {
    smtp.dataDelayMs = 15; // the relay has the message while our commit waits: the documented window
    const progress: number[] = [];
    for (let i = 0; i < KILLS; i++) {
      const job = startJob(`crash-${i}`, 30);
      await job.ready;
      await sleep(50 + Math.random() * 450);
      job.child.kill("SIGKILL");
      await job.done;
      progress.push(smtp.received.length);
    }
    expect(progress.some((n) => n > 0 && n < COUNT)).toBe(true);
    await sleep(LEASE_MS + 50);
    const last = startJob("final");
    expect(await last.done).toBe(0);

    const byRecipient = new Map<string, Set<string>>();
    for (const m of smtp.received) {
      const to = m.to[0] ?? "";
      byRecipient.set(to, (byRecipient.get(to) ?? new Set()).add(m.messageId));
    }
    expect(byRecipient.size).toBe(COUNT);
    for (const ids of byRecipient.values()) expect(ids.size).toBe(1);
    // A resend happens only for a message inside the window at a kill: at most one per reminder in flight
    // (the child runs three at once).
    expect(smtp.received.length - COUNT).toBeLessThanOrEqual(KILLS * 3);
    const rows = outbox();
    expect(rows.map((r) => r.state)).toEqual(Array(COUNT).fill("sent"));
    const sentIds = new Set([...byRecipient.values()].flatMap((s) => [...s]));
    expect(new Set(rows.map((r) => r.message_id))).toEqual(sentIds);
  }, 30_000);

  it("never e-mails the same participant from two job processes running at once", async () => {
    // A lease longer than a slow start of the SMTP pool on a busy machine: this test is about claims.
    const a = startJob("a", 200, 10_000);
    const b = startJob("b", 200, 10_000);
    expect(await a.done).toBe(0);
    expect(await b.done).toBe(0);
    expect(smtp.received).toHaveLength(COUNT);
    expect(new Set(smtp.received.map((m) => m.to[0])).size).toBe(COUNT);
    expect(outbox().every((r) => r.state === "sent")).toBe(true);
  }, 30_000);
});
