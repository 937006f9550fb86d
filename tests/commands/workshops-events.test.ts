import { describe, expect, it } from "vitest";
import { workshopsCommand } from "../../commands/workshops.ts";
import { listedIds, valid } from "./check.ts";
import { insertWorkshop, makeContext, sampleCatalogue } from "./fixtures.ts";

// The sample catalogue's workshops, and the other events an annual report lists beside them.
const world = sampleCatalogue();
const { w } = world;
const council = insertWorkshop(world.db, {
  title: "132nd WCO Council Session",
  kind: "meeting",
  countries: ["Belgium"],
  start: "2018-06-28",
  status: "held",
});
const ceremony = insertWorkshop(world.db, {
  title: "International Customs Day Ceremony",
  kind: "ceremony",
  start: "2018-01-26",
  status: "held",
});
const ctx = makeContext(world.db, "2024-09-01T03:00:00Z");
const run = (text: string) =>
  workshopsCommand(text, ctx) as ReturnType<typeof workshopsCommand> & { text: string };

describe("/workshops lists workshops apart from other events", () => {
  it("lists only workshops, with a line counting the other events that match", async () => {
    const reply = await run("past FY2017/18");
    expect(listedIds(reply)).toEqual([w.trs2018, w.hs2017]);
    expect(valid(reply)).toContain("2 other events (meetings, conferences, ceremonies, missions) also match");
  });

  it("shows every event with a trailing 'all', and one kind with kind:", async () => {
    expect(listedIds(await run("past FY2017/18 all"))).toEqual([council, w.trs2018, ceremony, w.hs2017]);
    expect(listedIds(await run("past 2018 kind:meeting"))).toEqual([council]);
    expect(listedIds(await run("past 2018 kind:ceremony kind:meeting"))).toEqual([council, ceremony]);
    expect(valid(await run("past 2018 all"))).not.toContain("other event");
  });

  it("counts the other events of a search", async () => {
    const reply = await run("search council");
    expect(listedIds(reply)).toEqual([]);
    expect(valid(reply)).toContain(
      "1 other event (meetings, conferences, ceremonies, missions) also matches",
    );
    expect(listedIds(await run("search council all"))).toEqual([council]);
  });

  it.each([
    "FY2017/18",
    "2017/18",
    "2017-18",
    "FY 2017/18",
    "FY17/18",
  ])("reads the fiscal year %s", async (fy) => {
    expect(listedIds(await run(`past ${fy}`))).toEqual([w.trs2018, w.hs2017]);
  });
});
