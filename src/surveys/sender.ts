import { webApi } from "@slack/bolt";
import type { Config } from "../config.ts";
import { REMINDER_EVENT_TYPE, reminderMessage } from "./blocks.ts";
import {
  type Delivery,
  FatalDeliveryError,
  retryLater,
  type SenderContext,
  type SlackClient,
} from "./delivery.ts";
import { deliveryOn, isTooLate, isZone, retryDeadline } from "./due.ts";
import { deliverByMail } from "./mail-sender.ts";
import {
  ANSWERED_BEFORE_NUDGE,
  type ClaimedReminder,
  gaveUpReason,
  hasAnswered,
  markPosting,
  recordOutcome,
  recordSent,
  releaseClaim,
  rememberSlackUser,
} from "./outbox.ts";
import { classifySlackError } from "./slack-errors.ts";

export type { SlackClient } from "./delivery.ts";

/**
 * The Web API client the outbox sends with. The SDK's default (10 retries over ~30 minutes, and waiting
 * out 429s by itself) could post one reminder twice behind our back; the outbox owns every retry instead.
 */
export function createReminderClient(
  config: Pick<Config, "SLACK_BOT_TOKEN" | "SLACK_API_URL">,
  options: { timeoutMs?: number } = {},
): SlackClient {
  return new webApi.WebClient(config.SLACK_BOT_TOKEN, {
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: options.timeoutMs ?? 15_000,
    logLevel: webApi.LogLevel.ERROR,
  });
}

/**
 * Delivers one claimed reminder and records the outcome; never throws except for a FatalDeliveryError.
 * A participant the workspace cannot find gets an e-mail instead when mail is set up; the nudge goes the
 * way the first message went.
 */
export async function deliverReminder(ctx: SenderContext, r: ClaimedReminder): Promise<Delivery> {
  const { db, runId } = ctx;
  const now = ctx.clock();
  if (r.kind === "nudge" && hasAnswered(db, r.workshopId, r.participantId)) {
    recordOutcome(db, r.id, runId, "skipped", ANSWERED_BEFORE_NUDGE);
    return "skipped";
  }
  if (r.failingSince) {
    const since = new Date(r.failingSince);
    if (now > retryDeadline(new Date(r.dueAt), since, ctx.config.FOLLOW_UP_GRACE_DAYS)) {
      recordOutcome(db, r.id, runId, "failed", gaveUpReason(r.attempts - 1, since, r.lastError));
      return "failed";
    }
  } else if (isTooLate(new Date(r.dueAt), now, ctx.config.FOLLOW_UP_GRACE_DAYS)) {
    recordOutcome(db, r.id, runId, "skipped", `more than ${ctx.config.FOLLOW_UP_GRACE_DAYS} days past due`);
    return "skipped";
  }
  if (r.via === "email") return deliverByMail(ctx, r);
  let posting = false;
  try {
    const user = await resolveUser(ctx, r);
    if (!user) return notOnSlack(ctx, r, "no active Slack account for this participant");
    const zone = isZone(user.tz) ? user.tz : ctx.config.OFFICE_TIMEZONE;
    const due = deliveryOn(r.dueDate, zone);
    if (due.at.getTime() > now.getTime()) {
      releaseClaim(db, r.id, runId, { counts: false, due });
      return "not_due";
    }
    const channel = r.participant.dmChannel ?? (await openChannel(ctx, r, user.id));
    await ctx.messages.acquire(channel);
    // Any earlier try that got as far as posting may have reached Slack (a timeout, a crash): look right
    // before every post, after the wait for a slot.
    if (r.channel) {
      const ts = await findPosted(ctx, r.channel, r);
      if (ts) {
        recordSent(db, r, runId, {
          via: "slack",
          channel: r.channel,
          ts,
          at: now,
          zone,
          nudgeDays: ctx.config.FOLLOW_UP_NUDGE_DAYS,
        });
        ctx.logger.info({ reminder: r.id, ts }, "reminder was already posted by an earlier try; recorded it");
        return "reconciled";
      }
    }
    if (!markPosting(db, r.id, runId, channel, new Date(Date.now() + ctx.leaseMs))) return "lost";
    posting = true;
    const message = reminderMessage({
      reminderId: r.id,
      kind: r.kind,
      name: r.participant.name,
      workshop: r.workshop,
    });
    const res = await ctx.client.chat.postMessage({
      channel,
      ...message,
      unfurl_links: false,
      metadata: {
        event_type: REMINDER_EVENT_TYPE,
        event_payload: { reminder_id: r.id, workshop_id: r.workshopId, kind: r.kind },
      },
    });
    // The window: Slack has the message, our commit is the next statement (see src/surveys/README.md).
    recordSent(db, r, runId, {
      via: "slack",
      channel: res.channel ?? channel,
      ts: res.ts as string,
      at: ctx.clock(),
      zone,
      nudgeDays: ctx.config.FOLLOW_UP_NUDGE_DAYS,
    });
    return "sent";
  } catch (err) {
    return handleFailure(ctx, r, err, posting);
  }
}

