import { placeThenAudience } from "../blocks/workshops.ts";
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

/** Who asks: on the page, the e-mail and the Slack message alike. */
export const OFFICE = "WCO Asia/Pacific Regional Office for Capacity Building (ROCB A/P)";

/** What the page says above the form: nothing, a refused empty submission, or an answer received. */
export type FormNotice = "none" | "empty" | "saved";

/** The survey form: the Slack modal's questions as plain HTML, prefilled with the stored answer. */
export function surveyFormHtml(
  target: LinkTarget,
  previous: SurveyAnswer | null,
  o: { action: string; notice: FormNotice },
): string {
  const w = target.workshop;
  const when = w.startDate && w.endDate ? dateRange(w.startDate, w.endDate) : "";
  const meta = [when, placeThenAudience(w)].filter(Boolean).join(" · ");
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
  const notices: Record<FormNotice, string> = {
    none: "",
    saved: `<p class="notice" role="status">Thank you. Your answer was received. You can change it below until ${escapeHtml(expires)}.</p>`,
    empty:
      '<p class="notice error" role="alert">Please answer at least one question: tick what your administration did, write what changed, or rate the workshop. Nothing was stored.</p>',
  };
  return [
    `<p class="office">${escapeHtml(OFFICE)}</p>`,
    notices[o.notice],
    "<h1>Follow-Up Action Survey</h1>",
    `<p><strong>${escapeHtml(w.title)}</strong>${meta ? `<br><span class="meta">${escapeHtml(meta)}</span>` : ""}</p>`,
    `<p>Dear ${escapeHtml(target.name)}, the ROCB A/P asks every participant what their administration did after the workshop. It takes about two minutes; answer what applies, at least one question.</p>`,
    `<form method="post" action="${escapeHtml(o.action)}">`,
    `<fieldset><legend>Since the workshop, your administration has… (optional)</legend>\n<p class="meta">Tick all that apply.</p>\n${actions}\n</fieldset>`,
    `<p><label for="changes"><strong>What changed in your administration?</strong> (optional)</label>`,
    `<textarea id="changes" name="changes" maxlength="${CHANGES_MAX}" rows="6">${escapeHtml(previous?.changes ?? "")}</textarea></p>`,
    `<fieldset><legend>How useful was the workshop? (optional)</legend>\n${ratings}\n</fieldset>`,
    `<p><button type="submit">${previous ? "Save changes" : "Send"}</button></p>`,
    "</form>",
    `<p class="meta">This link is personal to you and open until ${escapeHtml(expires)}.</p>`,
  ].join("\n");
}

/** Nothing ticked, written or rated: not a reply, so the page asks again instead of storing it. */
export const isEmptyAnswer = (a: SurveyAnswer) =>
  a.actions.length === 0 && a.changes === null && a.rating === null;

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
