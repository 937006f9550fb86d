import type { Config } from "../config.ts";

export type Mode =
  | { mode: "console" }
  | { mode: "socket"; botToken: string; appToken: string }
  | { mode: "http"; botToken: string; signingSecret: string; port: number };

export class StartupError extends Error {
  override name = "StartupError";
}

/**
 * Which way to run, from the Slack variables: none → the local console; bot + app token → Socket Mode;
 * bot token + signing secret → HTTP. Anything else stops the app with a sentence naming the variable
 * (never its value).
 */
export function chooseMode(
  config: Pick<Config, "SLACK_BOT_TOKEN" | "SLACK_APP_TOKEN" | "SLACK_SIGNING_SECRET" | "PORT">,
): Mode {
  const { SLACK_BOT_TOKEN: bot, SLACK_APP_TOKEN: appToken, SLACK_SIGNING_SECRET: secret } = config;
  if (!bot && !appToken && !secret) return { mode: "console" };
  if (!bot) {
    const given = appToken ? "SLACK_APP_TOKEN" : "SLACK_SIGNING_SECRET";
    throw new StartupError(
      `SLACK_BOT_TOKEN is missing: ${given} is set, so Slack mode was asked for, and it needs the bot token (xoxb-…) from "OAuth & Permissions". Unset ${given} to use the local console instead.`,
    );
  }
  if (!bot.startsWith("xoxb-")) {
    throw new StartupError(
      'SLACK_BOT_TOKEN is malformed: it must be a bot token starting with "xoxb-" (OAuth & Permissions → Bot User OAuth Token).',
    );
  }
  if (appToken) {
    if (!appToken.startsWith("xapp-")) {
      throw new StartupError(
        'SLACK_APP_TOKEN is malformed: it must be an app-level token starting with "xapp-" (Basic Information → App-Level Tokens, scope connections:write).',
      );
    }
    return { mode: "socket", botToken: bot, appToken };
  }
  if (secret) {
    if (!/^[0-9a-f]{16,}$/i.test(secret)) {
      throw new StartupError(
        "SLACK_SIGNING_SECRET is malformed: it is the hexadecimal Signing Secret from Basic Information → App Credentials.",
      );
    }
    return { mode: "http", botToken: bot, signingSecret: secret, port: config.PORT };
  }
  throw new StartupError(
    "SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is missing: with SLACK_BOT_TOKEN set, give SLACK_APP_TOKEN for Socket Mode or SLACK_SIGNING_SECRET for HTTP.",
  );
}
