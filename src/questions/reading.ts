import { context, errorReply, isErrorReply, makeReply, quote } from "../blocks/index.ts";
import type { ReplyBlock } from "../blocks/kit.ts";
import type { Reply } from "../reply.ts";
import type { Reading } from "./parse.ts";

/** "Read as `/workshops upcoming country:Fiji`": how the question was understood, so it can be retyped. */
const readAs = (r: Reading): string => `Read as \`${quote(`${r.command} ${r.text}`.trim(), 200)}\``;

/** A command's reply headed by how the question was read; an error stays an error. */
export function withReading(reading: Reading, reply: Reply): Reply {
  const blocks: [ReplyBlock, ...ReplyBlock[]] = [context(readAs(reading)), ...reply.blocks];
  const answered = isErrorReply(reply) ? errorReply(...blocks) : makeReply(blocks);
  return { ...reply, blocks: answered.blocks, text: answered.text };
}

/** A reply headed by a note on how the input was read ("Did you mean `/workshops`?"). */
export function withNote(note: string, reply: Reply): Reply {
  const blocks: [ReplyBlock, ...ReplyBlock[]] = [context(note), ...reply.blocks];
  const answered = isErrorReply(reply) ? errorReply(...blocks) : makeReply(blocks);
  return { ...reply, blocks: answered.blocks, text: answered.text };
}
