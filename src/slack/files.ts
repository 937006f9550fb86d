import type { Reply } from "../reply.ts";
import { slackErrorSentence } from "./errors.ts";
import type { WebClient } from "./web-client.ts";

/**
 * Sends a reply's file (e.g. a CSV export) to the person in a direct message, never to the channel the
 * command was typed in, since exports can hold personal data. Returns a sentence saying what happened.
 */
export async function sendFileToUser(
  client: Pick<WebClient, "conversations" | "files">,
  userId: string,
  file: NonNullable<Reply["file"]>,
): Promise<string> {
  try {
    const dm = await client.conversations.open({ users: userId });
    const channel = dm.channel?.id;
    if (!channel) return "I could not open a direct message with you, so the file was not sent.";
    // uploadV2 is files.getUploadURLExternal, the upload, then files.completeUploadExternal.
    await client.files.uploadV2({
      channel_id: channel,
      filename: file.name,
      ...(typeof file.content === "string" ? { content: file.content } : { file: file.content }),
    });
    return `I sent you *${file.name}* in a direct message.`;
  } catch (err) {
    return `The file was not sent: ${slackErrorSentence(err)}`;
  }
}
