import { SocketModeReceiver } from "@slack/bolt";
import { afterEach, beforeEach, expect, it } from "vitest";
import { openDatabase } from "../../src/db/open.ts";
import { CatalogueSearch } from "../../src/search/index.ts";
import { createSlackApp, type SlackApp } from "../../src/slack/app.ts";
import type { SlackDeps } from "../../src/slack/deps.ts";
import { createLogger } from "../../src/slack/logger.ts";
import { SlackStandIn } from "../support/slack-stand-in.ts";
import { NOW, seedCatalogue, testCommands, testConfig } from "./harness.ts";

let slack: SlackStandIn;
let built: SlackApp;
let deps: SlackDeps;

beforeEach(async () => {
  slack = await new SlackStandIn().start();
  const config = testConfig({
    SLACK_API_URL: slack.apiUrl,
    SLACK_APP_TOKEN: "xapp-1-A1-1-abc",
    LOG_LEVEL: "silent",
  });
  const db = openDatabase(":memory:");
  seedCatalogue(db);
  deps = {
    config,
    db,
    search: CatalogueSearch.build(db),
    logger: createLogger(config),
    isStaff: async () => false,
    commands: testCommands,
    now: () => NOW,
  };
  built = createSlackApp(
    deps,
    { mode: "socket", appToken: "xapp-1-A1-1-abc", port: 0 },
    { botId: "B", botUserId: "UB" },
  );
});
afterEach(async () => {
  deps.db.close();
  await slack.stop();
});

/** Feeds one envelope to the receiver the way its Socket Mode client emits it; resolves with what was acked. */
async function feed(body: Record<string, unknown>, retryNum?: number): Promise<unknown[]> {
  const receiver = built.receiver as SocketModeReceiver;
  const acks: unknown[] = [];
  const handlers = receiver.client.listeners("slack_event") as Array<(args: unknown) => Promise<void>>;
  for (const h of handlers) {
    await h({
      body,
      ack: async (r?: unknown) => void acks.push(r ?? "ack"),
      retry_num: retryNum,
      retry_reason: retryNum ? "timeout" : undefined,
    });
  }
  return acks;
}

it("wires a Socket Mode receiver whose events reach the command listeners", async () => {
  expect(built.receiver).toBeInstanceOf(SocketModeReceiver);
  const responseUrl = slack.responseUrl();
  const command = {
    command: "/pages",
    text: "aeo",
    user_id: "U100",
    channel_id: "C1",
    team_id: "T1",
    response_url: responseUrl,
    trigger_id: "1.2.3",
    api_app_id: "A1",
  };
  expect(await feed(command)).toEqual(["ack"]);
  const [posted] = await slack.waitFor("response");
  expect(posted?.body.text).toBe("page at 0");
  // A retry_attempt of the same envelope is acked and dropped.
  expect(await feed(command, 1)).toEqual(["ack"]);
  await new Promise((r) => setTimeout(r, 50));
  expect(slack.callsOf("response")).toHaveLength(1);
});

it("publishes App Home for an app_home_opened event over Socket Mode", async () => {
  await feed({
    type: "event_callback",
    team_id: "T1",
    api_app_id: "A1",
    event_id: "Ev1",
    authorizations: [{ team_id: "T1", user_id: "UB", is_bot: true }],
    event: { type: "app_home_opened", user: "U100", tab: "home" },
  });
  const [call] = await slack.waitFor("views.publish");
  expect(call?.body.user_id).toBe("U100");
});
