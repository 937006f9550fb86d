import { existsSync, mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runReminders } from "../../jobs/reminders.ts";
import type { Db } from "../../src/db/open.ts";
import { createReminderClient } from "../../src/surveys/sender.ts";
import { surveyWebRoutes } from "../../src/web/survey-routes.ts";
import { serveRoutes } from "../support/route-server.ts";
import { SlackStandIn } from "../support/slack-stand-in.ts";
import { SmtpSink } from "../support/smtp-sink.ts";
import { seedWorkshop, silentLogger, testConfig, testDb } from "../surveys/fixtures.ts";

let browser: BrowserContext;
let profile: string;
let slack: SlackStandIn;
let smtp: SmtpSink;
let web: { url: string; server: Server };
let db: Db;

/** Debian's chromium (`.ci/run` installs it); CHROMIUM_PATH names another build. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `This test drives a real browser: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH; ${CHROMIUM} was not found.`,
    );
  }
  profile = mkdtempSync(join(tmpdir(), "rocb-chromium-"));
  // A fresh profile each run; a phone-sized screen and no JavaScript, as the form must work without it.
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    viewport: { width: 360, height: 740 },
    javaScriptEnabled: false,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  slack = await new SlackStandIn().start();
  smtp = await new SmtpSink().start();
  db = testDb();
  web = await serveRoutes(
    surveyWebRoutes({ db, now: () => new Date("2024-12-20T05:00:00Z"), logger: silentLogger }),
  );
}, 60_000);
afterAll(async () => {
  await browser?.close();
  web?.server.close();
  await slack?.stop();
  await smtp?.stop();
  db?.close();
  rmSync(profile, { recursive: true, force: true });
});

describe("a participant outside Slack answers in a browser", () => {
  it("gets the e-mail, follows the link, fills the form by keyboard on a phone-sized screen, and can change the answer", async () => {
    const { participantIds } = seedWorkshop(db, {
      title: "Sub-regional Workshop on AEO & MRA",
      participants: 1,
    });
    const config = testConfig({
      SLACK_BOT_TOKEN: "xoxb-test",
      SLACK_API_URL: slack.apiUrl,
      SMTP_URL: smtp.url,
      MAIL_FROM: "survey@rocb.example",
      PUBLIC_BASE_URL: web.url,
    });
    const summary = await runReminders({
      db,
      client: createReminderClient(config),
      config,
      now: new Date("2024-12-20T03:00:00Z"),
      logger: silentLogger,
      limits: { lookupsPerSecond: 500, mailsPerSecond: 500 },
    });
    expect(summary.mailed).toBe(1);
    const link = /https?:\/\/\S+\/survey\/[A-Za-z0-9_-]{43}/.exec(smtp.received[0]?.text ?? "")?.[0];
    if (!link) throw new Error("no survey link in the e-mail");

    const page = await browser.newPage();
    const opened = await page.goto(link);
    expect(opened?.status()).toBe(200);
    await expect(page.title()).resolves.toContain("Sub-regional Workshop on AEO & MRA");
    // Readable on a phone: nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // Keyboard only: the first control is the first follow-up action.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    expect(await page.getByLabel("Shared training materials").isChecked()).toBe(true);
    await page.getByLabel("Developed operational manuals").check();
    await page
      .getByLabel("What changed in your administration?")
      .fill("A national AEO manual, adopted in 2024.");
    await page.getByLabel("4", { exact: true }).check();
    await page.getByRole("button", { name: "Send" }).click();
    await page.waitForURL(/\?saved=1$/);
    await expect(page.getByRole("status").textContent()).resolves.toContain("Your answer was received");

    const stored = () =>
      db
        .prepare(
          "SELECT participant_id, channel, shared_materials, operational_manuals, changes, rating, revision FROM survey_responses",
        )
        .get();
    expect(stored()).toEqual({
      participant_id: participantIds[0],
      channel: "web",
      shared_materials: 1,
      operational_manuals: 1,
      changes: "A national AEO manual, adopted in 2024.",
      rating: 4,
      revision: 1,
    });

    // Opening the link again shows the stored answer and takes a change.
    await page.goto(link);
    expect(await page.getByLabel("Developed operational manuals").isChecked()).toBe(true);
    expect(await page.getByLabel("What changed in your administration?").inputValue()).toBe(
      "A national AEO manual, adopted in 2024.",
    );
    await page.getByLabel("Developed operational manuals").uncheck();
    await page.getByLabel("No rating").check();
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.waitForURL(/\?saved=1$/);
    expect(stored()).toMatchObject({ operational_manuals: 0, rating: null, revision: 2 });
    await page.close();
  }, 60_000);
});
