import type { KnownBlock } from "@slack/types";
import { describe, expect, it } from "vitest";
import { button, context, fields, header, section } from "../../src/blocks/builders.ts";
import { chart } from "../../src/blocks/charts.ts";
import { escapeMrkdwn, truncate } from "../../src/blocks/escape.ts";
import type { ReplyBlock } from "../../src/blocks/kit.ts";
import { checkLimits } from "../../src/blocks/limits.ts";
import { blocksToPlain, mrkdwnToPlain } from "../../src/blocks/plain.ts";
import { listButtons, makeReply } from "../../src/blocks/reply.ts";
import { table } from "../../src/blocks/table.ts";
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

describe("checkLimits on tables and charts", () => {
  const cells = (n: number, text = "x") =>
    Array.from({ length: n }, () => ({ type: "raw_text" as const, text }));
  const bar = (o: { title?: string; categories?: string[]; series?: number; name?: string }): ReplyBlock => ({
    type: "data_visualization",
    title: o.title ?? "Workshops",
    chart: {
      type: "bar",
      series: Array.from({ length: o.series ?? 1 }, (_, i) => ({
        name: o.name ?? `s${i}`,
        data: (o.categories ?? ["a"]).map((label) => ({ label, value: 1 })),
      })),
      axis_config: { categories: o.categories ?? ["a"] },
    },
  });

  it("reports every broken table limit", () => {
    const wide: ReplyBlock = { type: "table", rows: [cells(21)] };
    const long: ReplyBlock = { type: "table", rows: Array.from({ length: 101 }, () => cells(2)) };
    const heavy: ReplyBlock = {
      type: "table",
      rows: Array.from({ length: 11 }, () => cells(1, "y".repeat(1000))),
    };
    const ragged: ReplyBlock = { type: "table", rows: [cells(2), cells(3), cells(2, "")] };
    expect(checkLimits([wide])).toEqual([expect.stringContaining("21 cells")]);
    expect(checkLimits([long])).toEqual([expect.stringContaining("101 rows")]);
    expect(checkLimits([heavy])).toEqual([expect.stringContaining("11000 characters")]);
    expect(checkLimits([ragged])).toHaveLength(3);
    const small: ReplyBlock = { type: "table", rows: [cells(2)] };
    expect(checkLimits([small, small])).toEqual(["2 tables (max 1)"]);
    expect(checkLimits([small], "home")).toEqual([]);
    expect(checkLimits([small], "modal")).toEqual(["a table or chart in a modal"]);
  });

  it("reports every broken chart limit", () => {
    expect(checkLimits([bar({})])).toEqual([]);
    expect(checkLimits([bar({}), bar({}), bar({})])).toEqual(["3 charts (max 2)"]);
    expect(checkLimits([bar({ title: "t".repeat(51) })])).toHaveLength(1);
    expect(checkLimits([bar({ categories: ["c".repeat(21)] })])).toHaveLength(1);
    expect(checkLimits([bar({ series: 7 })])).toEqual([expect.stringContaining("7 series")]);
    expect(checkLimits([bar({ series: 2, name: "same" })])).toEqual([
      expect.stringContaining("names repeat"),
    ]);
    const many = Array.from({ length: 21 }, (_, i) => `c${i}`);
    expect(checkLimits([bar({ categories: many })])).toEqual([expect.stringContaining("21 points")]);
  });

  it("the builders stay within them, whatever they are given", () => {
    const block = table(
      Array.from({ length: 25 }, (_, i) => ({ title: `Column ${i}` })),
      Array.from({ length: 150 }, () => Array.from({ length: 25 }, () => "w".repeat(500))),
    );
    expect(checkLimits([block])).toEqual([]);
    expect(block.rows.length).toBeGreaterThan(10);
    const drawn = chart({
      title: "A title far longer than the fifty characters Slack allows",
      type: "bar",
      categories: Array.from({ length: 30 }, () => "Regional Workshop on Risk Management"),
      series: Array.from({ length: 8 }, (_, i) => ({ name: "National workshops", values: [i, null, 3] })),
    });
    expect(checkLimits([drawn])).toEqual([]);
    if (drawn.chart.type === "pie") throw new Error("a bar chart");
    // Cut labels stay apart, so each bar keeps its own category.
    expect(new Set(drawn.chart.axis_config.categories).size).toBe(20);
    // A null is no point at all, not a zero.
    expect(drawn.chart.series[0]?.data.map((p) => p.value)).toEqual([0, 3]);
  });

  it("a table's text fallback holds the same rows, and a modal gets them as text", () => {
    const block = table([{ title: "Date" }, { title: "Workshop" }], [["4-8 Jun 2018", "PCA <Bhutan> & co"]]);
    const reply = makeReply([header("Workshops"), block]);
    // `text` is read as mrkdwn by Slack: the raw cells are escaped there (and shown as typed).
    expect(reply.text).toContain("Date · Workshop\n4-8 Jun 2018 · PCA &lt;Bhutan&gt; &amp; co");
  });
});
