import type { ActionsBlock } from "@slack/types";
import { quote } from "../blocks/escape.ts";
import type { ReplyBlock } from "../blocks/kit.ts";
import { ACTION_IDS, type Reply } from "../reply.ts";
import type { CommandRef } from "./payloads.ts";

/** Slack's limits: 50 blocks in a message, 2000 characters in a button value, 3000 in a section's text. */
export const MESSAGE_BLOCK_LIMIT = 50;
export const SHARE_BLOCK_ID = "rocb_share";

export interface ResponseMessage {
  response_type: "ephemeral" | "in_channel";
  replace_original?: boolean;
  text: string;
  blocks: ReplyBlock[];
}

/** One short sentence as a message, for notices and errors. */
export function notice(text: string): ResponseMessage {
  return { response_type: "ephemeral", replace_original: false, text, blocks: [section(text)] };
}

function section(text: string): ReplyBlock {
  return { type: "section", text: { type: "mrkdwn", text: text.slice(0, 3000) } };
}

/** What a Share button carries: the id of the answer kept server-side, never a command to run. */
function shareValue(shareId: string): string {
  return JSON.stringify({ s: shareId });
}

function shareButton(shareId: string): ActionsBlock {
  return {
    type: "actions",
    block_id: SHARE_BLOCK_ID,
    elements: [
      {
        type: "button",
        action_id: ACTION_IDS.share,
        text: { type: "plain_text", text: "Share in channel" },
        value: shareValue(shareId),
      },
    ],
  };
}

const isShare = (e: unknown) =>
  typeof e === "object" && e !== null && "action_id" in e && e.action_id === ACTION_IDS.share;

/** Whether "Share in channel" may be offered: not for personal data, nor for an answer already public. */
export function shareable(reply: Reply): boolean {
  return !reply.personal && (reply.visibility ?? "ephemeral") === "ephemeral";
}

/**
 * A command's reply as the person sees it: ephemeral unless the reply asks otherwise, with a
 * "Share in channel" button pointing at the answer kept under `shareId` (none without one). A Share
 * button a builder placed beside its paging buttons is pointed at the same kept answer.
 */
export function replyMessage(reply: Reply, shareId: string | null): ResponseMessage {
  const canShare = shareId !== null && shareable(reply);
  let placed = false;
  const blocks: ReplyBlock[] = [];
  for (const block of reply.blocks.slice(0, MESSAGE_BLOCK_LIMIT)) {
    if (block.type !== "actions" || !block.elements.some(isShare)) {
      blocks.push(block);
      continue;
    }
    const elements = block.elements.flatMap((e) => {
      if (!isShare(e)) return [e];
      if (!canShare || placed) return [];
      placed = true;
      return [{ ...e, value: shareValue(shareId) }];
    });
    if (elements.length > 0) blocks.push({ ...block, elements });
  }
  if (canShare && !placed && blocks.length < MESSAGE_BLOCK_LIMIT) blocks.push(shareButton(shareId));
  return { response_type: reply.visibility ?? "ephemeral", text: reply.text, blocks };
}

const PRIVATE_ACTIONS = new Set<string>([ACTION_IDS.nextPage, ACTION_IDS.share]);

/**
 * The same answer for everyone in the channel: paging and sharing buttons belong to the person who
 * asked, so they are left out, and a line says who shared it.
 */
export function sharedMessage(reply: Reply, userId: string, ref: CommandRef): ResponseMessage {
  const blocks: ReplyBlock[] = [];
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
  const by: ReplyBlock = {
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
