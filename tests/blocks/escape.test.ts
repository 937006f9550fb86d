import { describe, expect, it } from "vitest";
import { escapeMrkdwn, quote, truncate } from "../../src/blocks/escape.ts";
import { mrkdwnToPlain } from "../../src/blocks/plain.ts";

describe("truncate", () => {
  it("cuts at a word, with an ellipsis", () => {
    expect(truncate("National Workshop on Post Clearance Audit for Bhutan", 30)).toBe(
      "National Workshop on Post…",
    );
  });

  it("cuts inside a word only when the text has no space near the end", () => {
    expect(truncate("x".repeat(50), 10)).toBe(`${"x".repeat(9)}…`);
  });
});

describe("quote", () => {
  it("escapes, joins lines and cuts what users typed", () => {
    const echoed = quote(`<!channel> &\n${"<@U1> ".repeat(10_000)}`, 80);
    expect(echoed.length).toBeLessThanOrEqual(200);
    expect(echoed).not.toMatch(/<[@!]/);
    expect(echoed.startsWith("&lt;!channel&gt; &amp; &lt;@U1&gt;")).toBe(true);
  });

  it("round-trips to the plain text typed", () => {
    for (const typed of ["a & b", "<title>", "x &amp; y", "1 < 2 > 0"])
      expect(mrkdwnToPlain(escapeMrkdwn(typed))).toBe(typed);
  });
});
