import { beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.ts";
import { tableLines } from "../../src/blocks/table.ts";
import { openCatalogue } from "../../src/bootstrap.ts";
import { loadConfig } from "../../src/config.ts";
import type { CommandContext } from "../../src/context.ts";
import { answerQuestion } from "../../src/questions/answer.ts";
import { listedTitles, valid } from "../commands/check.ts";

// The bundled documents in November 2026: AWP 2024-2025, the latest plan, ended on 30 Jun 2025.
let ctx: CommandContext;
beforeAll(() => {
  const now = new Date("2026-11-29T03:00:00Z");
  const { db, search } = openCatalogue({ DATABASE_PATH: ":memory:" }, now);
  ctx = {
    db,
    search,
    config: loadConfig({} as NodeJS.ProcessEnv),
    now,
    userId: "U1",
    isStaff: async () => false,
    offset: 0,
  };
});
const run = async (command: string, text: string) => {
  const reply = await commands[command]?.(text, ctx);
  if (!reply) throw new Error(`no command ${command}`);
  return reply;
};
const ask = async (q: string) => valid(await answerQuestion(q, ctx));

describe("search finds what people mean", () => {
  it("a topic no workshop matches points to the action items that do (gender: 3-(e), women's participation)", async () => {
    const text = await ask("gender");
    expect(text).toMatch(/No workshop matches "gender"\. \d+ action items? match/);
    expect(text).toContain("/actions gender");
    const items = await run("/actions", "gender");
    expect(items.text).toContain("3-(e)");
  });

  it("PNG finds the Papua New Guinea workshops", async () => {
    const withPng = ctx.db
      .prepare(
        "SELECT count(DISTINCT workshop_id) FROM workshop_countries WHERE country = 'Papua New Guinea'",
      )
      .pluck()
      .get() as number;
    const reply = await run("/workshops", "search PNG");
    expect(listedTitles(reply)).toHaveLength(withPng);
    expect(listedTitles(reply).every((t) => t.includes("Papua New Guinea"))).toBe(true);
  });

  it("gender finds the item on women's participation", async () => {
    expect(valid(await run("/actions", "gender"))).toContain("3-(e)");
  });

  it("rules of origin finds the Valuation and Origin mission", async () => {
    expect(listedTitles(await run("/workshops", "search rules of origin")).join("\n")).toMatch(
      /Valuation and Origin/,
    );
  });

  it("risk management Fiji puts the workshops matching every word first and says how many match only some", async () => {
    const text = valid(await run("/workshops", "search risk management Fiji"));
    expect(text).toMatch(/\d+ match every word; \d+ more match only some of them/);
    expect(text.indexOf("Matching every word")).toBeLessThan(text.indexOf("Matching some of the words"));
  });

  it("gives each country one name", async () => {
    const reply = await run("/workshops", "search Laos");
    valid(reply);
    const table = reply.blocks.find((b) => b.type === "table");
    const rows = table?.type === "table" ? tableLines(table).map((l) => l.split(" · ")) : [];
    // The For and In columns (4th and 5th) name the country one way; titles stay as printed.
    const places = rows.slice(1).flatMap((r) => [r[3] ?? "", r[4] ?? ""]);
    expect(places).toContain("Lao PDR");
    expect(places.filter((p) => /Laos|Lao People/.test(p))).toEqual([]);
  });
});

describe("questions in plain words, in November 2026", () => {
  it("the next workshop in Fiji: the plan has ended, and its undated workshops say so", async () => {
    const text = await ask("when is the next workshop in Fiji?");
    expect(text).toContain("Read as /workshops upcoming country:Fiji");
    expect(text).toContain("AWP 2024-2025 ended on 30 Jun 2025");
    expect(text).toContain("planned in AWP 2024-2025, no date or outcome recorded");
    expect(text).not.toContain("to be confirmed");
  });

  it("what was planned for 2018/19: the workshops of AWP 2018-2019, not the latest plan's", async () => {
    for (const q of ["what is planned in AWP 2018-2019", "what was planned for 2018/19?"]) {
      const text = await ask(q);
      expect(text).toContain("Workshops planned in AWP 2018-2019");
      expect(text).toContain("planned in AWP 2018-2019, no date or outcome recorded");
      expect(text).not.toContain("AWP 2024-2025");
    }
  });

  it("who funds the AEO workshops: sponsors shown in the list", async () => {
    const text = await ask("who funds the AEO workshops?");
    expect(text).toContain("Read as /workshops search AEO");
    expect(text).toMatch(/CCF-(Japan|Korea|China)/);
  });

  it("which KPIs are behind: none known, and why", async () => {
    const text = await ask("which KPIs are behind?");
    expect(text).toContain("Read as /kpi behind");
    expect(text).toContain("No KPI of AWP 2024-2025 is known to be behind or missed.");
    expect(text).toMatch(/Of \d+ KPIs, /);
  });

  it("bare words: /workshops Fiji searches, /actions 2 shows pillar 2", async () => {
    expect(valid(await run("/workshops", "Fiji"))).toContain('Workshops matching "Fiji"');
    expect(valid(await run("/actions", "2"))).toContain("AWP 2024-2025 · pillar 2");
  });
});
