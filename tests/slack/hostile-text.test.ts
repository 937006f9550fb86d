import { describe, expect, it } from "vitest";
import { commands } from "../../commands/index.ts";
import { answerQuestion } from "../../src/questions/answer.ts";
import { homeData } from "../../src/slack/home-data.ts";
import { importSentence, participantsModal } from "../../src/slack/listeners/workshop-admin.ts";
import { notice, replyMessage, sharedMessage } from "../../src/slack/messages.ts";
import { homeView } from "../../src/slack/views.ts";
import { reminderMessage, surveyModal, thanksModal } from "../../src/surveys/blocks.ts";
import { digestMessage } from "../../src/surveys/digest.ts";
import { releaseClaim, unreportedOutcomes } from "../../src/surveys/outbox.ts";
import { saveSurveyResponse } from "../../src/surveys/responses.ts";
import { makeContext, sampleCatalogue } from "../commands/fixtures.ts";
import { seedWorkshop } from "../surveys/fixtures.ts";

// Whatever people type and documents say reaches Slack as text, never as a mention that pings a channel
// or a person, or a link that hides its target: every mrkdwn field and every top-level `text` (what
// notifications, Share and screen readers show) of every reply, DM, digest and Home view built from
// hostile data is scanned.

const HOSTILE = "<!channel> <!here> <@UEVIL1> <http://evil.example|click me> <!subteam^SEVIL|@all> &";

/** Live Slack markup that came from the hostile text (the bot's own `<@U…>` of the sharer is not hostile). */
const LIVE = [/<!channel>/, /<!here>/, /<@UEVIL1>/, /<https?:\/\/evil\.example[^>]*>/, /<!subteam\^SEVIL/];

/**
 * Every string Slack renders as mrkdwn: top-level `text`, mrkdwn text objects; plain_text and a table's
 * raw_text cells are never parsed.
 */
function renderedTexts(value: unknown, out: string[] = [], key = ""): string[] {
  if (typeof value === "string") {
    if (key === "text") out.push(value);
    return out;
  }
  if (Array.isArray(value)) {
    for (const v of value) renderedTexts(v, out, key);
    return out;
  }
  if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (o.type === "plain_text" || o.type === "raw_text") return out;
    for (const [k, v] of Object.entries(o)) {
      if (k === "value" || k === "private_metadata" || k === "initial_value") continue;
      renderedTexts(v, out, k);
    }
  }
  return out;
}

function expectNoLiveMarkup(what: string, message: unknown): void {
  const texts = renderedTexts(message);
  expect(texts.length, `${what}: nothing rendered`).toBeGreaterThan(0);
  for (const text of texts) {
    for (const live of LIVE) expect(text, `${what}: ${live}`).not.toMatch(live);
  }
}

function hostileWorld() {
  const world = sampleCatalogue();
  const db = world.db;
  const { workshopId, participantIds } = seedWorkshop(db, {
    title: `Workshop ${HOSTILE}`,
    city: HOSTILE,
    start: "2024-06-10",
    end: "2024-06-14",
    participants: 3,
  });
  db.prepare("UPDATE participants SET name = ?, administration = ?").run(`Name ${HOSTILE}`, HOSTILE);
  // An upcoming workshop with the same title, for the lists and App Home.
  seedWorkshop(db, { title: `Upcoming ${HOSTILE}`, city: HOSTILE, start: "2024-10-07", end: "2024-10-11" });
  db.prepare("UPDATE workshops SET status = 'scheduled' WHERE title LIKE 'Upcoming%'").run();
  db.prepare(
    `INSERT INTO reminders (workshop_id, participant_id, kind, state, via, due_date, due_at, window_opens_at,
       sent_at, channel, message_ts, last_error, updated_at)
     VALUES (?, ?, 'initial', 'sent', 'slack', '2024-12-16', '2024-12-16T02:00:00Z', '2024-12-15T20:00:00Z',
       '2024-12-16T02:00:00Z', 'D1', '1.1', NULL, '2024-12-16T02:00:00Z'),
            (?, ?, 'initial', 'failed', 'email', '2024-12-16', '2024-12-16T02:00:00Z', '2024-12-15T20:00:00Z',
       NULL, NULL, NULL, ?, '2024-12-16T02:00:00Z'),
            (?, ?, 'initial', 'sending', 'email', '2024-12-16', '2024-12-16T02:00:00Z', '2024-12-15T20:00:00Z',
       NULL, NULL, NULL, NULL, '2024-12-16T02:00:00Z')`,
  ).run(
    workshopId,
    participantIds[0],
    workshopId,
    participantIds[1],
    `550 ${HOSTILE}`,
    workshopId,
    participantIds[2],
  );
  db.prepare("UPDATE reminders SET claimed_by = 'run' WHERE state = 'sending'").run();
  releaseClaim(db, 3, "run", {
    counts: true,
    error: `421 ${HOSTILE}`,
    retryAt: new Date("2024-12-16T03:00:00Z"),
    failingSince: new Date("2024-12-16T02:00:00Z"),
  });
  saveSurveyResponse(db, {
    workshopId,
    participantId: participantIds[0] as number,
    by: { channel: "web" },
    answer: { actions: ["others"], changes: `Changes ${HOSTILE}`, rating: 4 },
    now: new Date("2024-12-17T03:00:00Z"),
  });
  return { db, workshopId };
}

