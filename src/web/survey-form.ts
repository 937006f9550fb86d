import { FOLLOW_UP_ACTIONS, type FollowUpAction } from "../surveys/actions.ts";
import { dateRange } from "../surveys/blocks.ts";
import type { LinkTarget } from "../surveys/links.ts";
import type { SurveyAnswer } from "../surveys/responses.ts";
import { escapeHtml } from "./html.ts";

/** The longest "What changed" answer, as in the Slack modal. */
export const CHANGES_MAX = 3000;

const RATINGS = [
  ["1", "1 – not useful"],
  ["2", "2"],
  ["3", "3"],
  ["4", "4"],
  ["5", "5 – very useful"],
] as const;

/** The survey form: the Slack modal's questions as plain HTML, prefilled with the stored answer. */
export function surveyFormHtml(
  target: LinkTarget,
  previous: SurveyAnswer | null,
  o: { action: string; saved: boolean },
): string {
  const w = target.workshop;
  const when = w.startDate && w.endDate ? dateRange(w.startDate, w.endDate) : "";
  const checked = (on: boolean) => (on ? " checked" : "");
  const actions = FOLLOW_UP_ACTIONS.map(
    (a) =>
      `<label><input type="checkbox" name="actions" value="${a.key}"${checked(previous?.actions.includes(a.key) ?? false)}>${escapeHtml(a.label)}</label>`,
  ).join("\n");
  const rating = previous?.rating ? String(previous.rating) : "";
  const ratings = [
    ...RATINGS.map(
      ([value, label]) =>
        `<label><input type="radio" name="rating" value="${value}"${checked(rating === value)}>${escapeHtml(label)}</label>`,
    ),
    `<label><input type="radio" name="rating" value=""${checked(rating === "")}>No rating</label>`,
  ].join("\n");
  const expires = new Date(target.expiresAt).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  return [
    o.saved
      ? '<p class="notice" role="status">Thank you. Your answer was saved; you can change it below.</p>'
      : "",
    "<h1>Follow-Up Action Survey</h1>",
    `<p><strong>${escapeHtml(w.title)}</strong>${when ? `<br><span class="meta">${escapeHtml(when)}</span>` : ""}</p>`,
    `<p>Dear ${escapeHtml(target.name)}, the WCO ROCB A/P asks every participant what their administration did after the workshop. It takes about two minutes.</p>`,
    `<form method="post" action="${escapeHtml(o.action)}">`,
    `<fieldset><legend>Since the workshop, your administration has…</legend>\n${actions}\n</fieldset>`,
    `<p><label for="changes"><strong>What changed in your administration?</strong></label>`,
    `<textarea id="changes" name="changes" maxlength="${CHANGES_MAX}" rows="6">${escapeHtml(previous?.changes ?? "")}</textarea></p>`,
    `<fieldset><legend>How useful was the workshop? (optional)</legend>\n${ratings}\n</fieldset>`,
    `<p><button type="submit">${previous ? "Save changes" : "Send"}</button></p>`,
    "</form>",
    `<p class="meta">This link is personal to you and open until ${escapeHtml(expires)}.</p>`,
  ].join("\n");
}

/** A submitted form body to an answer, or a sentence on what is wrong (only a forged form can be). */
export function parseSurveyForm(body: string): SurveyAnswer | string {
  const form = new URLSearchParams(body);
  const keys = new Set<string>(FOLLOW_UP_ACTIONS.map((a) => a.key));
  const actions: FollowUpAction[] = [];
  for (const v of form.getAll("actions")) {
    if (!keys.has(v)) return "The form named an action the survey does not have.";
    if (!actions.includes(v as FollowUpAction)) actions.push(v as FollowUpAction);
  }
  const changes = (form.get("changes") ?? "").replace(/\r\n/g, "\n").trim();
  if (changes.length > CHANGES_MAX) return `The answer to "What changed" is over ${CHANGES_MAX} characters.`;
  const rating = form.get("rating") ?? "";
  if (rating !== "" && !/^[1-5]$/.test(rating)) return "The rating must be 1 to 5.";
  return { actions, changes: changes || null, rating: rating ? Number(rating) : null };
}
