import { createHmac } from "node:crypto";
import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { surveyCommand } from "../../commands/survey.ts";
import { type Config, configSchema } from "../../src/config.ts";
import type { CommandHandler } from "../../src/context.ts";
import { type Db, openDatabase } from "../../src/db/open.ts";
import type { JobBoard } from "../../src/health/job-board.ts";
import type { HttpTimeouts } from "../../src/http/server.ts";
import { ACTION_IDS, type Reply } from "../../src/reply.ts";
import { CatalogueSearch } from "../../src/search/index.ts";
import { createSlackApp, type SlackApp } from "../../src/slack/app.ts";
import type { SlackDeps } from "../../src/slack/deps.ts";
import { createLogger } from "../../src/slack/logger.ts";
import { createStaffCheck } from "../../src/slack/staff.ts";
import { createWebClient } from "../../src/slack/web-client.ts";
import { SlackStandIn } from "../support/slack-stand-in.ts";

export const SECRET = "8f742231b10e8888abcd99yyyzzz85a5".replace(/[yz]/g, "0");
export const BOT_TOKEN = "xoxb-1234-5678-testtokenvalue";
export const NOW = new Date("2024-07-01T03:00:00Z");

/** The real commands when commands/index.ts exists, else the ones that exist on their own. */
export async function realCommands(): Promise<Record<string, CommandHandler>> {
  const path = new URL("../../commands/index.ts", import.meta.url);
  if (existsSync(path)) {
    return ((await import(path.href)) as { commands: Record<string, CommandHandler> }).commands;
  }
  return { "/survey": surveyCommand };
}

const text = (t: string): Reply => ({
  text: t,
  blocks: [{ type: "section", text: { type: "mrkdwn", text: t } }],
});

/** Test-only commands that exercise paging, failures, personal data and the staff check. */
export const testCommands: Record<string, CommandHandler> = {
  "/pages": (t, ctx) => ({
    text: `page at ${ctx.offset}`,
    blocks: [
      {
        type: "section",
        text: { type: "mrkdwn", text: `Results ${ctx.offset + 1}–${ctx.offset + 5} for ${t}` },
      },
      {
        type: "actions",
        elements: [
          {
            type: "button",
            action_id: ACTION_IDS.nextPage,
            text: { type: "plain_text", text: "Next" },
            value: JSON.stringify({ c: "/pages", t, o: ctx.offset + 5 }),
          },
        ],
      },
    ],
  }),
  "/boom": () => {
    throw new Error("the handler broke");
  },
  "/personal": () => ({ ...text("Jane Doe <jane@customs.example> answered"), personal: true }),
  "/staffonly": async (_t, ctx) =>
    (await ctx.isStaff()) ? text("Staff figures") : text("Only ROCB A/P staff can see this."),
};

/** A small catalogue: one plan in force with items in two pillars, one upcoming workshop. */
export function seedCatalogue(db: Db): void {
  db.exec(`
    INSERT INTO documents (id, file_name, sha256, kind, title, imported_at)
      VALUES (1, 'awp.txt', 'abc', 'plan', 'AWP 2024/25', '2024-06-01T00:00:00Z');
    INSERT INTO plans (id, document_id, kind, title, period_start, period_end)
      VALUES (1, 1, 'AWP', 'Annual Work Plan 2024/25', '2024-07-01', '2025-06-30');
    INSERT INTO action_items (plan_id, pillar, letter, code, action, source_first_line, source_last_line) VALUES
      (1, 1, 'a', '1-(a)', 'Build capacity', 1, 2), (1, 1, 'b', '1-(b)', 'Share data', 3, 4),
      (1, 2, 'a', '2-(a)', 'Coordinate', 5, 6);
    INSERT INTO workshops (id, key, title, kind, city, start_date, end_date, status)
      VALUES (7, 'w7', 'Sub-regional Workshop on AEO', 'sub-regional', 'Bangkok', '2024-09-02', '2024-09-06', 'scheduled');
  `);
}

export interface TestApp {
  url: string;
  slack: SlackStandIn;
  app: SlackApp;
  db: Db;
  deps: SlackDeps;
  /** Raw log lines written during the test. */
  logs: string[];
  stop(): Promise<void>;
}

export interface TestAppOptions {
  commands?: Record<string, CommandHandler>;
  env?: Record<string, string>;
  nowMs?: () => number;
  timeouts?: Partial<HttpTimeouts>;
  board?: JobBoard;
  /** A database file to use (and reuse across restarts); default a fresh in-memory catalogue. */
  dbPath?: string;
}

export function testConfig(env: Record<string, string>): Config {
  return configSchema.parse({
    LOG_LEVEL: "info",
    OFFICE_TIMEZONE: "Asia/Bangkok",
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    ...env,
  });
}

