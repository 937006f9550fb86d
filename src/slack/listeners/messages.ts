import { randomUUID } from "node:crypto";
import type { App } from "@slack/bolt";
import { z } from "zod";
import { capBlocks, context } from "../../blocks/index.ts";
import type { ReplyBlock } from "../../blocks/kit.ts";
import { isChart, withoutCharts } from "../../blocks/kit.ts";
import type { CommandContext } from "../../context.ts";
import { answerQuestion } from "../../questions/answer.ts";
import { ACTION_IDS, type Reply } from "../../reply.ts";
import { logRequest, type SlackDeps } from "../deps.ts";
import { failureSentence, isInvalidBlocks } from "../errors.ts";
import { sendFileToUser } from "../files.ts";
import { decodeSlackText } from "./commands.ts";

/**
 * A message someone wrote (not an edit, a join or a bot's post): subtypes are left out on purpose,
 * since only plain messages are questions.
 */
const questionSchema = z.object({
  type: z.enum(["message", "app_mention"]),
  subtype: z.undefined().optional(),
  bot_id: z.undefined().optional(),
  user: z.string().min(1),
  channel: z.string().min(1),
  channel_type: z.string().optional(),
  text: z.string().max(40_000).default(""),
  ts: z.string().min(1),
  thread_ts: z.string().optional(),
});
type Question = z.infer<typeof questionSchema>;

/** The answer as a message: a thread or a DM is already where the person asked, so no "Share in channel". */
function messageBlocks(reply: Reply): ReplyBlock[] {
  return reply.blocks.flatMap((b): ReplyBlock[] => {
    if (b.type !== "actions") return [b];
    const elements = b.elements.filter((e) => !("action_id" in e && e.action_id === ACTION_IDS.share));
    return elements.length ? [{ ...b, elements }] : [];
  });
}

/** Questions in plain words: a direct message to the bot, or a mention (answered in the message's thread). */
export function registerMessages(app: App, deps: SlackDeps): void {
  const answer = async (event: unknown, botUserId: string | undefined, client: App["client"]) => {
    const started = Date.now();
    const parsed = questionSchema.safeParse(event);
    if (!parsed.success || parsed.data.user === botUserId) return;
    const q: Question = parsed.data;
    if (q.type === "message" && q.channel_type !== "im") return;
    // A mention is answered in its thread; a DM where it was asked (in a thread if it was asked in one).
    const threadTs = q.thread_ts ?? (q.type === "app_mention" ? q.ts : undefined);
    const thread = threadTs ? { thread_ts: threadTs } : {};
    let outcome = "answered";
    try {
      const ctx: CommandContext = {
        db: deps.db,
        search: deps.search,
        config: deps.config,
        now: deps.now(),
        userId: q.user,
        isStaff: () => deps.isStaff(q.user),
        offset: 0,
      };
      const reply = await answerQuestion(decodeSlackText(q.text), ctx);
      // An export goes to the person alone, as for a slash command; the answer says where it went.
      const sent = reply.file ? [context(await sendFileToUser(client, q.user, reply.file))] : [];
      const blocks = capBlocks(messageBlocks(reply), sent);
      await client.chat
        .postMessage({ channel: q.channel, text: reply.text, blocks, ...thread })
        .catch((err) => {
          // A workspace without the chart block yet: the same answer, its figures in the table and text.
          if (!isInvalidBlocks(err) || !blocks.some(isChart)) throw err;
          return client.chat.postMessage({
            channel: q.channel,
            text: reply.text,
            blocks: withoutCharts(blocks),
            ...thread,
          });
        });
    } catch (err) {
      outcome = "failed";
      const reference = randomUUID().slice(0, 8);
      deps.logger.error({ err, reference, user: q.user }, "question not answered");
      await client.chat
        .postMessage({ channel: q.channel, text: failureSentence(err, reference), ...thread })
        .catch((e: unknown) =>
          deps.logger.warn({ err: e, reference }, "could not tell the person about the failure"),
        );
    }
    logRequest(deps.logger, { kind: "event", name: q.type, user: q.user, startedAt: started, outcome });
  };
  app.event("message", async ({ event, context, client }) => answer(event, context.botUserId, client));
  app.event("app_mention", async ({ event, context, client }) => answer(event, context.botUserId, client));
}
