import { beforeAll, describe, expect, it } from "vitest";
import { workshopsCommand } from "../../commands/workshops.ts";
import type { CommandContext } from "../../src/context.ts";
import { listedTitles, valid } from "./check.ts";
import { realCatalogueContext } from "./real-context.ts";

// The bundled documents, imported into memory: what staff see of FY2016/17 and FY2017/18.
let ctx: CommandContext;
beforeAll(() => {
  ctx = realCatalogueContext();
});
const run = async (text: string, now = ctx.now) => {
  const reply = await workshopsCommand(text, { ...ctx, now });
  return { reply, text: valid(reply), titles: listedTitles(reply) };
};

describe("/workshops on the bundled reports", () => {
  it.each(["FY2016/17", "2016/17", "2016-17"])("past %s lists the survey annex's workshops", async (fy) => {
    const { text } = await run(`past ${fy}`);
    expect(text).toContain("of 13 workshops");
    expect(text).toContain("WCO Regional Workshop on Digital Customs and ECommerce");
  });

  it("finds an annex workshop by search", async () => {
    const { titles } = await run("search Digital Customs E-Commerce");
    expect(titles).toContain("WCO Regional Workshop on Digital Customs and ECommerce");
    expect((await run("search integrity pacific")).titles).toContain(
      "WCO Sub-regional Integrity for the Pacific",
    );
  });

  it("does not open FY2017/18 with a council session, and counts the other events", async () => {
    const { titles, text } = await run("past FY2017/18");
    expect(titles[0]).not.toMatch(/Council|Conference|Ceremon/);
    expect(text).toMatch(/\d+ other events \(meetings, conferences, ceremonies, missions\) also match/);
    const all = await run("past FY2017/18 all");
    expect(all.titles[0]).toBe("132nd WCO Council Session");
  });

  it("shows workshops first in the upcoming list of 1 September 2017", async () => {
    const { titles } = await run("", new Date("2017-09-01T03:00:00Z"));
    expect(titles.slice(0, 10).filter((t) => /Forum|Ceremony|Conference|Meeting|Council/.test(t))).toEqual(
      [],
    );
  });
});