/** The real app in HTTP mode on 127.0.0.1, a random port, talking to a stand-in for Slack. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const slack = await new SlackStandIn().start();
  const config = testConfig({ SLACK_API_URL: slack.apiUrl, ...options.env });
  const logs: string[] = [];
  const logger = createLogger(config, { write: (line: string) => logs.push(line) });
  const db = openDatabase(options.dbPath ?? ":memory:");
  if (db.prepare("SELECT count(*) FROM documents").pluck().get() === 0) seedCatalogue(db);
  const deps: SlackDeps = {
    config,
    db,
    search: CatalogueSearch.build(db),
    logger,
    isStaff: createStaffCheck({ config, client: createWebClient(config), logger }),
    commands: options.commands ?? { ...(await realCommands()), ...testCommands },
    now: () => NOW,
  };
  const app = createSlackApp(
    deps,
    {
      mode: "http",
      signingSecret: SECRET,
      port: 0,
      host: "127.0.0.1",
      ...(options.nowMs ? { nowMs: options.nowMs } : {}),
      ...(options.timeouts ? { timeouts: options.timeouts } : {}),
      ...(options.board ? { board: options.board } : {}),
    },
    { botId: "BBOT", botUserId: "UBOT" },
  );
  const address = (await app.start()) as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    slack,
    app,
    db,
    deps,
    logs,
    async stop() {
      await app.stop();
      await slack.stop();
      db.close();
    },
  };
}

/** Slack's signature: `v0=` + HMAC-SHA256(secret, `v0:{ts}:{raw body}`), written here independently of src/. */
export function slackSignature(secret: string, ts: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${ts}:${body}`).digest("hex")}`;
}

export interface PostOptions {
  ts?: number;
  secret?: string;
  headers?: Record<string, string>;
  omit?: Array<"x-slack-signature" | "x-slack-request-timestamp">;
  /** Changes the body after signing. */
  tamper?: (body: string) => string;
  contentType?: string;
}

export async function postSigned(url: string, body: string, o: PostOptions = {}): Promise<Response> {
  const ts = o.ts ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    "content-type": o.contentType ?? "application/x-www-form-urlencoded",
    "x-slack-request-timestamp": String(ts),
    "x-slack-signature": slackSignature(o.secret ?? SECRET, ts, body),
    ...o.headers,
  };
  for (const h of o.omit ?? []) delete headers[h];
  return fetch(`${url}/slack/events`, { method: "POST", headers, body: o.tamper ? o.tamper(body) : body });
}

/** A slash command's form body, as Slack posts it. */
export function commandBody(command: string, text: string, responseUrl: string, user = "U100"): string {
  return new URLSearchParams({
    token: "legacy-verification-token",
    team_id: "T1",
    team_domain: "rocb",
    channel_id: "C1",
    channel_name: "general",
    user_id: user,
    user_name: "someone",
    command,
    text,
    api_app_id: "A1",
    is_enterprise_install: "false",
    response_url: responseUrl,
    trigger_id: "1.2.3",
  }).toString();
}

/** A block_actions body (`payload=` JSON), as Slack posts a button click. */
export function clickBody(
  action: { action_id: string; value: string },
  o: { responseUrl?: string; user?: string; container?: string } = {},
): string {
  const payload = {
    type: "block_actions",
    team: { id: "T1", domain: "rocb" },
    user: { id: o.user ?? "U100", username: "someone", team_id: "T1" },
    api_app_id: "A1",
    token: "legacy-verification-token",
    container: { type: o.container ?? "message", is_ephemeral: true },
    trigger_id: "1.2.3",
    channel: { id: "C1", name: "general" },
    ...(o.responseUrl ? { response_url: o.responseUrl } : {}),
    actions: [
      { type: "button", block_id: "b1", action_ts: "1", text: { type: "plain_text", text: "x" }, ...action },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** A modal's view_submission payload, as Slack posts it when the person presses the submit button. */
export function viewSubmission(
  callbackId: string,
  input: { block: string; action: string; value: string },
  o: { user?: string; metadata?: string } = {},
) {
  return {
    type: "view_submission",
    team: { id: "T1", domain: "rocb" },
    user: { id: o.user ?? "U100", username: "someone", team_id: "T1" },
    api_app_id: "A1",
    token: "legacy-verification-token",
    trigger_id: "4.5.6",
    view: {
      id: "V1",
      // Slack's payloads differ every time (hash, timestamps); identical signed bodies are replays.
      hash: `${Date.now()}.${Math.random()}`,
      type: "modal",
      callback_id: callbackId,
      private_metadata: o.metadata ?? "",
      state: {
        values: { [input.block]: { [input.action]: { type: "plain_text_input", value: input.value } } },
      },
    },
  };
}

/** An Events API callback body (JSON). */
export function eventBody(event: Record<string, unknown>, eventId = "Ev1"): string {
  return JSON.stringify({
    token: "legacy-verification-token",
    team_id: "T1",
    api_app_id: "A1",
    type: "event_callback",
    event_id: eventId,
    event_time: 1,
    authorizations: [{ team_id: "T1", user_id: "UBOT", is_bot: true }],
    event,
  });
}