/** Slack cannot reach the participant: e-mail them when mail is set up, else report them to staff. */
function notOnSlack(ctx: SenderContext, r: ClaimedReminder, reason: string): Promise<Delivery> | Delivery {
  if (ctx.mail) return deliverByMail(ctx, r);
  recordOutcome(ctx.db, r.id, ctx.runId, "unreachable", reason);
  return "unreachable";
}

/** `posting`: the failure came from chat.postMessage, which Slack may still accept after we gave up. */
function handleFailure(
  ctx: SenderContext,
  r: ClaimedReminder,
  err: unknown,
  posting: boolean,
): Promise<Delivery> | Delivery {
  const { db, runId } = ctx;
  const f = classifySlackError(err);
  ctx.logger.debug({ reminder: r.id, failure: f }, "reminder delivery failed");
  switch (f.kind) {
    case "rate_limited":
      ctx.messages.pause(f.retryAfterMs);
      ctx.lookups.pause(f.retryAfterMs);
      releaseClaim(db, r.id, runId, {
        counts: false,
        error: `rate limited: ${f.message}`,
        retryAt: new Date(ctx.clock().getTime() + f.retryAfterMs),
      });
      return "retry";
    case "unreachable":
      return notOnSlack(ctx, r, f.message);
    case "fatal":
      releaseClaim(db, r.id, runId, { counts: false, error: f.message });
      throw new FatalDeliveryError(
        `Slack refused the bot's token or scopes (${f.message}); reminders stopped.`,
      );
    case "transient":
      return retryLater(ctx, r, f.message, posting ? ctx.postSettleMs : 0);
  }
}

interface SlackUser {
  id: string;
  tz: string | null;
}

async function resolveUser(ctx: SenderContext, r: ClaimedReminder): Promise<SlackUser | null> {
  const p = r.participant;
  if (p.slackUserId && p.tz) return { id: p.slackUserId, tz: p.tz };
  await ctx.lookups.acquire();
  const res = p.slackUserId
    ? await ctx.client.users.info({ user: p.slackUserId })
    : await ctx.client.users.lookupByEmail({ email: p.email });
  const user = res.user;
  if (!user?.id || user.deleted || user.is_bot) return null;
  const tz = isZone(user.tz) ? user.tz : null;
  // An unknown zone is remembered as the office's, so the participant is not looked up every run.
  rememberSlackUser(ctx.db, r.participantId, { id: user.id, tz: tz ?? ctx.config.OFFICE_TIMEZONE });
  return { id: user.id, tz };
}

async function openChannel(ctx: SenderContext, r: ClaimedReminder, userId: string): Promise<string> {
  await ctx.lookups.acquire();
  const res = await ctx.client.conversations.open({ users: userId });
  const channel = res.channel?.id;
  if (!channel) throw new Error("conversations.open returned no channel");
  rememberSlackUser(ctx.db, r.participantId, { dmChannel: channel });
  return channel;
}

let historyUnavailable = false;

/**
 * Looks in the direct message for a reminder a crashed run may have posted (its metadata carries the
 * reminder id). Needs `im:history`; without it we post again and say so in the log.
 */
async function findPosted(ctx: SenderContext, channel: string, r: ClaimedReminder): Promise<string | null> {
  if (historyUnavailable) return null;
  try {
    await ctx.lookups.acquire();
    const oldest = (new Date(r.dueAt).getTime() - 86_400_000) / 1000;
    const res = await ctx.client.conversations.history({
      channel,
      oldest: oldest.toFixed(6),
      include_all_metadata: true,
      limit: 100,
    });
    for (const m of res.messages ?? []) {
      const meta = m.metadata as
        | { event_type?: string; event_payload?: { reminder_id?: unknown } }
        | undefined;
      if (
        meta?.event_type === REMINDER_EVENT_TYPE &&
        Number(meta.event_payload?.reminder_id) === r.id &&
        m.ts
      ) {
        return m.ts;
      }
    }
    return null;
  } catch (err) {
    const f = classifySlackError(err);
    if (f.kind === "fatal") {
      historyUnavailable = true;
      ctx.logger.warn(
        { reminder: r.id, error: f.message },
        "cannot read direct messages (im:history); a reminder interrupted by a crash may be posted twice",
      );
      return null;
    }
    throw err;
  }
}
