import { classifySlackError } from "../surveys/slack-errors.ts";

/** Is this an error from Slack's Web API (the SDK's coded errors)? */
export function isSlackApiError(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return typeof code === "string" && code.startsWith("slack_webapi_");
}

/** A sentence for the person, saying what went wrong with Slack and what to do; never a stack trace. */
export function slackErrorSentence(err: unknown): string {
  const f = classifySlackError(err);
  switch (f.kind) {
    case "rate_limited": {
      const seconds = Math.max(1, Math.ceil(f.retryAfterMs / 1000));
      return `Slack is asking me to slow down right now. Please try again in ${seconds} second${seconds === 1 ? "" : "s"}.`;
    }
    case "fatal":
      return "Slack refused my credentials or permissions, so I could not finish this. Please tell the app's administrator.";
    case "unreachable":
      return "Slack could not find that person or conversation, so I could not finish this.";
    default:
      return "Slack did not answer properly just now, so I could not finish this. Please try again in a minute.";
  }
}

/** What the person is told when answering failed: Slack's fault explained, ours with a reference. */
export function failureSentence(err: unknown, reference: string): string {
  if (isSlackApiError(err)) return slackErrorSentence(err);
  return `Sorry, something went wrong on our side while answering. Please try again; if it keeps happening, tell the ROCB team (reference ${reference}).`;
}

/** Slack refused the blocks (`invalid_blocks`): a workspace that does not have a block, such as the chart, yet. */
export function isInvalidBlocks(err: unknown): boolean {
  const data = (err as { data?: { error?: unknown } })?.data;
  return isSlackApiError(err) && data?.error === "invalid_blocks";
}
