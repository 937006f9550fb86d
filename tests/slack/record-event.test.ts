import { afterEach, describe, expect, it } from "vitest";
import { ACTION_IDS } from "../../src/reply.ts";
import { RECORD_VIEW } from "../../src/slack/listeners/record-event.ts";
import { BUSAN, NO_DATE, NO_EVENT } from "../import/articles/articles.ts";
import { STORIES } from "../import/articles/newsroom.ts";
import { clickBody, commandBody, postSigned, startTestApp, type TestApp, viewSubmission } from "./harness.ts";

let t: TestApp;
afterEach(async () => {
  await t?.stop();
});

const STAFF = "U100";

async function interact(payload: Record<string, unknown>) {
  const res = await postSigned(t.url, new URLSearchParams({ payload: JSON.stringify(payload) }).toString());
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

function submission(callbackId: string, o: { user?: string; article?: string; metadata?: string } = {}) {
  const input = { block: RECORD_VIEW.block, action: RECORD_VIEW.action, value: o.article ?? "" };
  return viewSubmission(callbackId, input, { user: o.user ?? STAFF, metadata: o.metadata ?? "" });
}

const workshops = () => t.db.prepare("SELECT count(*) FROM workshops").pluck().get() as number;

async function waitForResponse(url: string) {
  const path = new URL(url).pathname;
  const until = Date.now() + 3000;
  for (;;) {
    const call = t.slack.callsOf("response").find((c) => c.path === path);
    if (call) return JSON.stringify(call.body);
    if (Date.now() > until) throw new Error(`nothing posted to ${path}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe("/workshops record", () => {
  it("command → button → paste → what was read (nothing written) → Confirm writes once; a replay writes nothing", async () => {
    t = await startTestApp({ env: { STAFF_USER_IDS: STAFF } });
    const commandUrl = t.slack.responseUrl();
    await postSigned(t.url, commandBody("/workshops", "record", commandUrl, STAFF));
    expect(await waitForResponse(commandUrl)).toContain(ACTION_IDS.eventRecord);

    await postSigned(t.url, clickBody({ action_id: ACTION_IDS.eventRecord, value: "record" }));
    const [open] = await t.slack.waitFor("views.open");
    expect((open?.body.view as { callback_id: string }).callback_id).toBe(RECORD_VIEW.paste);

    const before = workshops();
    const read = await interact(submission(RECORD_VIEW.paste, { article: BUSAN }));
    expect(read.body.response_action).toBe("update");
    const view = read.body.view as { callback_id: string; private_metadata: string; blocks: unknown[] };
    expect(view.callback_id).toBe(RECORD_VIEW.confirm);
    const shown = JSON.stringify(view.blocks);
    expect(shown).toContain("WCO Regional Workshop on Capacity Building of Customs Laboratories");
    expect(shown).toContain("17-19 Apr 2018");
    expect(shown).toContain("regional · in Busan, Korea");
    expect(shown).toContain("28 participants · 22 administrations · sponsor CCF-Korea");
    // The confirmation names a server-side draft; it does not carry the event.
    expect(Object.keys(JSON.parse(view.private_metadata) as object)).toEqual(["draftId"]);
    expect(view.private_metadata).not.toContain("Busan");
    expect(workshops()).toBe(before);

    const confirm = submission(RECORD_VIEW.confirm, { metadata: view.private_metadata });
    const done = await interact(confirm);
    expect(JSON.stringify(done.body.view)).toMatch(/Added workshop \*\d+\* \(held\)/);
    expect(workshops()).toBe(before + 1);
    expect(
      t.db
        .prepare(
          "SELECT status, start_date, city, host_country FROM workshops WHERE title LIKE 'WCO Regional%'",
        )
        .get(),
    ).toEqual({ status: "held", start_date: "2018-04-17", city: "Busan", host_country: "Korea" });

    expect(t.deps.search.workshops("customs laboratories busan").length).toBeGreaterThan(0);

    // The same signed request again is dropped at the edge; a second Confirm of the same draft is told so.
    const replay = await interact(confirm);
    expect(replay.status).toBe(200);
    expect(workshops()).toBe(before + 1);
    const again = await interact(submission(RECORD_VIEW.confirm, { metadata: view.private_metadata }));
    expect(JSON.stringify(again.body.view)).toContain("already recorded");
    expect(workshops()).toBe(before + 1);
  });

  it("a text with several events: the confirmation shows each, nothing is written before Confirm, which writes all", async () => {
    t = await startTestApp({ env: { STAFF_USER_IDS: STAFF } });
    const story = STORIES.find((s) => s.events.length === 3);
    const before = workshops();
    const read = await interact(submission(RECORD_VIEW.paste, { article: story?.text }));
    const view = read.body.view as { private_metadata: string; blocks: unknown[] };
    const shown = JSON.stringify(view.blocks);
    expect(shown).toContain("I read *3 events*");
    for (const e of story?.events ?? []) expect(shown).toContain(e.name);
    expect(shown).toContain("17-19 May 2022");
    expect(workshops()).toBe(before);
    const done = await interact(submission(RECORD_VIEW.confirm, { metadata: view.private_metadata }));
    expect(JSON.stringify(done.body.view).match(/Added workshop \*\d+\*/g)).toHaveLength(3);
    expect(workshops()).toBe(before + 3);
  });

  it("a forged confirmation carrying an event instead of a draft id writes nothing", async () => {
    t = await startTestApp({ env: { STAFF_USER_IDS: STAFF } });
    const before = workshops();
    const forged = await interact(
      submission(RECORD_VIEW.confirm, { metadata: JSON.stringify({ title: "Fake", start: "2024-01-01" }) }),
    );
    expect(JSON.stringify(forged.body.view)).toContain("could not read this form");
    const unknown = await interact(
      submission(RECORD_VIEW.confirm, {
        metadata: JSON.stringify({ draftId: "9b2f4c1e-8d3a-4b5c-9e6f-0a1b2c3d4e5f" }),
      }),
    );
    expect(JSON.stringify(unknown.body.view)).toContain("no longer waiting");
    expect(workshops()).toBe(before);
  });

  it("answers a text it cannot read with a sentence, and refuses someone who is not staff", async () => {
    t = await startTestApp({ env: { STAFF_USER_IDS: STAFF } });
    const undated = await interact(submission(RECORD_VIEW.paste, { article: NO_DATE }));
    expect(undated.body.response_action).toBe("errors");
    expect(JSON.stringify(undated.body.errors)).toContain("but not its dates");
    const nothing = await interact(submission(RECORD_VIEW.paste, { article: NO_EVENT[0] }));
    expect(JSON.stringify(nothing.body.errors)).toContain("I found no event in this text");
    const stranger = await interact(submission(RECORD_VIEW.paste, { article: BUSAN, user: "U200" }));
    expect(JSON.stringify(stranger.body.errors)).toContain("Only ROCB A/P staff can record");
    expect(t.db.prepare("SELECT count(*) FROM event_drafts").pluck().get()).toBe(0);
  });
});

describe("/workshops record on a scheduled workshop", () => {
  it("says which workshop Confirm makes held, and keeps its id", async () => {
    t = await startTestApp({ env: { STAFF_USER_IDS: STAFF } });
    const article = [
      "Sub-regional workshop on AEO wraps up in Bangkok",
      "",
      "2-6 September 2024, Bangkok, Thailand",
      "",
      "The ROCB A/P organized the Sub-regional Workshop on Authorized Economic Operators from 2 to 6 September 2024",
      "in Bangkok, Thailand. 24 participants from 9 Member administrations attended.",
    ].join("\n");
    const before = workshops();
    const read = await interact(submission(RECORD_VIEW.paste, { article }));
    const view = read.body.view as { private_metadata: string; blocks: unknown[] };
    expect(JSON.stringify(view.blocks)).toContain("Confirm makes workshop *7*");
    const done = await interact(submission(RECORD_VIEW.confirm, { metadata: view.private_metadata }));
    expect(JSON.stringify(done.body.view)).toContain("Workshop *7* is now held");
    expect(workshops()).toBe(before);
    expect(
      t.db.prepare("SELECT status, participants, host_country FROM workshops WHERE id = 7").get(),
    ).toEqual({
      status: "held",
      participants: 24,
      host_country: "Thailand",
    });
  });
});
