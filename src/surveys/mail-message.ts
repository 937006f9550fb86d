import { oneLine } from "../blocks/escape.ts";
import { type PlaceOfWorkshop, placeThenAudience } from "../blocks/workshops.ts";
import { escapeHtml } from "../web/html.ts";
import { OFFICE } from "../web/survey-form.ts";
import { dateRange } from "./blocks.ts";

export interface ReminderMailInput {
  kind: "initial" | "nudge";
  name: string;
  workshop: { title: string; startDate: string; endDate: string } & PlaceOfWorkshop;
  surveyUrl: string;
  unsubscribeUrl: string;
  expiresAt: string;
}

export interface ReminderMail {
  subject: string;
  text: string;
  html: string;
}

/** "14 Jan 2025" in UTC: the link's expiry as a day. */
function day(iso: string): string {
  return new Date(iso).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}

/** The survey e-mail (first message or the one nudge), as plain text and HTML with the same words. */
export function reminderMail(m: ReminderMailInput): ReminderMail {
  const when = dateRange(m.workshop.startDate, m.workshop.endDate);
  const where = placeThenAudience(m.workshop);
  const workshop = `${m.workshop.title} (${when}${where ? `; ${where}` : ""})`;
  const paragraphs =
    m.kind === "nudge"
      ? [
          `Dear ${m.name},`,
          `A short reminder: we would still value your answer to the Follow-Up Action Survey about ${workshop}.`,
          "It takes about two minutes, and every answer counts.",
        ]
      : [
          `Dear ${m.name},`,
          `Some months ago you took part in ${workshop}.`,
          "The ROCB A/P asks every participant what their administration has done since the workshop. " +
            "Your answer shows which training makes a difference and shapes the office's next plan. " +
            "The survey takes about two minutes.",
        ];
  const closing = `The link is personal to you and open until ${day(m.expiresAt)}; you can change your answer until then.`;
  const subject = `${m.kind === "nudge" ? "Reminder: " : ""}Follow-up survey on ${oneLine(m.workshop.title)}`;
  const text = [
    ...paragraphs,
    `Answer the survey: ${m.surveyUrl}`,
    closing,
    `With thanks,\n${OFFICE}`,
    `You receive this e-mail because you took part in the workshop. To receive no more survey e-mails: ${m.unsubscribeUrl}`,
  ].join("\n\n");
  const p = (s: string) => `<p>${escapeHtml(s)}</p>`;
  const html = [
    "<!doctype html>",
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: Arial, sans-serif; line-height: 1.5; max-width: 36em">',
    ...paragraphs.map(p),
    `<p><a href="${escapeHtml(m.surveyUrl)}" style="display: inline-block; padding: 0.6em 1.2em; background: #0b5394; color: #ffffff; text-decoration: none; border-radius: 4px">Answer the survey</a></p>`,
    p(closing),
    `<p>With thanks,<br>${escapeHtml(OFFICE)}</p>`,
    `<p style="font-size: 0.85em; color: #555555">You receive this e-mail because you took part in the workshop. <a href="${escapeHtml(m.unsubscribeUrl)}">Receive no more survey e-mails</a>.</p>`,
    "</body></html>",
  ].join("\n");
  return { subject: subject.length > 200 ? `${subject.slice(0, 199)}…` : subject, text, html };
}
