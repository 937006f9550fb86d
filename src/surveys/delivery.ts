import type { webApi } from "@slack/bolt";
import type { Logger } from "pino";
import type { Config } from "../config.ts";
import type { Db } from "../db/open.ts";
import type { Mailer } from "../mail/transport.ts";
import { retryDeadline } from "./due.ts";
import { type ClaimedReminder, gaveUpReason, recordOutcome, releaseClaim } from "./outbox.ts";
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
  backoffBaseMs: number;
  maxBackoffMs: number;
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
 * A transient failure: try again after an exponential backoff (`backoffBaseMs` doubling, at most
 * `maxBackoffMs`), kept in the outbox so a later run takes it up; not before `settleMs`, the time a post
 * that timed out may still take to land, so the retry can find it. Retries go on until `retryDeadline`
 * (the grace period's end, and at least a day after the first failure), then `failed`.
 */
export function retryLater(ctx: SenderContext, r: ClaimedReminder, message: string, settleMs = 0): Delivery {
  const now = ctx.clock();
  const since = r.failingSince ? new Date(r.failingSince) : now;
  const deadline = retryDeadline(new Date(r.dueAt), since, ctx.config.FOLLOW_UP_GRACE_DAYS);
  if (now >= deadline) {
    recordOutcome(ctx.db, r.id, ctx.runId, "failed", gaveUpReason(r.attempts, since, message));
    return "failed";
  }
  const backoff =
    Math.min(ctx.backoffBaseMs * 2 ** (r.attempts - 1), ctx.maxBackoffMs) * (0.75 + Math.random() * 0.5);
  const retryAt = Math.min(now.getTime() + Math.max(settleMs, backoff), deadline.getTime());
  releaseClaim(ctx.db, r.id, ctx.runId, {
    counts: true,
    error: message,
    retryAt: new Date(retryAt),
    failingSince: since,
  });
  return "retry";
}