describe("hostile text never becomes a live mention or link", () => {
  const { db, workshopId } = hostileWorld();
  const ctx = makeContext(db, "2024-09-01T03:00:00Z");

  it.each([
    ["/workshops", ""],
    ["/workshops", HOSTILE],
    ["/workshops", `search ${HOSTILE}`],
    ["/workshops", "search Workshop"],
    ["/workshops", "past 2024"],
    ["/workshops", `show ${workshopId}`],
    ["/workshops", `show ${HOSTILE}`],
    ["/workshops", `participants ${workshopId}`],
    ["/workshops", `add ${HOSTILE} kind:national country:Fiji`],
    ["/kpi", HOSTILE],
    ["/kpi", `1-(a) ${HOSTILE}`],
    ["/kpi", `set 1-(a) 3 ${HOSTILE}`],
    ["/actions", HOSTILE],
    ["/survey", ""],
    ["/survey", `status ${HOSTILE}`],
    ["/survey", "status Workshop"],
    ["/survey", `status ${workshopId}`],
  ])("reply to %s %s, its Slack message and its Share", async (command, text) => {
    const reply = await commands[command]?.(text, ctx);
    if (!reply) throw new Error("no reply");
    expectNoLiveMarkup("reply", reply);
    expectNoLiveMarkup("message", replyMessage(reply, "share-1"));
    expectNoLiveMarkup("shared", sharedMessage(reply, "U100", { c: command, t: text, o: 0 }));
  });

  it("answers to questions in plain words", async () => {
    for (const q of [HOSTILE, `when is the next workshop in ${HOSTILE}?`, "what is upcoming?"]) {
      expectNoLiveMarkup(`question ${q}`, await answerQuestion(q, ctx));
    }
  });

  it("the reminder DM, the survey form and its thanks", () => {
    const workshop = {
      title: `Workshop ${HOSTILE}`,
      startDate: "2024-06-10",
      endDate: "2024-06-14",
      city: HOSTILE,
      hostCountry: HOSTILE,
      countries: HOSTILE,
    };
    for (const kind of ["initial", "nudge"] as const) {
      expectNoLiveMarkup("reminder", reminderMessage({ reminderId: 1, kind, name: HOSTILE, workshop }));
    }
    expectNoLiveMarkup("form", surveyModal({ reminderId: 1, workshopTitle: workshop.title, previous: null }));
    expectNoLiveMarkup("thanks", thanksModal(workshop.title, 2));
  });

  it("the participants form and the sentence confirming a load", () => {
    const title = `Workshop ${HOSTILE}`;
    expectNoLiveMarkup("participants form", participantsModal({ id: workshopId, title }));
    const sentence = importSentence(title, { workshopId, added: 1, updated: 0, unchanged: 0, removed: 0 });
    expectNoLiveMarkup("load confirmed", notice(sentence));
  });

  it("the staff digest", () => {
    const outcomes = unreportedOutcomes(db);
    expect(outcomes.length).toBeGreaterThan(0);
    expectNoLiveMarkup(
      "digest",
      digestMessage(outcomes, [{ id: 99, title: `Month-only ${HOSTILE}`, start: "2024-11" }]),
    );
  });

  it("App Home, for staff and for everyone else", () => {
    for (const staff of [true, false]) {
      const view = homeView(homeData(db, new Date("2024-09-01T03:00:00Z"), "Asia/Bangkok", staff));
      expect(JSON.stringify(view)).toContain("Upcoming");
      expectNoLiveMarkup(`home (staff: ${staff})`, view);
    }
  });
});
