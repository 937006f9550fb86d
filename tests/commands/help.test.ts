import { describe, expect, it } from "vitest";
import { helpReply } from "../../commands/help.ts";
import { valid } from "./check.ts";

describe("help", () => {
  it("shows placeholders such as <title> instead of letting Slack swallow them", () => {
    const reply = helpReply("/workshops");
    const mrkdwn = JSON.stringify(reply.blocks);
    expect(mrkdwn).toContain("/workshops add &lt;title&gt;");
    expect(mrkdwn).not.toMatch(/<title>/);
    // The fallback text is mrkdwn too: escaped the same way, shown by Slack as "<title>".
    expect(valid(reply)).toContain("/workshops add &lt;title&gt;");
  });
});
