import type { KnownBlock, ModalView } from "@slack/types";
import { DateTime } from "luxon";
import { context, section } from "../blocks/builders.ts";
import { escapeMrkdwn, oneLine, truncate } from "../blocks/escape.ts";
import { type PlaceOfWorkshop, placeThenAudience } from "../blocks/workshops.ts";
import { ACTION_IDS } from "../reply.ts";
import { FOLLOW_UP_ACTIONS } from "./actions.ts";
import type { StoredResponse } from "./responses.ts";

/** callback_id of the survey modal and the block/action ids of its inputs (read back on submission). */
export const SURVEY_VIEW = {
  callbackId: "survey_submit",
  actions: { block: "actions", action: "actions" },
  changes: { block: "changes", action: "changes" },
  rating: { block: "rating", action: "rating" },
} as const;

/** Slack message metadata event type carrying a reminder id, so a crash can be reconciled. */
export const REMINDER_EVENT_TYPE = "rocb_survey_reminder";

export interface ReminderMessageInput {
  reminderId: number;
  kind: "initial" | "nudge";
  name: string;
  workshop: { title: string; startDate: string; endDate: string } & PlaceOfWorkshop;
}

/** "14–18 Nov 2016", "30 Nov – 2 Dec 2016". */
export function dateRange(start: string, end: string): string {
  const s = DateTime.fromISO(start);
  const e = DateTime.fromISO(end);
  if (!s.isValid || !e.isValid) return end === start ? start : `${start} – ${end}`;
  if (start === end) return e.toFormat("d LLL yyyy");
  if (s.hasSame(e, "month")) return `${s.toFormat("d")}–${e.toFormat("d LLL yyyy")}`;
  if (s.hasSame(e, "year")) return `${s.toFormat("d LLL")} – ${e.toFormat("d LLL yyyy")}`;
  return `${s.toFormat("d LLL yyyy")} – ${e.toFormat("d LLL yyyy")}`;
}

/** Names and titles from participant files and documents: one line, cut to fit any block, escaped. */
const shown = (text: string, max: number) => escapeMrkdwn(truncate(oneLine(text), max));

/** The direct message asking a participant to answer the follow-up survey, within Slack's limits whatever the data. */
export function reminderMessage(m: ReminderMessageInput): { text: string; blocks: KnownBlock[] } {
  const where = shown(placeThenAudience(m.workshop), 500);
  const when = dateRange(m.workshop.startDate, m.workshop.endDate);
  const name = shown(m.name, 200);
  const title = shown(m.workshop.title, 1000);
  const intro =
    m.kind === "nudge"
      ? `A gentle reminder, ${name}: we would still value your answer about *${title}*.`
      : `Hello ${name}, some months ago you took part in *${title}*.`;
  const text = `${m.kind === "nudge" ? "Reminder: " : ""}follow-up survey on ${shown(m.workshop.title, 300)} (${when})`;
  return {
    text,
    blocks: [
      section(intro),
      context(`${when}${where ? ` · ${where}` : ""}`),
      section(
        "The WCO ROCB A/P asks every participant what their administration did after a workshop. " +
          "Your answer shows which training makes a difference and shapes the next plan.",
      ),
      {
        type: "actions",
        elements: [
          {
            type: "button",
            action_id: ACTION_IDS.surveyOpen,
            style: "primary",
            text: { type: "plain_text", text: "Answer the survey (2 minutes)" },
            value: String(m.reminderId),
          },
        ],
      },
    ],
  };
}

/** The survey modal; `previous` prefills a second submission. `reminderId` travels in private_metadata. */
export function surveyModal(input: {
  reminderId: number;
  workshopTitle: string;
  previous: StoredResponse | null;
}): ModalView {
  const options = FOLLOW_UP_ACTIONS.map((a) => ({
    text: { type: "plain_text" as const, text: a.label },
    value: a.key,
  }));
  const initial = options.filter((o) => input.previous?.actions.includes(o.value));
  const ratings = [1, 2, 3, 4, 5].map((n) => ({
    text: {
      type: "plain_text" as const,
      text: `${n}${n === 1 ? " – not useful" : n === 5 ? " – very useful" : ""}`,
    },
    value: String(n),
  }));
  const initialRating = ratings.find((r) => r.value === String(input.previous?.rating));
  return {
    type: "modal",
    callback_id: SURVEY_VIEW.callbackId,
    private_metadata: JSON.stringify({ reminderId: input.reminderId }),
    title: { type: "plain_text", text: "Follow-up survey" },
    submit: { type: "plain_text", text: "Send" },
    close: { type: "plain_text", text: "Cancel" },
    blocks: [
      section(`*${shown(input.workshopTitle, 2000)}*`),
      {
        type: "input",
        block_id: SURVEY_VIEW.actions.block,
        optional: true,
        label: { type: "plain_text", text: "Since the workshop, your administration has…" },
        element: {
          type: "checkboxes",
          action_id: SURVEY_VIEW.actions.action,
          options,
          ...(initial.length > 0 ? { initial_options: initial } : {}),
        },
      },
      {
        type: "input",
        block_id: SURVEY_VIEW.changes.block,
        optional: true,
        label: { type: "plain_text", text: "What changed in your administration?" },
        element: {
          type: "plain_text_input",
          action_id: SURVEY_VIEW.changes.action,
          multiline: true,
          max_length: 3000,
          ...(input.previous?.changes ? { initial_value: input.previous.changes } : {}),
        },
      },
      {
        type: "input",
        block_id: SURVEY_VIEW.rating.block,
        optional: true,
        label: { type: "plain_text", text: "How useful was the workshop? (optional)" },
        element: {
          type: "static_select",
          action_id: SURVEY_VIEW.rating.action,
          placeholder: { type: "plain_text", text: "1 to 5" },
          options: ratings,
          ...(initialRating ? { initial_option: initialRating } : {}),
        },
      },
    ],
  };
}

/** What replaces the modal after a submission. */
export function thanksModal(workshopTitle: string, revision: number): ModalView {
  return {
    type: "modal",
    title: { type: "plain_text", text: "Thank you" },
    close: { type: "plain_text", text: "Close" },
    blocks: [
      {
        type: "section",
        text: {
          type: "mrkdwn",
          text:
            revision > 1
              ? `Your answer about *${shown(workshopTitle, 2000)}* was updated. Thank you!`
              : `Thank you for answering about *${shown(workshopTitle, 2000)}*. The ROCB A/P team reads every answer.`,
        },
      },
    ],
  };
}

/** A one-section modal for a click we cannot honour (wrong person, unknown reminder). */
export function noticeModal(text: string): ModalView {
  return {
    type: "modal",
    title: { type: "plain_text", text: "Follow-up survey" },
    close: { type: "plain_text", text: "Close" },
    blocks: [{ type: "section", text: { type: "mrkdwn", text } }],
  };
}
