import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import type { Config } from "../src/config.ts";
import type { Db } from "../src/db/open.ts";
import { createMailer, type Mailer } from "../src/mail/transport.ts";
import {
  type Delivery,
  FatalDeliveryError,
  type MailContext,
  type SlackClient,
} from "../src/surveys/delivery.ts";
import { digestMessage } from "../src/surveys/digest.ts";
import {
  claimNext,
  markReported,
  nextRetryAt,
  planReminders,
  unreportedOutcomes,
} from "../src/surveys/outbox.ts";
import { RateLimiter, sleep } from "../src/surveys/rate-limit.ts";
import { deliverReminder } from "../src/surveys/sender.ts";

export interface ReminderLimits {
  /** chat.postMessage calls per second, overall (Slack allows about one per second per channel). */
  messagesPerSecond: number;
  /** Minimum spacing of messages to one channel (Slack: about one per second). */
  channelSpacingMs: number;
  /** users.info / users.lookupByEmail / conversations.open / conversations.history per second (Tier 3). */
  lookupsPerSecond: number;
  /** E-mails handed to the SMTP relay per second (relays throttle senders too). */
  mailsPerSecond: number;
  /** Reminders in flight at once; delivery makes up to three calls, so a few overlap the latency. */
  concurrency: number;
  /** How long a claim is exclusive; a crashed run's rows are taken over after it. */
  leaseMs: number;
  /**
   * Transient failures (5xx, network, a relay's 4xx or refused connection) are tried again after
   * `backoffBaseMs` doubling up to `maxBackoffMs`, until the grace period ends and at least a day after the
   * first failure (`retryDeadline`); 429s wait for Retry-After and do not count.
   */
  backoffBaseMs: number;
  maxBackoffMs: number;
  /**
   * A post that failed without an answer (timeout, dropped connection, 5xx) may still land at Slack:
   * its retry waits at least this long, then looks for it before posting again.
   */
  postSettleMs: number;
  /** Within one run, wait for a backoff at most this long; later retries are left for the next run. */
  maxWaitMs: number;
}

export const DEFAULT_LIMITS: ReminderLimits = {
  messagesPerSecond: 1,
  channelSpacingMs: 1000,
  lookupsPerSecond: 1,
  mailsPerSecond: 5,
  concurrency: 3,
  leaseMs: 2 * 60_000,
  backoffBaseMs: 2_000,
  maxBackoffMs: 3600_000,
  postSettleMs: 30_000,
  maxWaitMs: 60_000,
};

export interface ReminderJobDeps {
  db: Db;
  client: SlackClient;
  config: Config;
  now: Date;
  logger: Pick<Logger, "info" | "warn" | "error" | "debug">;
  limits?: Partial<ReminderLimits>;
  signal?: AbortSignal;
  /** Identifies this run's claims in the outbox (default: a random id). */
  runId?: string;
  /** The relay e-mails go through (default: one from SMTP_URL, when set, closed at the end of the run). */
  mailer?: Mailer;
}

export type RunSummary = Record<Delivery, number> & {
  planned: number;
  skippedLate: number;
  waitingForDates: number;
  digestPosted: boolean;
};

/**
 * The reminder job, once: plan the outbox, deliver every due reminder within Slack's limits, and post
 * a digest of new outcomes to the staff channel. Safe to run in several processes at once.
 */
export async function runReminders(deps: ReminderJobDeps): Promise<RunSummary> {
  const limits = { ...DEFAULT_LIMITS, ...deps.limits };
  const { db, config, logger } = deps;
  const runId = deps.runId ?? randomUUID();
  const startedAt = Date.now();
  const clock = () => new Date(deps.now.getTime() + (Date.now() - startedAt));
  const plan = planReminders(db, config, deps.now);
  const summary: RunSummary = {
    sent: 0,
    mailed: 0,
    reconciled: 0,
    unreachable: 0,
    failed: plan.gaveUp,
    skipped: 0,
    retry: 0,
    not_due: 0,
    lost: 0,
    planned: plan.created,
    skippedLate: plan.skippedLate,
    waitingForDates: plan.waitingForDates.length,
    digestPosted: false,
  };
  const mailer = deps.mailer ?? (config.SMTP_URL && createMailer(config.SMTP_URL, config.MAIL_FROM ?? ""));
  const mail: MailContext | null =
    mailer && config.MAIL_FROM && config.PUBLIC_BASE_URL
      ? {
          mailer,
          from: config.MAIL_FROM,
          publicBaseUrl: config.PUBLIC_BASE_URL,
          linkDays: config.FOLLOW_UP_LINK_DAYS,
          limiter: new RateLimiter(limits.mailsPerSecond),
        }
      : null;
  const ctx = {
    db,
    client: deps.client,
    config,
    logger,
    runId,
    clock,
    leaseMs: limits.leaseMs,
    backoffBaseMs: limits.backoffBaseMs,
    maxBackoffMs: limits.maxBackoffMs,
    postSettleMs: limits.postSettleMs,
    messages: new RateLimiter(limits.messagesPerSecond, limits.channelSpacingMs),
    lookups: new RateLimiter(limits.lookupsPerSecond),
    mail,
  };
  let fatal: FatalDeliveryError | null = null;
  const worker = async () => {
    while (!fatal && !deps.signal?.aborted) {
      const claimed = claimNext(db, { runId, now: clock(), wallNow: new Date(), leaseMs: limits.leaseMs });
      if (!claimed) {
        const now = clock();
        const retryAt = nextRetryAt(db, now);
        const wait = retryAt ? retryAt.getTime() - now.getTime() : Number.POSITIVE_INFINITY;
        if (wait > limits.maxWaitMs) return;
        await sleep(Math.min(Math.max(wait, 10), 1000));
        continue;
      }
      try {
        summary[await deliverReminder(ctx, claimed)]++;
      } catch (err) {
        if (err instanceof FatalDeliveryError) fatal = err;
        else throw err;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, limits.concurrency) }, worker));
  } finally {
    if (mailer && !deps.mailer) mailer.close();
  }
  if (fatal) logger.error({ err: fatal }, (fatal as Error).message);
  summary.digestPosted = await postDigest(deps, plan.waitingForDates);
  logger.info({ runId, ...summary, ms: Date.now() - startedAt }, "reminder run finished");
  if (fatal) throw fatal;
  return summary;
}

async function postDigest(
  deps: ReminderJobDeps,
  waiting: ReturnType<typeof planReminders>["waitingForDates"],
): Promise<boolean> {
  const channel = deps.config.STAFF_CHANNEL_ID;
  const outcomes = unreportedOutcomes(deps.db);
  if (!channel || outcomes.length === 0) return false;
  try {
    await deps.client.chat.postMessage({ channel, ...digestMessage(outcomes, waiting), unfurl_links: false });
    markReported(
      deps.db,
      outcomes.map((o) => o.id),
    );
    return true;
  } catch (err) {
    deps.logger.warn({ err }, "could not post the reminder digest to the staff channel; it will be retried");
    return false;
  }
}
