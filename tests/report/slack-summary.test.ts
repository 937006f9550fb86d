import { describe, expect, it } from "vitest";
import { checkLimits } from "../../src/blocks/limits.ts";
import type { ReportTable } from "../../src/report/index.ts";
import { summaryBlock } from "../../src/report/slack.ts";

const sponsors = Array.from({ length: 25 }, (_, i) => `Sponsor ${i + 1}`);
/** A year funded by 25 sponsors: sponsor i funded i national workshops, and one regional workshop each. */
const wide: ReportTable = {
  name: "summary",
  header: ["Kind", ...sponsors, "Total"],
  rows: [
    ["national", ...sponsors.map((_, i) => i + 1), 325],
    ["regional", ...sponsors.map(() => 1), 25],
  ],
  totals: [["workshops", ...sponsors.map((_, i) => i + 2), 350]],
};

const texts = (b: ReturnType<typeof summaryBlock>) =>
  b.rows.map((r) => r.map((c) => (c.type === "raw_text" ? c.text : "")));

describe("the summary as Slack's table block", () => {
  it("folds the sponsors past Slack's 20 columns into one column, so each row still adds up to its total", () => {
    const block = summaryBlock(wide);
    expect(checkLimits([block])).toEqual([]);
    const [header, national, regional, total] = texts(block);
    expect(header).toHaveLength(20);
    expect(header?.slice(-2)).toEqual(["other sponsors", "Total"]);
    for (const row of [national, regional, total]) {
      const counts = (row ?? []).slice(1).map(Number);
      expect(counts.slice(0, -1).reduce((a, b) => a + b, 0)).toBe(counts.at(-1));
    }
  });

  it("keeps a narrow table as it is", () => {
    const narrow: ReportTable = {
      name: "summary",
      header: ["Kind", "CCF-Japan", "Total"],
      rows: [["national", 3, 3]],
    };
    expect(texts(summaryBlock(narrow))).toEqual([
      ["Kind", "CCF-Japan", "Total"],
      ["national", "3", "3"],
    ]);
  });
});
