import type { ActionsBlock, KnownBlock } from "@slack/types";
import { quote } from "../blocks/escape.ts";
import { ACTION_IDS, type Reply } from "../reply.ts";
import type { CommandRef } from "./payloads.ts";

/** Slack's limits: 50 blocks in a message, 2000 characters in a button value, 3000 in a section's text. */
export const MESSAGE_BLOCK_LIMIT = 50;
const BUTTON_VALUE_LIMIT = 2000;
export const SHARE_BLOCK_ID = "rocb_share";

export interface ResponseMessage {
  response_type: "ephemeral" | "in_channel";
  replace_original?: boolean;
  text: string;
  blocks: KnownBlock[];
}

/** One short sentence as a message, for notices and errors. */
export function notice(text: string): ResponseMessage {
  return { response_type: "ephemeral", replace_original: false, text, blocks: [section(text)] };
}

function section(text: string): KnownBlock {
  return { type: "section", text: { type: "mrkdwn", text: text.slice(0, 3000) } };
}

function shareButton(ref: CommandRef): ActionsBlock | null {
  const value = JSON.stringify(ref);
  if (value.length > BUTTON_VALUE_LIMIT) return null;
  return {
    type: "actions",
    block_id: SHARE_BLOCK_ID,
    elements: [
      {
        type: "button",
        action_id: ACTION_IDS.share,
        text: { type: "plain_text", text: "Share in channel" },
        value,
      },
    ],
  };
}

/**
 * A command's reply as the person sees it: ephemeral unless the reply asks otherwise, with a
 * "Share in channel" button unless it holds personal data or is already public.
 */
export function replyMessage(reply: Reply, ref: CommandRef): ResponseMessage {
  const blocks = reply.blocks.slice(0, MESSAGE_BLOCK_LIMIT);
  const visibility = reply.visibility ?? "ephemeral";
  // Builders may already place a Share button beside their paging buttons; one is enough.
  const hasShare = blocks.some(
    (b) =>
      b.type === "actions" && b.elements.some((e) => "action_id" in e && e.action_id === ACTION_IDS.share),
  );
  const share = !reply.personal && !hasShare && visibility === "ephemeral" ? shareButton(ref) : null;
  if (share && blocks.length < MESSAGE_BLOCK_LIMIT) blocks.push(share);
  return { response_type: visibility, text: reply.text, blocks };
}

const PRIVATE_ACTIONS = new Set<string>([ACTION_IDS.nextPage, ACTION_IDS.share]);

/**
 * The same answer for everyone in the channel: paging and sharing buttons belong to the person who
 * asked, so they are left out, and a line says who shared it.
 */
export function sharedMessage(reply: Reply, userId: string, ref: CommandRef): ResponseMessage {
  const blocks: KnownBlock[] = [];
  for (const block of reply.blocks) {
    if (block.type !== "actions") {
      blocks.push(block);
      continue;
    }
    const elements = block.elements.filter(
      (e) => !("action_id" in e && typeof e.action_id === "string" && PRIVATE_ACTIONS.has(e.action_id)),
    );
    if (elements.length > 0) blocks.push({ ...block, elements });
  }
  const by: KnownBlock = {
    type: "context",
    elements: [
      { type: "mrkdwn", text: `Shared by <@${userId}> · \`${quote(`${ref.c} ${ref.t}`.trim(), 200)}\`` },
    ],
  };
  return {
    response_type: "in_channel",
    replace_original: false,
    text: reply.text,
    blocks: [...blocks.slice(0, MESSAGE_BLOCK_LIMIT - 1), by],
  };
}
