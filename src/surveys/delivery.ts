import type { webApi } from "@slack/bolt";
import type { Logger } from "pino";
import type { Config } from "../config.ts";
import type { Db } from "../db/open.ts";
import type { Mailer } from "../mail/transport.ts";
import { type ClaimedReminder, recordOutcome, releaseClaim } from "./outbox.ts";
import type { RateLimiter } from "./rate-limit.ts";

// What the Slack and e-mail paths of delivery share: their context, outcomes and retry rule.

export type SlackClient = InstanceType<typeof webApi.WebClient>;

/** Slack refused the bot's token or scopes, or the SMTP relay the bot's login: every reminder would fail. */
export class FatalDeliveryError extends Error {
  override name = "FatalDeliveryError";
}

/** What e-mail delivery needs; absent when SMTP_URL is not set. */
export interface MailContext {
  mailer: Mailer;
  from: string;
  publicBaseUrl: string;
  linkDays: number;
  limiter: RateLimiter;
}

export interface SenderContext {
  db: Db;
  client: SlackClient;
  config: Pick<Config, "OFFICE_TIMEZONE" | "FOLLOW_UP_GRACE_DAYS" | "FOLLOW_UP_NUDGE_DAYS" | "MAIL_REPLY_TO">;
  logger: Pick<Logger, "info" | "warn" | "error" | "debug">;
  runId: string;
  /** The job's clock: the `now` it was given, advancing with real time. */
  clock: () => Date;
  leaseMs: number;
  maxAttempts: number;
  backoffBaseMs: number;
  postSettleMs: number;
  messages: RateLimiter;
  lookups: RateLimiter;
  mail: MailContext | null;
}

export type Delivery =
  | "sent"
  | "mailed"
  | "reconciled"
  | "unreachable"
  | "failed"
  | "skipped"
  | "retry"
  | "not_due"
  | "lost";

/**
 * A failure worth another try: back off exponentially, up to `maxAttempts` tries, then `failed`; not
 * before `settleMs`, the time a post that timed out may still take to land, so the retry can find it.
 */
export function retryLater(ctx: SenderContext, r: ClaimedReminder, message: string, settleMs = 0): Delivery {
  if (r.attempts >= ctx.maxAttempts) {
    recordOutcome(ctx.db, r.id, ctx.runId, "failed", `gave up after ${r.attempts} attempts: ${message}`);
    return "failed";
  }
  const wait = ctx.backoffBaseMs * 2 ** (r.attempts - 1) * (0.75 + Math.random() * 0.5);
  releaseClaim(ctx.db, r.id, ctx.runId, {
    counts: true,
    error: message,
    retryAt: new Date(Date.now() + Math.max(settleMs, Math.min(wait, 15 * 60_000))),
  });
  return "retry";
}
