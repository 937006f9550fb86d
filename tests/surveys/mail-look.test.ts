import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/open.ts";
import { runRemindersAt } from "../jobs/run-reminders.ts";
import { SlackStandIn } from "../support/slack-stand-in.ts";
import { SmtpSink } from "../support/smtp-sink.ts";
import { seedWorkshop, testDb } from "./fixtures.ts";

// The survey e-mail and DM as the office's: where the workshop was held apart from whom it was for, and
// replies going to the address the office reads (issue 20, part 5). Through a real SMTP server.

let slack: SlackStandIn;
let smtp: SmtpSink;
let db: Db;

beforeEach(async () => {
  slack = await new SlackStandIn().start();
  slack.addUser({ id: "U1", email: "p1@customs.example", tz: "Pacific/Fiji" });
  smtp = await new SmtpSink().start();
  db = testDb();
  const { workshopId } = seedWorkshop(db, {
    title: "Sub-regional Workshop on AEO",
    kind: "sub-regional",
    countries: ["Fiji", "Samoa"],
    city: "Suva",
    participants: 2,
  });
  db.prepare("UPDATE workshops SET host_country = 'Fiji' WHERE id = ?").run(workshopId);
});
afterEach(async () => {
  db.close();
  await slack.stop();
  await smtp.stop();
});

const run = (overrides: Record<string, string> = {}) =>
  runRemindersAt(db, slack.apiUrl, "2024-12-20T03:00:00Z", {
    SMTP_URL: smtp.url,
    MAIL_FROM: "ROCB A/P <survey@rocb.example>",
    PUBLIC_BASE_URL: "https://desk.rocb.example",
    ...overrides,
  });

describe("the survey e-mail and DM, as the office's", () => {
  it('say "in Suva, Fiji · for Fiji, Samoa", never "Suva, Fiji, Samoa"', async () => {
    await run();
    const mail = smtp.received[0];
    expect(mail?.text).toContain("in Suva, Fiji · for Fiji, Samoa");
    expect(mail?.html).toContain("in Suva, Fiji · for Fiji, Samoa");
    const dm = JSON.stringify(slack.posted[0]?.blocks);
    expect(dm).toContain("in Suva, Fiji · for Fiji, Samoa");
    expect(`${mail?.text} ${dm}`).not.toContain("Suva, Fiji, Samoa");
  });

  it("sends replies to MAIL_REPLY_TO when it is set, and to the sender otherwise", async () => {
    await run({ MAIL_REPLY_TO: "rocb-desk@rocb.example" });
    expect(smtp.received[0]?.headers.get("reply-to")).toContain("rocb-desk@rocb.example");
  });

  it("has no Reply-To of its own without MAIL_REPLY_TO", async () => {
    await run();
    expect(smtp.received[0]?.headers.get("reply-to")).toBeUndefined();
  });
});
