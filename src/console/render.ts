import { blocksToPlain } from "../blocks/plain.ts";
import type { Reply } from "../reply.ts";

/**
 * A reply as clean text for a terminal: underlined headings and lists. Buttons are left out: the console
 * has `next` for paging, and Details and Share mean nothing there.
 */
export function renderReply(reply: Reply): string {
  const body = blocksToPlain(reply.blocks, {
    heading: (t) => `${t}\n${"─".repeat(Math.min(t.length, 72))}`,
  });
  const text = body || reply.text;
  return reply.file ? `${text}\n(file ${reply.file.name}, ${reply.file.content.length} bytes)` : text;
}
