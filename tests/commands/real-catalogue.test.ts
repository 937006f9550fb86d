import { beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.ts";
import { isErrorReply } from "../../src/blocks/reply.ts";
import type { CommandContext } from "../../src/context.ts";
import { listedTitles, valid } from "./check.ts";
import { realCatalogueContext } from "./real-context.ts";

// The bundled documents, imported into memory, with AWP 2024-2025 in force.
let ctx: CommandContext;
beforeAll(() => {
  ctx = realCatalogueContext();
});
const run = async (line: string, offset = 0) => {
  const [name = "", ...rest] = line.split(" ");
  const reply = await commands[name]?.(rest.join(" "), { ...ctx, offset });
  if (!reply) throw new Error(`no command ${name}`);
  valid(reply);
  return reply;
};

describe("on the bundled catalogue", () => {
  it("/workshops search risk management Fiji puts the Fiji RM and cargo-targeting workshops first", async () => {
    const titles = listedTitles(await run("/workshops search risk management Fiji"));
    expect(titles.slice(0, 2).sort()).toEqual([
      "National workshop on Cargo Targetting System for Fiji",
      "Sub-Regional Workshop on Risk Management based on Risk Management Compendium for Fiji, Guinea, Papua New Guinea, Samoa, Timor-Leste, Tonga, Vanuatu",
    ]);
  });

  it("/workshops lists the AWP 2024-2025 workshops with dates to be confirmed", async () => {
    const reply = await run("/workshops");
    expect(reply.text).toContain("Date to be confirmed (AWP 2024-2025)");
    expect(listedTitles(reply)[0]).toBe("National workshop on Risk Management for Iran");
  });

  it("/kpi 1-(h) shows the TFA item of AWP 2024-2025, and every code variant agrees", async () => {
    const reply = await run("/kpi 1-(h)");
    expect(reply.text.split("\n")[0]).toBe("1-(h) · AWP 2024-2025");
    expect(reply.text).toContain("WTO Trade Facilitation Agreement");
    expect(reply.text).toContain("National Workshop on Single Window for Thailand");
    for (const v of ["1(h)", "1-h", "1h", "1.h", "(1-h)", "1-(H)"])
      expect((await run(`/kpi ${v}`)).text).toBe(reply.text);
  });

  it("pillar 1 of AWP 2024-2025 runs a..ll", async () => {
    const reply = await run("/kpi 1-(zz)");
    expect(isErrorReply(reply)).toBe(true);
    expect(reply.text).toContain("There is no item 1-(zz) in AWP 2024-2025. Pillar 1 has items a–ll.");
    const last = await run("/actions pillar 1", 30);
    expect(last.text).toContain("of 38 action items");
    expect(last.text).toContain("1-(ll) · AWP 2024-2025");
  });

  it("/kpi with a SAP gives its target and deadline", async () => {
    const reply = await run("/kpi 1-(a) SAP 2022-2024");
    expect(reply.text.split("\n")[0]).toBe("1-(a) · SAP 2022-2024");
    expect(reply.text).toMatch(/Target: /);
  });

  it("/workshops past FY2011/12 and 2017 list held workshops, latest first", async () => {
    const fy = await run("/workshops past 2011-2012");
    expect(fy.text).toContain("Workshops in FY2011/12");
    const dates = [...fy.text.matchAll(/^(\d{1,2}(?:-\d{1,2})? \w{3} 20\d\d|\w{3} 20\d\d)/gm)].map(
      (m) => m[1],
    );
    expect(dates.length).toBeGreaterThan(5);
    expect(listedTitles(await run("/workshops past 2017")).length).toBe(10);
  });

  it("/actions and /kpi overview answer within limits", async () => {
    await run("/actions single window");
    await run("/actions pillar 2");
    await run("/kpi");
    await run("/kpi SAP 2012-2014");
    await run("/workshops show 199");
    await run("/workshops country:Laos");
    await run("/workshops topic:AEO");
    await run("/workshops item:1-(a)");
  });
});
