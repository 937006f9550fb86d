import type { ReplyBlock } from "./blocks/kit.ts";

/** What every command returns: Block Kit blocks plus the plain-text fallback. */
export interface Reply {
  text: string;
  /** Tables and charts included: Slack's limits on them are checked in `blocks/limits.ts`. */
  blocks: ReplyBlock[];
  /** Default ephemeral. */
  visibility?: "ephemeral" | "in_channel";
  /** Holds participants' personal data: never offer "Share in channel". */
  personal?: boolean;
  /** A file to upload with the reply: a CSV export as text, a Word document as bytes. */
  file?: { name: string; content: string | Buffer };
}

/** action_ids of interactive elements; payload values are JSON described where they are built. */
export const ACTION_IDS = {
  /** value: JSON {"c": "/workshops", "t": "<command text>", "o": <offset>} */
  nextPage: "page_next",
  /** value: JSON {"c": "/workshops", "t": "<command text>", "o": <offset>} */
  share: "share_in_channel",
  /** value: workshop id */
  workshopShow: "workshop_show",
  /** value: reminder id */
  surveyOpen: "survey_open",
  /** value: workshop id; staff only, opens the participants modal */
  participantsLoad: "workshop_participants_load",
  /** value: ""; staff only, opens the modal to paste a news article about a held workshop */
  eventRecord: "workshop_event_record",
} as const;
