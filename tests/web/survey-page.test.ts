import type { Server } from "node:http";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/open.ts";
import { ensureSurveyLink } from "../../src/surveys/links.ts";
import { CHANGES_MAX } from "../../src/web/survey-form.ts";
import { surveyWebRoutes } from "../../src/web/survey-routes.ts";
import { serveRoutes } from "../support/route-server.ts";
import { seedWorkshop, silentLogger, testDb } from "../surveys/fixtures.ts";

// The survey page as the office's: who asks, where the workshop was, what may be left empty, and what
// happens after sending (issue 20, part 5).

let db: Db;
let server: Server;
let base: string;
let token: string;
const now = new Date("2024-12-20T03:00:00Z");

beforeEach(async () => {
  db = testDb();
  const { workshopId, participantIds } = seedWorkshop(db, {
    title: "Sub-regional Workshop on AEO",
    kind: "sub-regional",
    countries: ["Fiji", "Samoa"],
    city: "Suva",
  });
  db.prepare("UPDATE workshops SET host_country = 'Fiji' WHERE id = ?").run(workshopId);
  token = ensureSurveyLink(db, participantIds[0] as number, now, 60).token;
  ({ server, url: base } = await serveRoutes(surveyWebRoutes({ db, now: () => now, logger: silentLogger })));
});
afterEach(() => {
  server.close();
  db.close();
});

const FORM = { "content-type": "application/x-www-form-urlencoded" };
const post = (path: string, body: string) =>
  fetch(`${base}${path}`, { method: "POST", body, headers: FORM, redirect: "manual" });
const stored = () => db.prepare("SELECT changes FROM survey_responses").all() as Array<{ changes: string }>;

describe("the survey page, as the office's", () => {
  it("names the office and where the workshop was held, apart from whom it was for", async () => {
    const html = await (await fetch(`${base}/survey/${token}`)).text();
    expect(html).toContain("WCO Asia/Pacific Regional Office for Capacity Building (ROCB A/P)");
    expect(html).toContain("in Suva, Fiji · for Fiji, Samoa");
    expect(html).not.toContain("Suva, Fiji, Samoa");
  });

  it("says on each question that it may be left empty", async () => {
    const html = await (await fetch(`${base}/survey/${token}`)).text();
    expect(html.match(/\(optional\)/g)?.length).toBe(3);
  });

  it("asks for at least one answer when nothing was ticked, written or rated, and stores nothing", async () => {
    const res = await post(`/survey/${token}`, "changes=+++&rating=");
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("Please answer at least one question");
    expect(html).toContain('<form method="post"');
    expect(stored()).toEqual([]);
  });

  it("says plainly that an answer was received and can be changed", async () => {
    const sent = await post(`/survey/${token}`, "actions=others");
    const page = await (
      await fetch(new URL(sent.headers.get("location") ?? "", `${base}/survey/${token}`))
    ).text();
    expect(page).toContain("Your answer was received");
    expect(page).toMatch(/You can change it below until \d+ \w+ \d{4}/);
  });

  it("takes 2,000 Thai characters, and a text up to the form's own limit in any script", async () => {
    const thai = "ก".repeat(2000);
    expect((await post(`/survey/${token}`, `changes=${encodeURIComponent(thai)}`)).status).toBe(303);
    expect(stored()).toEqual([{ changes: thai }]);
    // A four-byte character counts as two of the limit, so no text the form allows is bigger than this.
    const longest = `${"ภ".repeat(CHANGES_MAX - 2)}😀`;
    expect((await post(`/survey/${token}`, `changes=${encodeURIComponent(longest)}`)).status).toBe(303);
    expect(
      (await post(`/survey/${token}`, `changes=${encodeURIComponent("ก".repeat(CHANGES_MAX))}`)).status,
    ).toBe(303);
  });

  it("offers the unsubscribe button before, and only confirms after", async () => {
    const before = await (await fetch(`${base}/unsubscribe/${token}`)).text();
    expect(before).toContain("<button");
    expect(before).not.toMatch(/will (send|receive) no more/);
    const after = await (await post(`/unsubscribe/${token}`, "")).text();
    expect(after).not.toContain("<button");
    expect(after).toContain("no more follow-up survey e-mails");
  });
});
