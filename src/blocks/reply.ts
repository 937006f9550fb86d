import type { Button, KnownBlock } from "@slack/types";
import { ACTION_IDS, type Reply } from "../reply.ts";
import { actions, button, capBlocks, context } from "./builders.ts";
import { escapeMrkdwn, truncate } from "./escape.ts";
import type { ReplyBlock } from "./kit.ts";
import { LIMITS } from "./limits.ts";
import { blocksToPlain } from "./plain.ts";

/** Slack shows at most this much of a fallback text in notifications; the blocks carry the rest. */
const FALLBACK_MAX = 4000;

const errors = new WeakSet<Reply>();

/** A reply from blocks; its plain-text fallback is derived from them. */
export function makeReply(
  blocks: ReplyBlock[],
  options: { personal?: boolean; tail?: ReplyBlock[] } = {},
): Reply {
  const all = capBlocks(blocks, options.tail ?? []);
  // Slack reads `text` as mrkdwn too (notifications, Share, screen readers): what the blocks escaped stays escaped.
  const reply: Reply = { text: truncate(escapeMrkdwn(blocksToPlain(all)), FALLBACK_MAX), blocks: all };
  if (options.personal) reply.personal = true;
  return reply;
}

/** An answer to input we could not use: the sentence, then any suggestions. */
export function errorReply(sentence: ReplyBlock, ...more: ReplyBlock[]): Reply {
  const reply = makeReply([sentence, ...more]);
  errors.add(reply);
  return reply;
}

/** True for replies built by `errorReply` (so `npm run ask` can exit non-zero). */
export function isErrorReply(reply: Reply): boolean {
  return errors.has(reply);
}

/** What a list reply needs to offer "Next" and "Share in channel". */
export interface Page {
  command: string;
  /** The command text that produced the list, without the offset. */
  text: string;
  offset: number;
  pageSize: number;
  total: number;
}

function pageValue(command: string, text: string, offset: number): string | null {
  const value = JSON.stringify({ c: command, t: text, o: offset });
  return value.length <= LIMITS.buttonValue ? value : null;
}

/** "Showing 11-20 of 34." */
export function pageCount(page: Page, noun: string): string {
  if (page.total <= page.pageSize && page.offset === 0) return `${page.total} ${noun}.`;
  const last = Math.min(page.offset + page.pageSize, page.total);
  return `Showing ${page.offset + 1}-${last} of ${page.total} ${noun}.`;
}

/** The buttons under a list: Next (when more) and Share in channel (unless personal). */
export function listButtons(page: Page, personal = false): KnownBlock[] {
  const buttons: Button[] = [];
  const next = page.offset + page.pageSize;
  const nextValue = next < page.total ? pageValue(page.command, page.text, next) : null;
  if (nextValue)
    buttons.push(
      button(`Next ${Math.min(page.pageSize, page.total - next)}`, ACTION_IDS.nextPage, nextValue),
    );
  const shareValue = personal ? null : pageValue(page.command, page.text, page.offset);
  if (shareValue) buttons.push(button("Share in channel", ACTION_IDS.share, shareValue));
  const out: KnownBlock[] = [];
  if (next < page.total && !nextValue)
    out.push(context("The command is too long to page through; narrow it down."));
  const row = actions(buttons);
  if (row) out.push(row);
  return out;
}

/** Share button alone, for a single record (a KPI card, a workshop). */
export function shareButton(command: string, text: string): KnownBlock[] {
  const value = pageValue(command, text, 0);
  const row = value ? actions([button("Share in channel", ACTION_IDS.share, value)]) : null;
  return row ? [row] : [];
}
