import { describe, expect, it } from "vitest";
import { extractFilters } from "../../commands/workshop-filters.ts";
import { workshopsCommand } from "../../commands/workshops.ts";
import { openDatabase } from "../../src/db/open.ts";
import { listedTitles, valid } from "./check.ts";
import { insertWorkshop, makeContext } from "./fixtures.ts";

/** Three workshops: one for Fiji held in Fiji, one for the Pacific held in Fiji, one for Fiji held in Samoa. */
function catalogue() {
  const db = openDatabase(":memory:");
  const add = (title: string, countries: string[], host: string, kind: "national" | "regional") => {
    const id = insertWorkshop(db, {
      title,
      kind,
      countries,
      start: "2017-08-21",
      city: "Suva",
      status: "held",
    });
    db.prepare("UPDATE workshops SET host_country = ? WHERE id = ?").run(host, id);
  };
  add("National Workshop on AEO for Fiji", ["Fiji"], "Fiji", "national");
  add("Sub-regional Workshop on PCA for the Pacific", [], "Fiji", "regional");
  add("National Workshop on RKC for Fiji held abroad", ["Fiji"], "Samoa", "national");
  return makeContext(db, "2024-09-01T03:00:00Z");
}

const titles = async (text: string) => listedTitles(await workshopsCommand(text, catalogue())).sort();

describe("where a workshop was held, and whom it was for", () => {
  it("in: and host: keep the workshops held in the country", async () => {
    const held = ["National Workshop on AEO for Fiji", "Sub-regional Workshop on PCA for the Pacific"];
    expect(await titles("past in:Fiji")).toEqual(held);
    expect(await titles("past host:Fiji")).toEqual(held);
  });

  it("for: keeps the workshops for the country, wherever held", async () => {
    expect(await titles("past for:Fiji")).toEqual([
      "National Workshop on AEO for Fiji",
      "National Workshop on RKC for Fiji held abroad",
    ]);
  });

  it("a bare country: matches either, and the reply says how it was read", async () => {
    const reply = await workshopsCommand("past country:Fiji", catalogue());
    expect(listedTitles(reply)).toHaveLength(3);
    expect(valid(reply)).toContain("country:Fiji lists workshops for Fiji or held there");
  });

  it("names the filters it knows when one is wrong", () => {
    expect(extractFilters("venue:Suva")).toEqual({
      error:
        'I don\'t know the filter "venue:". Use country:, for:, in: (or host:), kind:, topic:, item: or sponsor:.',
    });
  });

  it("help documents the host filter", async () => {
    expect(valid(await workshopsCommand("help", catalogue()))).toMatch(
      /in:Thailand.*host:Thailand.*held there/,
    );
  });
});
