import { expect, it } from "vitest";
import { workshopsCommand } from "../../commands/workshops.ts";
import { listedTitles, valid } from "./check.ts";
import { makeContext, sampleCatalogue } from "./fixtures.ts";

it("a workshop added with /workshops add is found by search at once", async () => {
  const world = sampleCatalogue();
  const ctx = makeContext(world.db, "2024-09-01T03:00:00Z");
  expect(listedTitles(await workshopsCommand("search zoology", ctx))).toEqual([]);
  valid(await workshopsCommand("add National Workshop on Zoology kind:national country:Tonga", ctx));
  expect(listedTitles(await workshopsCommand("search zoology", ctx))).toEqual([
    "National Workshop on Zoology",
  ]);
});
