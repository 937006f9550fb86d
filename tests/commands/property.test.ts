import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { commands } from "../../commands/index.ts";
import { checkLimits } from "../../src/blocks/index.ts";
import { makeContext, sampleCatalogue } from "./fixtures.ts";

const world = sampleCatalogue();
const ctx = makeContext(world.db, "2024-09-01T03:00:00Z");
const names = ["/workshops", "/kpi", "/actions"] as const;

/** Text shaped like commands, plus arbitrary and hostile text. */
const pieces = fc.constantFrom(
  "past",
  "search",
  "show",
  "upcoming",
  "help",
  "pillar",
  "1-(h)",
  "1h",
  "(1-hh)",
  "9-(z)",
  "FY2017/18",
  "2011-2012",
  "AWP",
  "SAP 2022-2024",
  "country:",
  "country:Fiji",
  "kind:",
  'topic:"',
  "item:1-(zz)",
  '"',
  "'",
  "<!here>",
  "&amp;",
  "*",
  "_",
  "`",
  "'; DROP TABLE workshops; --",
  "%",
  "\\",
  "😀",
  "\u0000",
  "\n",
  "…",
);
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 50 }),
  fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 8 }).map((a) => a.join(" ")),
);

describe("any text into any command", () => {
  it("returns a reply within Slack's limits and never throws", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), text, fc.nat({ max: 100 }), async (name, input, offset) => {
        const reply = await commands[name]?.(input, { ...ctx, offset });
        expect(reply).toBeDefined();
        expect(checkLimits(reply?.blocks ?? [])).toEqual([]);
        expect(reply?.text.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it("answers 10 KB of text", async () => {
    for (const name of names) {
      const reply = await commands[name]?.(`${"risk management <b>&".repeat(500)}`, ctx);
      expect(checkLimits(reply?.blocks ?? [])).toEqual([]);
    }
  });

  it("leaves the catalogue untouched by SQL in the text", async () => {
    const before = world.db.prepare("SELECT count(*) FROM workshops").pluck().get();
    for (const name of names) await commands[name]?.("search '); DELETE FROM workshops; --", ctx);
    expect(world.db.prepare("SELECT count(*) FROM workshops").pluck().get()).toBe(before);
  });
});
