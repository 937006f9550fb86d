import { type Logger as BoltLogger, webApi } from "@slack/bolt";
import type { Config } from "../config.ts";

export type WebClient = InstanceType<typeof webApi.WebClient>;
export type WebClientOptions = NonNullable<ConstructorParameters<typeof webApi.WebClient>[1]>;

/**
 * Options for every Web API client the interactive side uses. A person is waiting, so there are no
 * silent SDK retries and a 429 is an error we can explain at once, not a 30-second wait.
 */
export function webClientOptions(
  config: Pick<Config, "SLACK_API_URL">,
  logger?: BoltLogger,
): WebClientOptions {
  return {
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 5_000,
    ...(logger ? { logger } : {}),
  };
}

export function createWebClient(
  config: Pick<Config, "SLACK_API_URL" | "SLACK_BOT_TOKEN">,
  logger?: BoltLogger,
): WebClient {
  return new webApi.WebClient(config.SLACK_BOT_TOKEN, webClientOptions(config, logger));
}
