import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.ts";
import type { ReplyBlock } from "../../src/blocks/kit.ts";
import { openCatalogue } from "../../src/bootstrap.ts";
import { loadConfig } from "../../src/config.ts";
import type { CommandContext } from "../../src/context.ts";
import type { Db } from "../../src/db/open.ts";
import { homeData } from "../../src/slack/home-data.ts";
import { homeView } from "../../src/slack/views.ts";
import { ensureSurveyLink } from "../../src/surveys/links.ts";
import { surveyWebRoutes } from "../../src/web/survey-routes.ts";
import { serveRoutes } from "../support/route-server.ts";
import { seedWorkshop, silentLogger, surveyRounds } from "../surveys/fixtures.ts";
import { blockKitPage } from "./block-kit-html.ts";

// App Home, /kpi, /workshops past FY2017/18, /survey status FY2016/17 and the survey form, rendered on a
// phone and a desktop through real Chromium. `npm run screenshots` writes them to docs/screenshots/;
// `npm test` renders the same into a temporary folder and checks each page fits its screen.

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const OUT = process.env.SCREENSHOTS === "write" ? join(import.meta.dirname, "../../docs/screenshots") : null;
const SCREENS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;
/** The office's catalogue on a day the plan was in force, with two survey rounds of the bot's own. */
const NOW = new Date("2024-09-02T03:00:00Z");

let browser: Browser;
let dir: string;
let db: Db;
let ctx: CommandContext;
let web: { url: string; server: Server };
let surveyPath: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`Screenshots need Debian's chromium (or CHROMIUM_PATH); ${CHROMIUM} was not found.`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
  dir = OUT ?? mkdtempSync(join(tmpdir(), "rocb-screens-"));
  mkdirSync(dir, { recursive: true });
  const opened = openCatalogue({ DATABASE_PATH: ":memory:" }, NOW);
  db = opened.db;
  surveyRounds(db);
  const config = loadConfig({ PUBLIC_BASE_URL: "https://desk.rocb.example" } as NodeJS.ProcessEnv);
  ctx = { db, search: opened.search, config, now: NOW, userId: "U1", isStaff: async () => true, offset: 0 };
  const { workshopId, participantIds } = seedWorkshop(db, {
    title: "Sub-regional Workshop on Authorized Economic Operator (AEO) for the Pacific",
    kind: "sub-regional",
    countries: ["Fiji", "Samoa"],
    city: "Suva",
    start: "2024-03-04",
    end: "2024-03-08",
  });
  db.prepare("UPDATE workshops SET host_country = 'Fiji' WHERE id = ?").run(workshopId);
  surveyPath = `/survey/${ensureSurveyLink(db, participantIds[0] as number, NOW, 60).token}`;
  web = await serveRoutes(surveyWebRoutes({ db, now: () => NOW, logger: silentLogger }));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  web?.server.close();
  db?.close();
  if (!OUT && dir) rmSync(dir, { recursive: true, force: true });
});

/** Renders one page on both screens; checks nothing but tables and charts scrolls sideways on a phone. */
async function shoot(name: string, load: (page: import("playwright-core").Page) => Promise<unknown>) {
  for (const [screen, viewport] of Object.entries(SCREENS)) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: screen === "phone" ? 2 : 1 });
    await load(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} on a ${screen}`).toBeLessThanOrEqual(0);
    const file = join(dir, `${name}-${screen}.png`);
    await page.screenshot({ path: file, fullPage: true });
    expect(statSync(file).size).toBeGreaterThan(5_000);
    await page.close();
  }
}

const slackPage =
  (title: string, blocks: readonly ReplyBlock[], surface: "message" | "home" = "message") =>
  async (page: import("playwright-core").Page) =>
    page.setContent(blockKitPage({ surface, title, blocks }));

async function reply(command: string, text: string): Promise<readonly ReplyBlock[]> {
  const handler = commands[command];
  if (!handler) throw new Error(`no ${command}`);
  return (await handler(text, ctx)).blocks;
}

describe("screenshots of the replies people look at", () => {
  it("App Home (staff)", async () => {
    const view = homeView(homeData(db, NOW, "Asia/Bangkok", true), "https://desk.rocb.example/calendar.ics");
    await shoot("app-home", slackPage("Home", view.blocks, "home"));
  }, 60_000);

  it("/kpi", async () => {
    await shoot("kpi", slackPage("/kpi", await reply("/kpi", "")));
  }, 60_000);

  it("/workshops past FY2017/18", async () => {
    await shoot(
      "workshops-past-fy2017-18",
      slackPage("/workshops past FY2017/18", await reply("/workshops", "past FY2017/18")),
    );
  }, 60_000);

  it("/survey status FY2016/17", async () => {
    await shoot(
      "survey-status-fy2016-17",
      slackPage("/survey status FY2016/17", await reply("/survey", "status FY2016/17")),
    );
  }, 60_000);

  it("the survey form", async () => {
    await shoot("survey-form", async (page) => page.goto(`${web.url}${surveyPath}`));
  }, 60_000);
});
