import { randomUUID } from "node:crypto";
import type { App, RespondFn } from "@slack/bolt";
import { isChart, withoutCharts } from "../../blocks/kit.ts";
import { noteWriteFault } from "../../health/write-faults.ts";
import type { Reply } from "../../reply.ts";
import { logRequest, runCommand, type SlackDeps, startedAt } from "../deps.ts";
import { failureSentence } from "../errors.ts";
import { sendFileToUser } from "../files.ts";
import { notice, type ResponseMessage, replyMessage, shareable } from "../messages.ts";
import { type CommandRef, commandSchema } from "../payloads.ts";
import type { WebClient } from "../web-client.ts";

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">" };

/** Slack sends `&`, `<` and `>` typed in a command or message as entities; decoded once, here at the edge. */
export function decodeSlackText(text: string): string {
  return text.replace(/&(?:amp|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * Answers `reply` through the response_url, sending its file (if any) by direct message first; the
 * answer is kept so that its Share button reposts exactly what was shown.
 */
export async function answer(
  deps: Pick<SlackDeps, "shares">,
  respond: RespondFn,
  client: WebClient,
  userId: string,
  reply: Reply,
  ref: CommandRef,
  replaceOriginal = false,
): Promise<void> {
  // What is shown (and kept for Share) is the message; a file goes to the person only, and is not kept.
  const { file, ...message } = reply;
  let shown: Reply = message;
  if (file) {
    const sentence = await sendFileToUser(client, userId, file);
    shown = {
      ...message,
      blocks: [...message.blocks, { type: "context", elements: [{ type: "mrkdwn", text: sentence }] }],
    };
  }
  const shareId = deps.shares && shareable(shown) ? deps.shares.keep(userId, shown, ref) : null;
  await respondWithCharts(respond, { ...replyMessage(shown, shareId), replace_original: replaceOriginal });
}

/**
 * Responds with `message`; a workspace without the chart block yet refuses the whole message, so the
 * same answer goes again without its charts (their figures stand in the table and the text).
 */
export async function respondWithCharts(respond: RespondFn, message: ResponseMessage): Promise<void> {
  if (!message.blocks.some(isChart)) {
    await respond(message);
    return;
  }
  const refused = await respond(message).then(
    async (res) => /invalid_blocks/.test(await res.text().catch(() => "")),
    (err: unknown) => {
      if ((err as { statusCode?: unknown })?.statusCode === 400) return true;
      throw err;
    },
  );
  if (refused) await respond({ ...message, blocks: withoutCharts(message.blocks) });
}

/** Tells the person it failed; logs the cause under a short reference they can quote. */
export async function answerFailure(
  deps: SlackDeps,
  respond: RespondFn | undefined,
  err: unknown,
  where: Record<string, unknown>,
): Promise<void> {
  const reference = randomUUID().slice(0, 8);
  deps.logger.error({ err, reference, ...where }, "request failed");
  noteWriteFault(err);
  if (!respond) return;
  await respond(notice(failureSentence(err, reference))).catch((e: unknown) =>
    deps.logger.warn({ err: e, reference }, "could not tell the person about the failure"),
  );
}

/** One listener per slash command: ack at once, run the handler, answer through `respond`. */
export function registerCommands(app: App, deps: SlackDeps): void {
  for (const name of Object.keys(deps.commands)) {
    app.command(name, async ({ ack, body, respond, client, context }) => {
      await ack();
      const started = startedAt(context);
      const parsed = commandSchema.safeParse(body);
      if (!parsed.success) {
        deps.logger.warn(
          { issues: parsed.error.issues.map((i) => i.path.join(".")) },
          "command payload rejected",
        );
        logRequest(deps.logger, {
          kind: "command",
          name,
          user: "unknown",
          startedAt: started,
          outcome: "rejected",
        });
        return;
      }
      const { user_id: user } = parsed.data;
      const ref: CommandRef = { c: name, t: decodeSlackText(parsed.data.text).trim(), o: 0 };
      let outcome = "answered";
      try {
        const reply = await runCommand(deps, ref, user);
        await answer(deps, respond, client, user, reply, ref);
      } catch (err) {
        outcome = "failed";
        await answerFailure(deps, respond, err, { command: name, user });
      }
      logRequest(deps.logger, { kind: "command", name, user, startedAt: started, outcome });
    });
  }
}
