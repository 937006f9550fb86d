import ical, { type VEvent } from "node-ical";
import { afterEach, describe, expect, it } from "vitest";
import { openCatalogue } from "../../src/bootstrap.ts";
import { calendarFeed, eventUid } from "../../src/calendar/feed.ts";
import { calendarUrl } from "../../src/calendar/url.ts";
import { allWorkshops } from "../../src/catalogue/workshops.ts";
import { NOW, startTestApp, type TestApp } from "../slack/harness.ts";

// The feed read back with a real iCalendar parser (node-ical), checked against the catalogue.

const pad = (n: number) => String(n).padStart(2, "0");
/** An all-day date as the calendar shows it, whatever the machine's zone. */
const day = (d: (Date & { dateOnly?: boolean }) | undefined) =>
  !d
    ? ""
    : d.dateOnly
      ? `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
      : `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

const events = (text: string): VEvent[] =>
  Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === "VEVENT");

let t: TestApp | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

describe("GET /calendar.ics", () => {
  it("holds every workshop with a start day of the office's catalogue, all day, with place and kind", async () => {
    const now = new Date("2026-12-08T03:00:00Z");
    const { db } = openCatalogue({ DATABASE_PATH: ":memory:" }, now);
    const workshops = allWorkshops(db);
    const feed = events(await calendarFeed(workshops, { now, timeZone: "Asia/Bangkok", name: "ROCB" }));
    const dated = workshops.filter((w) => /^\d{4}-\d{2}-\d{2}$/.test(w.startDate ?? ""));
    expect(dated.length).toBeGreaterThan(50);
    expect(feed.map((e) => e.uid).sort()).toEqual(dated.map(eventUid).sort());
    const pca = dated.find((w) => w.id === 126);
    const event = feed.find((e) => e.uid === eventUid({ id: 126 }));
    expect(event?.datetype).toBe("date");
    expect(event && day(event.start)).toBe(pca?.startDate);
    // The end of an all-day event is the day after the last.
    expect(event && day(event.end)).toBe("2018-06-09");
    expect(event?.summary).toBe(pca?.title);
    expect(event?.location).toBe("Thimphu, Bhutan");
    expect(event?.description).toContain("For: Bhutan");
    db.close();
  });

  it("keeps a workshop's UID when its dates change, so a subscribed calendar moves the event", async () => {
    t = await startTestApp();
    const read = async () => events(await (await fetch(`${t?.url}/calendar.ics`)).text());
    const before = (await read()).find((e) => e.uid === eventUid({ id: 7 }));
    expect(before && [day(before.start), day(before.end)]).toEqual(["2024-09-02", "2024-09-07"]);
    t.db
      .prepare("UPDATE workshops SET start_date = '2024-10-14', end_date = '2024-10-18' WHERE id = 7")
      .run();
    const after = (await read()).filter((e) => e.uid === eventUid({ id: 7 }));
    expect(after).toHaveLength(1);
    expect(after[0] && [day(after[0].start), day(after[0].end)]).toEqual(["2024-10-14", "2024-10-19"]);
    const res = await fetch(`${t.url}/calendar.ics`);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
  });

  it("with CALENDAR_TOKEN, answers only the address that carries it", async () => {
    const token = "s3cret-calendar-token-0123";
    t = await startTestApp({ env: { CALENDAR_TOKEN: token, PUBLIC_BASE_URL: "https://desk.example.org" } });
    expect((await fetch(`${t.url}/calendar.ics`)).status).toBe(404);
    expect((await fetch(`${t.url}/calendar.ics?token=wrong-token-0123456789`)).status).toBe(404);
    const url = calendarUrl(t.deps.config);
    expect(url).toBe(`https://desk.example.org/calendar.ics?token=${token}`);
    // /workshops lists and App Home give the address to subscribe to.
    const { commands } = await import("../../commands/index.ts");
    const ctx = { db: t.db, search: t.deps.search, config: t.deps.config, now: NOW, userId: "U1" };
    const list = await commands["/workshops"]?.("", { ...ctx, isStaff: async () => false, offset: 0 });
    expect(JSON.stringify(list?.blocks)).toContain(`<${url}|subscribe>`);
    const { homeView } = await import("../../src/slack/views.ts");
    const { homeData } = await import("../../src/slack/home-data.ts");
    const home = homeView(homeData(t.db, NOW, "Asia/Bangkok", false), url);
    expect(JSON.stringify(home.blocks)).toContain(`<${url}|subscribe>`);
    const ok = await fetch(`${t.url}/calendar.ics?token=${token}`);
    expect(ok.status).toBe(200);
    expect(events(await ok.text()).map((e) => e.uid)).toContain(eventUid({ id: 7 }));
  });
});
