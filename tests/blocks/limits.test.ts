import type { KnownBlock } from "@slack/types";
import { describe, expect, it } from "vitest";
import { button, context, fields, header, section } from "../../src/blocks/builders.ts";
import { escapeMrkdwn, truncate } from "../../src/blocks/escape.ts";
import { checkLimits } from "../../src/blocks/limits.ts";
import { blocksToPlain, mrkdwnToPlain } from "../../src/blocks/plain.ts";
import { listButtons, makeReply } from "../../src/blocks/reply.ts";
import { ACTION_IDS } from "../../src/reply.ts";

describe("checkLimits", () => {
  it("accepts a small valid message", () => {
    expect(checkLimits([header("Hi"), section("text"), context("a", "b")])).toEqual([]);
  });

  it("reports each broken limit", () => {
    const bad: KnownBlock[] = [
      { type: "header", text: { type: "plain_text", text: "x".repeat(151) } },
      { type: "section", text: { type: "mrkdwn", text: "x".repeat(3001) } },
      { type: "section", fields: Array.from({ length: 11 }, () => ({ type: "mrkdwn" as const, text: "f" })) },
      { type: "section", fields: [{ type: "mrkdwn", text: "x".repeat(2001) }] },
      {
        type: "context",
        elements: Array.from({ length: 11 }, () => ({ type: "mrkdwn" as const, text: "c" })),
      },
      { type: "actions", elements: Array.from({ length: 26 }, () => button("b", "a", "v")) },
      { type: "section", text: { type: "mrkdwn", text: "" } },
    ];
    expect(checkLimits(bad)).toHaveLength(7);
    expect(checkLimits(Array.from({ length: 51 }, () => section("s")))).toHaveLength(1);
  });

  it("builders clamp to the limits", () => {
    const blocks = [
      header("h".repeat(500)),
      section("s".repeat(5000)),
      ...fields(Array.from({ length: 13 }, (_, i) => [`k${i}`, "v".repeat(3000)] as const)),
      context(...Array.from({ length: 12 }, () => "c")),
    ];
    expect(checkLimits(blocks)).toEqual([]);
  });

  it("makeReply keeps at most 50 blocks and says how many were left out", () => {
    const reply = makeReply(Array.from({ length: 80 }, (_, i) => section(`item ${i}`)));
    expect(reply.blocks).toHaveLength(50);
    expect(checkLimits(reply.blocks)).toEqual([]);
    expect(reply.text).toContain("31 more not shown");
  });
});

describe("text safety", () => {
  it("escapes &, < and > for mrkdwn", () => {
    expect(escapeMrkdwn("<!channel> & <@U1>")).toBe("&lt;!channel&gt; &amp; &lt;@U1&gt;");
  });

  it("never cuts an entity or an emoji in half", () => {
    expect(truncate("abc&amp;def", 6)).toBe("abc…");
    expect(truncate("ab😀cd", 4)).toBe("ab…");
    expect(truncate("short", 10)).toBe("short");
  });

  it("turns mrkdwn into plain text", () => {
    expect(mrkdwnToPlain("*Bold* and _it_ `code` <https://x.org|link> &lt;tag&gt; &amp;")).toBe(
      "Bold and it code link <tag> &",
    );
    expect(blocksToPlain([header("H"), section("*a*"), context("c")])).toBe("H\na\nc");
  });
});

describe("list buttons", () => {
  const page = { command: "/workshops", text: "past", offset: 0, pageSize: 10, total: 25 };

  it("Next carries the command, text and next offset; Share the current page", () => {
    const [row] = listButtons(page);
    expect(row?.type).toBe("actions");
    if (row?.type !== "actions") return;
    const values = row.elements.map((e) => (e.type === "button" ? [e.action_id, e.value] : []));
    expect(values).toEqual([
      [ACTION_IDS.nextPage, JSON.stringify({ c: "/workshops", t: "past", o: 10 })],
      [ACTION_IDS.share, JSON.stringify({ c: "/workshops", t: "past", o: 0 })],
    ]);
  });

  it("has no Next on the last page and no Share when personal", () => {
    expect(listButtons({ ...page, offset: 20 }, true)).toEqual([]);
  });

  it("leaves out buttons whose value would exceed Slack's 2000 characters", () => {
    const blocks = listButtons({ ...page, text: "x".repeat(3000) });
    expect(checkLimits(blocks)).toEqual([]);
    expect(blocks.some((b) => b.type === "actions")).toBe(false);
  });
});
