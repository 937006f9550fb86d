import type {
  ActionsBlock,
  Button,
  ContextBlock,
  DividerBlock,
  HeaderBlock,
  SectionBlock,
} from "@slack/types";
import { truncate } from "./escape.ts";
import type { ReplyBlock } from "./kit.ts";
import { LIMITS } from "./limits.ts";

// Builders clamp to Slack's limits, so no handler can produce a message Slack rejects.

export function header(text: string): HeaderBlock {
  return { type: "header", text: { type: "plain_text", text: truncate(text, LIMITS.headerText) || "…" } };
}

/** A mrkdwn section; the caller has escaped any user or document text in it. */
export function section(mrkdwn: string, accessory?: Button): SectionBlock {
  const block: SectionBlock = {
    type: "section",
    text: { type: "mrkdwn", text: truncate(mrkdwn, LIMITS.sectionText) || " " },
  };
  if (accessory) block.accessory = accessory;
  return block;
}

/** Label/value pairs shown two per row; empty values are left out. */
export function fields(pairs: ReadonlyArray<readonly [string, string | null | undefined]>): SectionBlock[] {
  const texts = pairs
    .filter(([, v]) => v !== null && v !== undefined && v !== "")
    .map(([k, v]) => ({ type: "mrkdwn" as const, text: truncate(`*${k}*\n${v}`, LIMITS.fieldText) }));
  const out: SectionBlock[] = [];
  for (let i = 0; i < texts.length; i += LIMITS.sectionFields) {
    out.push({ type: "section", fields: texts.slice(i, i + LIMITS.sectionFields) });
  }
  return out;
}

export function context(...mrkdwn: string[]): ContextBlock {
  const elements = mrkdwn
    .filter((t) => t !== "")
    .slice(0, LIMITS.contextElements)
    .map((t) => ({ type: "mrkdwn" as const, text: truncate(t, LIMITS.sectionText) }));
  return { type: "context", elements: elements.length ? elements : [{ type: "mrkdwn", text: " " }] };
}

export function divider(): DividerBlock {
  return { type: "divider" };
}

export function button(text: string, actionId: string, value: string, style?: "primary"): Button {
  const b: Button = {
    type: "button",
    text: { type: "plain_text", text: truncate(text, LIMITS.buttonText), emoji: true },
    action_id: actionId,
    value,
  };
  if (style) b.style = style;
  return b;
}

export function actions(elements: Button[]): ActionsBlock | null {
  if (elements.length === 0) return null;
  return { type: "actions", elements: elements.slice(0, LIMITS.actionsElements) };
}

/** Keeps a message within the block limit, saying how much was left out. */
export function capBlocks(blocks: ReplyBlock[], tail: ReplyBlock[] = []): ReplyBlock[] {
  const room = LIMITS.blocks - tail.length;
  if (blocks.length <= room) return [...blocks, ...tail];
  const kept = blocks.slice(0, room - 1);
  return [...kept, context(`…${blocks.length - kept.length} more not shown.`), ...tail];
}
