import { afterEach, describe, expect, it } from "vitest";
import { PARTICIPANTS_VIEW } from "../../src/slack/listeners/workshop-admin.ts";
import { saveSurveyResponse } from "../../src/surveys/responses.ts";
import { postSigned, startTestApp, type TestApp } from "./harness.ts";

let t: TestApp;
afterEach(async () => {
  await t?.stop();
});

const STAFF = "U100";
const WORKSHOP = 7; // seeded by the harness

/** A file of `n` participants: far more than one paste (3,000 characters) holds. */
const bigFile = (n: number) =>
  [
    "name,email,administration",
    ...Array.from({ length: n }, (_, i) => `Person ${i},p${i}@customs.example,Admin ${i % 33}`),
  ].join("\n");

function submission(o: { csv?: string; file?: string; remove?: string }) {
  const values: Record<string, unknown> = {};
  if (o.csv !== undefined)
    values[PARTICIPANTS_VIEW.block] = {
      [PARTICIPANTS_VIEW.action]: { type: "plain_text_input", value: o.csv },
    };
  values[PARTICIPANTS_VIEW.fileBlock] = {
    [PARTICIPANTS_VIEW.fileAction]: {
      type: "file_input",
      files: o.file ? [{ id: o.file, name: "x.csv" }] : [],
    },
  };
  if (o.remove !== undefined)
    values[PARTICIPANTS_VIEW.removeBlock] = {
      [PARTICIPANTS_VIEW.removeAction]: { type: "plain_text_input", value: o.remove },
    };
  return {
    type: "view_submission",
    team: { id: "T1", domain: "rocb" },
    user: { id: STAFF, username: "someone", team_id: "T1" },
    api_app_id: "A1",
    token: "legacy-verification-token",
    trigger_id: "4.5.6",
    view: {
      id: "V1",
      type: "modal",
      callback_id: PARTICIPANTS_VIEW.callbackId,
      private_metadata: JSON.stringify({ workshopId: WORKSHOP }),
      state: { values },
    },
  };
}

async function interact(payload: Record<string, unknown>) {
  const res = await postSigned(t.url, new URLSearchParams({ payload: JSON.stringify(payload) }).toString());
  const text = await res.text();
  return text
    ? (JSON.parse(text) as { response_action: string; errors?: Record<string, string>; view?: unknown })
    : null;
}

const count = () =>
  t.db.prepare("SELECT count(*) FROM participants WHERE workshop_id = ?").pluck().get(WORKSHOP);

describe("participants from a CSV file, and removing one", () => {
  it("loads a file longer than any paste, downloaded with the bot token", async () => {
    t = await startTestApp({ env: { STAFF_USER_IDS: STAFF } });
    t.slack.files.set("F1", { name: "participants.csv", content: bigFile(400) });
    const answer = await interact(submission({ file: "F1" }));
    expect(answer?.response_action).toBe("update");
    expect(JSON.stringify(answer?.view)).toContain("400 added");
    expect(count()).toBe(400);
    expect(t.slack.callsOf("download")[0]?.headers.authorization).toMatch(/^Bearer xoxb-/);
  });

  it("checks the paste and the file as a whole: one bad line in the file loads nothing", async () => {
    t = await startTestApp({ env: { STAFF_USER_IDS: STAFF } });
    t.slack.files.set("F2", { name: "more.csv", content: `${bigFile(3)}\nNo Email,,Fiji` });
    const answer = await interact(
      submission({ csv: "name,email,administration\nAna,p1@customs.example,Fiji", file: "F2" }),
    );
    expect(answer?.response_action).toBe("errors");
    const text = answer?.errors?.[PARTICIPANTS_VIEW.block] ?? "";
    expect(text).toContain("The file more.csv, line 5: email is not an email address.");
    expect(text).toContain("email p1@customs.example is also in the pasted list");
    expect(count()).toBe(0);
  });

  it("refuses a file that is not text", async () => {
    t = await startTestApp({ env: { STAFF_USER_IDS: STAFF } });
    t.slack.files.set("F3", {
      name: "list.xlsx",
      content: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]),
    });
    const answer = await interact(submission({ file: "F3" }));
    expect(answer?.errors?.[PARTICIPANTS_VIEW.block]).toMatch(/list\.xlsx is not a text file/);
    expect(count()).toBe(0);
  });

  it("removes participants whole-or-nothing, and keeps one who answered", async () => {
    t = await startTestApp({ env: { STAFF_USER_IDS: STAFF } });
    await interact(submission({ csv: bigFile(3) }));
    expect(count()).toBe(3);
    const answeredId = t.db
      .prepare("SELECT id FROM participants WHERE email = 'p2@customs.example'")
      .pluck()
      .get() as number;
    saveSurveyResponse(t.db, {
      workshopId: WORKSHOP,
      participantId: answeredId,
      by: { channel: "web" },
      answer: { actions: [], changes: null, rating: null },
      now: new Date(),
    });
    const refused = await interact(
      submission({ remove: "p0@customs.example\np2@customs.example\nnobody@x.org" }),
    );
    const text = refused?.errors?.[PARTICIPANTS_VIEW.block] ?? "";
    expect(text).toMatch(/^Nothing was loaded: 2 problems\./);
    expect(text).toContain("Cannot remove p2@customs.example: they answered the survey");
    expect(text).toContain("Cannot remove nobody@x.org: not a participant of this workshop");
    expect(count()).toBe(3);
    const removed = await interact(submission({ remove: "P0@customs.example, p1@customs.example" }));
    expect(JSON.stringify(removed?.view)).toContain("2 removed");
    expect(
      t.db.prepare("SELECT email FROM participants WHERE workshop_id = ?").pluck().all(WORKSHOP),
    ).toEqual(["p2@customs.example"]);
  });
});
