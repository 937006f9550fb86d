import { describe, expect, it } from "vitest";
import {
  CatalogueSearch,
  canonicalCountries,
  canonicalCountry,
  conceptsIn,
  sameCountry,
  splitQuery,
} from "../../src/search/index.ts";
import { insertWorkshop, sampleCatalogue } from "../commands/fixtures.ts";

describe("synonyms", () => {
  it.each([
    ["Lao", "lao"],
    ["Laos", "lao"],
    ["Lao PDR", "lao"],
    ["Lao People's Dem. Rep.", "lao"],
    ["Lao People’s Democratic Republic", "lao"],
    ["RM", "rm"],
    ["risk management", "rm"],
    ["HS", "hs"],
    ["PCA", "pca"],
    ["post clearance audit", "pca"],
    ["Post-Clearance Audit", "pca"],
    ["SW", "sw"],
    ["single window", "sw"],
    ["TRS", "trs"],
    ["Time Release Study", "trs"],
    ["AEO", "aeo"],
    ["Authorized Economic Operators", "aeo"],
    ["ROO", "roo"],
    ["rules of origin", "roo"],
    ["origin", "roo"],
    ["PNG", "png"],
    ["Papua New Guinea", "png"],
    ["gender", "gender"],
    ["women's participation", "gender"],
    ["classification", "hs"],
    ["e-commerce", "ecommerce"],
    ["E-Commerce", "ecommerce"],
    ["Viet Nam", "vietnam"],
  ])("%s → %s", (text, token) => {
    expect(conceptsIn(text)).toEqual([token]);
  });

  it("matches whole words only", () => {
    expect(conceptsIn("Swaziland harmless roomy")).toEqual([]);
  });

  it("splits a query into concepts and words", () => {
    expect(splitQuery("risk management Fiji")).toEqual({ concepts: ["rm"], rest: "  Fiji" });
  });

  it("compares countries however they are written", () => {
    expect(sameCountry("Laos", "Lao People's Dem. Rep.")).toBe(true);
    expect(sameCountry("papua-new-guinea", "Papua New Guinea")).toBe(true);
    expect(sameCountry("Guinea", "Papua New Guinea")).toBe(false);
    expect(sameCountry("Fiji", "Fiji")).toBe(true);
    expect(sameCountry("PNG", "Papua New Guinea")).toBe(true);
    expect(sameCountry("Viet Nam", "Vietnam")).toBe(true);
  });

  it("gives one name per country", () => {
    expect(canonicalCountries(["Laos", "Lao PDR", "Lao People's Dem. Rep.", "Fiji"])).toEqual([
      "Lao PDR",
      "Fiji",
    ]);
    expect(canonicalCountry("Palau, Republic of")).toBe("Palau");
    expect(canonicalCountry("Hong Kong China")).toBe("Hong Kong, China");
  });
});

describe("CatalogueSearch", () => {
  const world = sampleCatalogue();
  const search = CatalogueSearch.build(world.db);

  it("indexes workshops, action items and activities", () => {
    expect(search.size).toBe(12 + 8 + 43 + 1 + 2 + 3);
  });

  it("ranks records matching every term first", () => {
    const hits = search.search("risk management Fiji", ["workshop"]);
    expect(hits.slice(0, 2).map((h) => [h.ref, h.full])).toEqual([
      [world.w.fijiRm, true],
      [world.w.fijiCargo, true],
    ]);
    expect(hits.slice(2).every((h) => !h.full)).toBe(true);
  });

  it("maps activity hits to their action item", () => {
    expect(search.actionItems("cargo targetting")).toEqual([{ id: world.items.a, full: true }]);
  });

  it("returns nothing for empty or stop-word queries", () => {
    expect(search.search("")).toEqual([]);
    expect(search.search("the of for")).toEqual([]);
  });

  it("sees a workshop added after it was built, without a restart", () => {
    const id = insertWorkshop(world.db, { title: "National Workshop on Zoology for Tonga" });
    expect(search.workshops("zoology")).toEqual([{ id, full: true }]);
  });
});
