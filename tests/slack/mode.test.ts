import { describe, expect, it } from "vitest";
import { chooseMode, StartupError } from "../../src/slack/mode.ts";

const base = { PORT: 3000 } as const;
const bot = "xoxb-1-2-abc";
const secret = "0123456789abcdef0123456789abcdef";

describe("chooseMode", () => {
  it("runs the console without Slack credentials", () => {
    expect(chooseMode(base)).toEqual({ mode: "console" });
  });
  it("uses Socket Mode with a bot and an app token", () => {
    expect(chooseMode({ ...base, SLACK_BOT_TOKEN: bot, SLACK_APP_TOKEN: "xapp-1-A" }).mode).toBe("socket");
  });
  it("uses HTTP with a bot token and a signing secret", () => {
    expect(chooseMode({ ...base, SLACK_BOT_TOKEN: bot, SLACK_SIGNING_SECRET: secret })).toEqual({
      mode: "http",
      botToken: bot,
      signingSecret: secret,
      port: 3000,
    });
  });
  const bad: Array<[string, Record<string, string>, RegExp]> = [
    ["an app token without a bot token", { SLACK_APP_TOKEN: "xapp-1" }, /^SLACK_BOT_TOKEN is missing/],
    ["a secret without a bot token", { SLACK_SIGNING_SECRET: secret }, /^SLACK_BOT_TOKEN is missing/],
    [
      "a user token as the bot token",
      { SLACK_BOT_TOKEN: "xoxp-1", SLACK_SIGNING_SECRET: secret },
      /^SLACK_BOT_TOKEN is malformed/,
    ],
    [
      "a bot token as the app token",
      { SLACK_BOT_TOKEN: bot, SLACK_APP_TOKEN: bot },
      /^SLACK_APP_TOKEN is malformed/,
    ],
    [
      "a secret that is not hex",
      { SLACK_BOT_TOKEN: bot, SLACK_SIGNING_SECRET: "not-a-secret!" },
      /^SLACK_SIGNING_SECRET is malformed/,
    ],
    ["a bot token alone", { SLACK_BOT_TOKEN: bot }, /^SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is missing/],
  ];
  for (const [name, env, message] of bad) {
    it(`stops with a sentence naming the variable for ${name}, without echoing values`, () => {
      let error: unknown;
      try {
        chooseMode({ ...base, ...env });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(StartupError);
      expect((error as Error).message).toMatch(message);
      for (const value of Object.values(env)) expect((error as Error).message).not.toContain(value);
    });
  }
});
