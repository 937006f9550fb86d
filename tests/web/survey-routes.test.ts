import type { Server } from "node:http";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/open.ts";
import { ensureSurveyLink, isOptedOut } from "../../src/surveys/links.ts";
import { FORM_BODY_LIMIT, surveyWebRoutes } from "../../src/web/survey-routes.ts";
import { serveRoutes } from "../support/route-server.ts";
import { seedWorkshop, silentLogger, testDb } from "../surveys/fixtures.ts";

let db: Db;
let server: Server;
let base: string;
let now: Date;
let token: string;
let participantId: number;

const FORM = { "content-type": "application/x-www-form-urlencoded" };
const answers = () =>
  db
    .prepare(
      "SELECT participant_id, channel, slack_user_id, revision, shared_materials, others, changes, rating FROM survey_responses",
    )
    .all();

beforeEach(async () => {
  db = testDb();
  now = new Date("2024-12-20T03:00:00Z");
  const seeded = seedWorkshop(db, {
    title: 'Workshop on <script>alert("x")</script> & "AEO"',
    participants: 2,
  });
  participantId = seeded.participantIds[0] as number;
  token = ensureSurveyLink(db, participantId, now, 60).token;
  ({ server, url: base } = await serveRoutes(surveyWebRoutes({ db, now: () => now, logger: silentLogger })));
});
afterEach(async () => {
  server.close();
  db.close();
});

const post = (path: string, body: string, headers: Record<string, string> = FORM) =>
  fetch(`${base}${path}`, { method: "POST", body, headers, redirect: "manual" });

describe("the survey web form", () => {
  it("shows the Slack modal's questions with labels and fieldsets, everything escaped", async () => {
    const res = await fetch(`${base}/survey/${token}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    const html = await res.text();
    expect(html).not.toContain("<script>");
    expect(html).toContain(
      "Workshop on &#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#34;AEO&#34;",
    );
    expect(html.match(/<input type="checkbox"/g)).toHaveLength(6);
    expect(html).toContain("<legend>Since the workshop, your administration has… (optional)</legend>");
    expect(html).toContain('<label for="changes">');
    expect(html.match(/<input type="radio" name="rating"/g)).toHaveLength(6);
    expect(html).toContain('name="viewport"');
    expect(html).toContain(`<form method="post" action="${token}">`);
  });

  it("stores a submission as a web answer, shows it again, and takes a change as a new revision", async () => {
    const first = await post(
      `/survey/${token}`,
      "actions=shared_materials&actions=others&changes=New+SOP+%3Cb%3E&rating=4",
    );
    expect(first.status).toBe(303);
    expect(new URL(first.headers.get("location") ?? "", `${base}/survey/${token}`).pathname).toBe(
      `/survey/${token}`,
    );
    expect(answers()).toEqual([
      {
        participant_id: participantId,
        channel: "web",
        slack_user_id: null,
        revision: 1,
        shared_materials: 1,
        others: 1,
        changes: "New SOP <b>",
        rating: 4,
      },
    ]);
    const again = await (await fetch(`${base}/survey/${token}?saved=1`)).text();
    expect(again).toContain("Your answer was received");
    expect(again).toContain('value="shared_materials" checked');
    expect(again).toContain('value="others" checked');
    expect(again).toContain('value="submitted_reports">');
    expect(again).toContain("New SOP &#60;b&#62;</textarea>");
    expect(again).toContain('value="4" checked');
    await post(`/survey/${token}`, "actions=submitted_reports&changes=&rating=");
    expect(answers()).toMatchObject([{ revision: 2, shared_materials: 0, changes: null, rating: null }]);
  });

  it("answers a forged or altered link with a short 404 and stores nothing", async () => {
    const altered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    for (const t of [altered, "x".repeat(43), "short", "../../etc"]) {
      const get = await fetch(`${base}/survey/${encodeURIComponent(t)}`);
      expect(get.status).toBe(404);
      // A segment no token can be ("../../etc") is refused by the server's router before the route.
      if (t !== "../../etc") expect(await get.text()).toContain("This survey link is not valid");
      expect((await post(`/survey/${encodeURIComponent(t)}`, "actions=others")).status).toBe(404);
    }
    expect(answers()).toEqual([]);
  });

  it("answers an expired link with 410 and stores nothing, even for a form opened before expiry", async () => {
    const page = await fetch(`${base}/survey/${token}`);
    expect(page.status).toBe(200);
    now = new Date(now.getTime() + 61 * 86_400_000);
    const get = await fetch(`${base}/survey/${token}`);
    expect(get.status).toBe(410);
    expect(await get.text()).toContain("This survey link has expired");
    expect((await post(`/survey/${token}`, "actions=others")).status).toBe(410);
    expect(answers()).toEqual([]);
  });

  it("refuses an oversized body (413), another content type (415) and values the form cannot send (400)", async () => {
    expect((await post(`/survey/${token}`, `changes=${"a".repeat(FORM_BODY_LIMIT)}`)).status).toBe(413);
    expect(
      (await post(`/survey/${token}`, '{"actions":["others"]}', { "content-type": "application/json" }))
        .status,
    ).toBe(415);
    expect((await post(`/survey/${token}`, "actions=drop_table")).status).toBe(400);
    expect((await post(`/survey/${token}`, "rating=9")).status).toBe(400);
    expect((await post(`/survey/${token}`, `changes=${"a".repeat(3001)}`)).status).toBe(400);
    expect(answers()).toEqual([]);
  });

  it("unsubscribes only on POST (mail scanners open links), also RFC 8058's one-click", async () => {
    const email = "p1@customs.example";
    const page = await fetch(`${base}/unsubscribe/${token}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`<form method="post" action="${token}">`);
    expect(isOptedOut(db, email)).toBe(false);
    const done = await post(`/unsubscribe/${token}`, "List-Unsubscribe=One-Click");
    expect(done.status).toBe(200);
    expect(isOptedOut(db, email)).toBe(true);
    expect((await post(`/unsubscribe/${"x".repeat(43)}`, "")).status).toBe(404);
  });

  it("takes RFC 8058's one-click unsubscribe sent as multipart/form-data too", async () => {
    const form = new FormData();
    form.append("List-Unsubscribe", "One-Click");
    const done = await fetch(`${base}/unsubscribe/${token}`, { method: "POST", body: form });
    expect(done.status).toBe(200);
    expect(isOptedOut(db, "p1@customs.example")).toBe(true);
  });
});
