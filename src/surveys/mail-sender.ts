import { randomUUID } from "node:crypto";
import { classifyMailError } from "../mail/errors.ts";
import { mailDomain } from "../mail/transport.ts";
import { type Delivery, FatalDeliveryError, retryLater, type SenderContext } from "./delivery.ts";
import { deliveryOn, isZone } from "./due.ts";
import { ensureSurveyLink, isOptedOut, surveyUrl, unsubscribeUrl } from "./links.ts";
import { reminderMail } from "./mail-message.ts";
import {
  type ClaimedReminder,
  markMailing,
  recordOutcome,
  recordSent,
  releaseClaim,
  rememberSlackUser,
} from "./outbox.ts";

/**
 * Delivers a claimed reminder by e-mail with the participant's personal link. The Message-ID is fixed in
 * the outbox before the first try, so a retry after a crash (relay accepted, commit lost) sends the same
 * message again under the same Message-ID (see src/surveys/README.md).
 */
export async function deliverByMail(ctx: SenderContext, r: ClaimedReminder): Promise<Delivery> {
  const { db, runId } = ctx;
  const mail = ctx.mail;
  if (!mail) {
    recordOutcome(db, r.id, runId, "unreachable", "sent by e-mail before, and SMTP_URL is no longer set");
    return "unreachable";
  }
  if (isOptedOut(db, r.participant.email)) {
    recordOutcome(db, r.id, runId, "skipped", "the participant asked for no more survey e-mail");
    return "skipped";
  }
  const now = ctx.clock();
  const zone = isZone(r.participant.tz) ? r.participant.tz : ctx.config.OFFICE_TIMEZONE;
  // The office's zone stands for the participant's from now on, so the row is not claimed (and looked up
  // on Slack) again before 09:00 comes there.
  if (!r.participant.tz) rememberSlackUser(db, r.participantId, { tz: zone });
  const due = deliveryOn(r.dueDate, zone);
  if (due.at.getTime() > now.getTime()) {
    releaseClaim(db, r.id, runId, { counts: false, due });
    return "not_due";
  }
  const link = ensureSurveyLink(db, r.participantId, now, mail.linkDays);
  await mail.limiter.acquire();
  const proposed = `<${randomUUID()}@${mailDomain(mail.from)}>`;
  const messageId = markMailing(db, r.id, runId, proposed, new Date(Date.now() + ctx.leaseMs));
  if (!messageId) return "lost";
  const content = reminderMail({
    kind: r.kind,
    name: r.participant.name,
    workshop: r.workshop,
    surveyUrl: surveyUrl(mail.publicBaseUrl, link.token),
    unsubscribeUrl: unsubscribeUrl(mail.publicBaseUrl, link.token),
    expiresAt: link.expiresAt,
  });
  try {
    await mail.mailer.send({
      messageId,
      to: r.participant.email,
      ...content,
      headers: {
        // RFC 8058 one-click unsubscribe: mail clients show an Unsubscribe button that POSTs to the link.
        "List-Unsubscribe": `<${unsubscribeUrl(mail.publicBaseUrl, link.token)}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        // Participants answer the e-mail itself too (the expired-link page asks them to): to the office.
        ...(ctx.config.MAIL_REPLY_TO ? { "Reply-To": ctx.config.MAIL_REPLY_TO } : {}),
      },
    });
  } catch (err) {
    const f = classifyMailError(err);
    ctx.logger.debug({ reminder: r.id, failure: f }, "reminder e-mail failed");
    if (f.kind === "unreachable") {
      recordOutcome(db, r.id, runId, "unreachable", f.message);
      return "unreachable";
    }
    if (f.kind === "fatal") {
      releaseClaim(db, r.id, runId, { counts: false, error: f.message });
      throw new FatalDeliveryError(`${f.message}; reminders stopped.`);
    }
    return retryLater(ctx, r, f.message);
  }
  // The window: the relay has the message, our commit is the next statement (see src/surveys/README.md).
  recordSent(db, r, runId, {
    via: "email",
    at: ctx.clock(),
    zone,
    nudgeDays: ctx.config.FOLLOW_UP_NUDGE_DAYS,
  });
  return "mailed";
}
