import { describe, expect, it } from "vitest";
import { commands } from "../../commands/index.ts";
import type { ReplyBlock } from "../../src/blocks/kit.ts";
import { sharedMessage } from "../../src/slack/messages.ts";
import { valid } from "./check.ts";
import { makeContext, sampleCatalogue } from "./fixtures.ts";

const world = sampleCatalogue();
const ctx = makeContext(world.db, "2024-09-01T03:00:00Z");

/** The mrkdwn a person would see (plain-text headers and button values are never rendered as mrkdwn). */
function mrkdwnOf(blocks: readonly ReplyBlock[]): string {
  return blocks
    .flatMap((b) => {
      if (b.type === "section") return [b.text?.text ?? "", ...(b.fields ?? []).map((f) => f.text)];
      if (b.type === "context") return b.elements.map((e) => ("text" in e ? String(e.text) : ""));
      return [];
    })
    .join("\n");
}

const HUGE = `<!channel> <@U123> <https://evil.example|click> & ${"word ".repeat(10_000)}`;

describe("every echo of what was typed is short and escaped", () => {
  it.each([
    ["/workshops", HUGE],
    ["/workshops", `search ${HUGE}`],
    ["/workshops", `past ${HUGE}`],
    ["/workshops", `show ${HUGE}`],
    ["/workshops", `country:"${HUGE}"`],
    ["/workshops", `kind:${"x".repeat(50_000)}`],
    ["/kpi", HUGE],
    ["/kpi", `1-(a) ${HUGE}`],
    ["/kpi", `behind ${HUGE}`],
    ["/kpi", `history 1-(a) ${HUGE}`],
    ["/kpi", `set 1-(a) 3 ${HUGE}`],
    ["/actions", HUGE],
    ["/actions", `1-(a) ${HUGE}`],
    ["/actions", `pillar 1 ${HUGE}`],
  ])("%s %s…", async (command, text) => {
    const reply = await commands[command]?.(text, ctx);
    if (!reply) throw new Error("no reply");
    valid(reply);
    const shown = mrkdwnOf(reply.blocks);
    expect(shown).not.toMatch(/<[@!]|<https?:/);
    expect(shown.length).toBeLessThan(6000);
  });

  it("a long text where a plan is expected gets a whole sentence", async () => {
    for (const text of [`behind ${HUGE}`, `history 1-(a) ${HUGE}`, `export ${HUGE}`]) {
      const reply = await commands["/kpi"]?.(text, ctx);
      expect(reply?.text).toMatch(/is not a plan\. Name it like SAP 2022-2024 or AWP 2024-2025\./);
    }
  });

  it("the Shared by line escapes the command text", () => {
    const shared = sharedMessage({ text: "t", blocks: [] }, "U100", {
      c: "/workshops",
      t: "search <!channel> & x",
      o: 0,
    });
    const line = mrkdwnOf(shared.blocks);
    expect(line).toContain("Shared by <@U100>");
    expect(line).toContain("&lt;!channel&gt; &amp; x");
  });
});
