import { describe, expect, it } from "vitest";
import { commands } from "../../commands/index.ts";
import type { ReplyBlock } from "../../src/blocks/kit.ts";
import { checkLimits, type Surface } from "../../src/blocks/limits.ts";
import { openCatalogue } from "../../src/bootstrap.ts";
import { loadConfig } from "../../src/config.ts";
import type { CommandContext } from "../../src/context.ts";
import type { Reply } from "../../src/reply.ts";
import { homeData } from "../../src/slack/home-data.ts";
import { homeView, replyModal } from "../../src/slack/views.ts";
import { insertItem, insertPlan, insertWorkshop, makeContext } from "../commands/fixtures.ts";
import { surveyRounds } from "../surveys/fixtures.ts";

// Every reply's Block Kit against Slack's documented limits (blocks/limits.ts), with the office's own
// catalogue and with data at the edges: 100 workshops, 60-character titles, 60 items in one pillar.

const valid = (blocks: readonly ReplyBlock[], where: string, surface: Surface = "message") =>
  expect(checkLimits(blocks, surface), where).toEqual([]);

/** A command and every page its Next button leads to. */
async function everyPage(ctx: CommandContext, command: string, text: string): Promise<Reply[]> {
  const handler = commands[command];
  if (!handler) throw new Error(`no ${command}`);
  const pages: Reply[] = [];
  for (let offset = 0; pages.length < 30; ) {
    const reply = await handler(text, { ...ctx, offset });
    pages.push(reply);
    const next = JSON.stringify(reply.blocks)
      .match(/\\"o\\":(\d+)/g)
      ?.map((m) => Number(m.slice(6)));
    const after = (next ?? []).filter((o) => o > offset);
    if (after.length === 0) break;
    offset = Math.min(...after);
  }
  return pages;
}

const COMMANDS: Array<[string, string]> = [
  ["/workshops", ""],
  ["/workshops", "past"],
  ["/workshops", "past FY2017/18"],
  ["/workshops", "past 2017 all"],
  ["/workshops", "planned AWP 2018-2019"],
  ["/workshops", "search risk management"],
  ["/workshops", "show 126"],
  ["/kpi", ""],
  ["/kpi", "behind"],
  ["/kpi", "SAP 2022-2024"],
  ["/kpi", "1-(h)"],
  ["/actions", "pillar 1"],
  ["/actions", "risk management"],
  ["/actions", "1-(h)"],
  ["/survey", "status"],
  ["/survey", "status FY2016/17"],
  ["/survey", "status Post Clearance Audit"],
];

describe("every reply within Slack's limits: the office's catalogue", () => {
  for (const when of ["2024-09-01T03:00:00Z", "2026-12-08T03:00:00Z"]) {
    it(`on ${when.slice(0, 10)}, every page of every reply, App Home and the modals`, async () => {
      const now = new Date(when);
      const { db, search } = openCatalogue({ DATABASE_PATH: ":memory:" }, now);
      surveyRounds(db);
      const config = loadConfig({ PUBLIC_BASE_URL: "https://desk.example.org" } as NodeJS.ProcessEnv);
      const ctx: CommandContext = {
        db,
        search,
        config,
        now,
        userId: "U1",
        isStaff: async () => true,
        offset: 0,
      };
      let tables = 0;
      let charts = 0;
      for (const [command, text] of COMMANDS) {
        for (const reply of await everyPage(ctx, command, text)) {
          valid(reply.blocks, `${command} ${text}`);
          valid(replyModal("Reply", reply).blocks as ReplyBlock[], `${command} ${text} in a modal`, "modal");
          tables += reply.blocks.filter((b) => b.type === "table").length;
          charts += reply.blocks.filter((b) => b.type === "data_visualization").length;
        }
      }
      expect(tables).toBeGreaterThan(10);
      expect(charts).toBeGreaterThan(3);
      for (const staff of [true, false]) {
        valid(
          homeView(homeData(db, now, config.OFFICE_TIMEZONE, staff), "https://x.example/c").blocks,
          "home",
          "home",
        );
      }
      db.close();
    });
  }
});

describe("every reply within Slack's limits: data at the edges", () => {
  const long = (i: number) =>
    `Regional Workshop ${String(i).padStart(3, "0")} on ${"Risk Management ".repeat(4)}`.slice(0, 60);

  it("100 workshops with 60-character titles, and a plan with 60 items in a pillar", async () => {
    const { openDatabase } = await import("../../src/db/open.ts");
    const db = openDatabase(":memory:");
    const plan = insertPlan(db, {
      kind: "AWP",
      start: "2024-07-01",
      end: "2025-06-30",
      title: "AWP 2024-2025",
    });
    const letter = (n: number) => String.fromCharCode(97 + n);
    const letters = Array.from({ length: 60 }, (_, i) =>
      i < 26 ? letter(i) : `${letter(Math.floor((i - 26) / 26))}${letter((i - 26) % 26)}`,
    );
    const items = letters.map((letter, i) =>
      insertItem(db, plan, {
        letter,
        action: `${"Upon request, assist Members in implementing the WCO instruments ".repeat(8)}${i}`,
        kpis: [`Number of Members implementing ${"the instrument ".repeat(20)}`, "Second KPI"],
        targets: ["At least 20/33 Members", "5 workshops per year"],
      }),
    );
    for (let i = 0; i < 100; i++) {
      insertWorkshop(db, {
        title: long(i),
        kind: (["national", "regional", "sub-regional", "seminar", "accreditation"] as const)[i % 5],
        countries: ["Fiji", "Samoa", "Tonga", "Papua New Guinea", "Vanuatu", "Solomon Islands"],
        city: "Suva",
        start:
          i < 50
            ? `20${String(10 + (i % 15)).padStart(2, "0")}-0${1 + (i % 9)}-1${i % 10}`
            : i < 80
              ? `2025-0${1 + (i % 9)}-0${1 + (i % 9)}`
              : null,
        status: i < 50 ? "held" : undefined,
        sponsor: "CCF-Korea and the Customs Cooperation Fund of Japan",
        participants: i,
        serves: [items[i % items.length] as number],
      });
    }
    const ctx = makeContext(db, "2024-09-01T03:00:00Z", { isStaff: async () => true });
    const pages: Reply[] = [];
    for (const [command, text] of [
      ["/workshops", ""],
      ["/workshops", "past"],
      ["/workshops", "planned"],
      ["/workshops", "search regional workshop risk"],
      ["/kpi", ""],
      ["/kpi", "behind"],
      ["/kpi", "1-(a)"],
      ["/actions", "pillar 1"],
      ["/actions", "instruments"],
    ] as const) {
      pages.push(...(await everyPage(ctx, command, text)));
    }
    for (const reply of pages) valid(reply.blocks, reply.text.slice(0, 60));
    // Every page of the 100 workshops was reached, 10 at a time.
    expect(pages.filter((r) => r.text.startsWith("Upcoming workshops")).length).toBeGreaterThanOrEqual(5);
    const data = homeData(db, new Date("2024-09-01T03:00:00Z"), "Asia/Bangkok", true);
    valid(homeView(data, "https://desk.example.org/calendar.ics").blocks, "home", "home");
    db.close();
  });
});
