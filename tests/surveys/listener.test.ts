import { App, LogLevel, type Receiver } from "@slack/bolt";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/open.ts";
import { ACTION_IDS } from "../../src/reply.ts";
import { registerSurveyListeners } from "../../src/slack/listeners/survey.ts";
import { SURVEY_VIEW } from "../../src/surveys/blocks.ts";
import { planReminders } from "../../src/surveys/outbox.ts";
import { SlackStandIn } from "../support/slack-stand-in.ts";
import { seedWorkshop, silentLogger, testConfig, testDb } from "./fixtures.ts";

const nullReceiver: Receiver = { init() {}, start: async () => {}, stop: async () => {} };

let slack: SlackStandIn;
let db: Db;
let app: App;
let reminderId: number;

beforeEach(async () => {
  slack = await new SlackStandIn().start();
  db = testDb();
  seedWorkshop(db, { participants: 2, slackIds: true });
  planReminders(db, testConfig(), new Date("2024-12-20T03:00:00Z"));
  reminderId = db.prepare("SELECT id FROM reminders WHERE participant_id = 1").pluck().get() as number;
  app = new App({
    token: "xoxb-test",
    receiver: nullReceiver,
    tokenVerificationEnabled: false,
    logLevel: LogLevel.ERROR,
    clientOptions: { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } },
  });
  registerSurveyListeners(app, {
    config: testConfig(),
    db,
    logger: silentLogger,
    isStaff: async () => false,
    now: () => new Date("2024-12-21T03:00:00Z"),
  });
});
afterEach(async () => {
  db.close();
  await slack.stop();
});

async function deliver(body: Record<string, unknown>): Promise<unknown> {
  let acked: unknown = "not acked";
  await app.processEvent({
    body,
    ack: async (response?: unknown) => {
      acked = response;
    },
  });
  return acked;
}

const click = (user: string, value = String(reminderId)) => ({
  type: "block_actions",
  trigger_id: "trigger-1",
  team: { id: "T1" },
  user: { id: user },
  api_app_id: "A1",
  token: "t",
  container: { type: "message" },
  actions: [{ type: "button", action_id: ACTION_IDS.surveyOpen, block_id: "b", value, action_ts: "1" }],
});

const submission = (
  user: string,
  values: Record<string, unknown>,
  metadata = JSON.stringify({ reminderId }),
) => ({
  type: "view_submission",
  team: { id: "T1" },
  user: { id: user },
  api_app_id: "A1",
  token: "t",
  trigger_id: "trigger-2",
  view: {
    id: "V1",
    type: "modal",
    callback_id: SURVEY_VIEW.callbackId,
    private_metadata: metadata,
    state: { values },
  },
});

const answer = (actions: string[], changes: string, rating: string | null) => ({
  [SURVEY_VIEW.actions.block]: {
    [SURVEY_VIEW.actions.action]: {
      type: "checkboxes",
      selected_options: actions.map((value) => ({ value })),
    },
  },
  [SURVEY_VIEW.changes.block]: { [SURVEY_VIEW.changes.action]: { type: "plain_text_input", value: changes } },
  [SURVEY_VIEW.rating.block]: {
    [SURVEY_VIEW.rating.action]: {
      type: "static_select",
      selected_option: rating ? { value: rating } : null,
    },
  },
});

/** The parts of the survey modal the tests read. */
type SurveyModal = {
  callback_id: string;
  blocks: Array<{ element?: { options?: unknown[]; initial_options?: unknown[] } }>;
};

describe("survey in Slack", () => {
  it("button → views.open with the six actions → view_submission stores the response and stops the nudge", async () => {
    await deliver(click("U1"));
    const open = slack.callsOf("views.open")[0];
    expect(open?.body.trigger_id).toBe("trigger-1");
    const view = open?.body.view as SurveyModal;
    expect(view.callback_id).toBe(SURVEY_VIEW.callbackId);
    expect(JSON.stringify(view)).toContain("What changed in your administration?");
    expect(view.blocks[1]?.element?.options).toHaveLength(6);

    db.prepare(
      "INSERT INTO reminders (workshop_id, participant_id, kind, due_date, due_at, window_opens_at, updated_at) VALUES (1, 1, 'nudge', '2025-01-06', 'x', 'x', 'x')",
    ).run();
    const ack = (await deliver(
      submission("U1", answer(["shared_materials", "inhouse_workshop"], "A new risk unit.", "4")),
    )) as { response_action: string };
    expect(ack.response_action).toBe("update");
    const row = db.prepare("SELECT * FROM survey_responses").get() as Record<string, unknown>;
    expect(row).toMatchObject({
      shared_materials: 1,
      inhouse_workshop: 1,
      others: 0,
      rating: 4,
      revision: 1,
    });
    expect(row.changes).toBe("A new risk unit.");
    expect(db.prepare("SELECT state FROM reminders WHERE kind = 'nudge'").pluck().get()).toBe("skipped");

    await deliver(submission("U1", answer(["others"], "", null)));
    const updated = db.prepare("SELECT * FROM survey_responses").all() as Array<Record<string, unknown>>;
    expect(updated).toHaveLength(1);
    expect(updated[0]).toMatchObject({
      others: 1,
      shared_materials: 0,
      rating: null,
      changes: null,
      revision: 2,
    });
    expect(db.prepare("SELECT count(*) FROM survey_response_history").pluck().get()).toBe(1);

    // The second click prefills the modal with the stored answer.
    await deliver(click("U1"));
    const reopened = slack.callsOf("views.open")[1]?.body.view as SurveyModal;
    expect(reopened.blocks[1]?.element?.initial_options).toEqual([
      { text: expect.anything(), value: "others" },
    ]);
  });

  it("rejects bad payloads and someone else's survey without storing anything", async () => {
    const bad = [
      submission("U1", answer(["bribery"], "x", "4")),
      submission("U1", answer([], "x", "9")),
      submission("U1", answer([], "x", null), "not json"),
      submission("U1", answer([], "x", null), JSON.stringify({ reminderId: "1; DROP TABLE" })),
      submission("U2", answer(["others"], "x", null)),
    ];
    for (const body of bad) {
      const ack = (await deliver(body)) as { response_action?: string };
      expect(ack.response_action).toBe("errors");
    }
    expect(db.prepare("SELECT count(*) FROM survey_responses").pluck().get()).toBe(0);

    await deliver(click("U1", "not-a-number"));
    expect(slack.callsOf("views.open")).toHaveLength(0);
    await deliver(click("U2"));
    expect(JSON.stringify(slack.callsOf("views.open")[0]?.body.view)).toContain("another participant");
  });
});
