import { describe, expect, it } from "vitest";
import { allWorkshops } from "../../../src/catalogue/workshops.ts";
import { openDatabase } from "../../../src/db/open.ts";
import { exportCatalogue } from "../../../src/export/catalogue.ts";
import { importFiles } from "../../../src/import/importer.ts";
import { audienceOf, regionNamed } from "../../../src/import/reports/audience.ts";
import { find, seedReport } from "./helpers.ts";

const where = (w: { countries: string[]; city: string | null; hostCountry: string | null }) => ({
  countries: w.countries,
  city: w.city,
  hostCountry: w.hostCountry,
});

describe("the audience apart from the place", () => {
  it("names a region as printed, never a member", () => {
    expect(regionNamed("WCO Sub-Regional Workshop for Oceania Members on Combating Counterfeiting")).toBe(
      "Oceania Members",
    );
    expect(regionNamed("Sub-regional Workshop on PCA Train-the-trainer for the Pacific Islands")).toBe(
      "Pacific Islands",
    );
    expect(regionNamed("ADB/WCO TRS Workshop for ASEAN Countries")).toBe("ASEAN Countries");
    expect(regionNamed("National Workshop on AEO for Fiji")).toBeNull();
    expect(regionNamed("Regional Seminar for National Focal Points")).toBeNull();
  });

  it("takes a national workshop's or a mission's host as its audience, not a regional event's", () => {
    expect(audienceOf(["National Workshop on IPR"], "national", "Fiji")).toEqual(["Fiji"]);
    expect(audienceOf(["Joint Mission with ADB"], "mission", "Vietnam")).toEqual(["Vietnam"]);
    expect(audienceOf(["Regional Workshop: Train-the-trainer on IPR"], "regional", "Japan")).toEqual([]);
    expect(audienceOf(["WCO Council Session"], "meeting", "Belgium")).toEqual([]);
    expect(audienceOf(["Workshop on AEO", "Workshop on AEO for Fiji and Samoa"], "regional", "Fiji")).toEqual(
      ["Fiji", "Samoa"],
    );
  });
});

describe("audience and host in the annual reports", () => {
  const r2011 = seedReport("000_").workshops;
  const r2017 = seedReport("001_").workshops;

  it("2011/12: a train-the-trainer held in Kashiwa is for the region, one in Suva for the Pacific Islands, a council session for no one", () => {
    expect(where(find(r2011, /Train-the-trainer on IPR/))).toEqual({
      countries: [],
      city: "Kashiwa",
      hostCountry: "Japan",
    });
    // Dated "Sub-regional Workshop: Train-the-trainer on PCA in Suva, Fiji"; an undated bullet of the
    // same workshop says "… for Pacific Islands".
    expect(where(find(r2011, /Train-the-trainer on PCA/))).toEqual({
      countries: ["Pacific Islands"],
      city: "Suva",
      hostCountry: "Fiji",
    });
    expect(where(find(r2011, /^WCO Council Session$/))).toEqual({
      countries: [],
      city: "Brussels",
      hostCountry: "Belgium",
    });
    expect(where(find(r2011, /National Workshop on AEO/, "2011-08-09"))).toEqual({
      countries: ["Fiji"],
      city: "Suva",
      hostCountry: "Fiji",
    });
  });

  it("2017/18: listed Members, a region as printed, and the host kept apart", () => {
    expect(where(find(r2017, /SAFE and Authorized Economic Operator for Papua New Guinea/))).toEqual({
      countries: ["Papua New Guinea", "Samoa", "Tonga"],
      city: "Port Moresby",
      hostCountry: "Papua New Guinea",
    });
    expect(where(find(r2017, /Sub-Regional Workshop for Oceania Members/))).toEqual({
      countries: ["Oceania Members"],
      city: "Suva",
      hostCountry: "Fiji",
    });
    expect(where(find(r2017, /132nd WCO Council Session/))).toEqual({
      countries: [],
      city: "Brussels",
      hostCountry: "Belgium",
    });
    expect(where(find(r2017, /Time Release Study for Maldives/))).toMatchObject({
      countries: ["Maldives"],
      hostCountry: "Maldives",
    });
  });
});

describe("the catalogue keeps the host country", () => {
  it("writes it beside the audience and reads it back", () => {
    const db = openDatabase(":memory:");
    importFiles(db, [new URL("../../../data/000_c39eaffb30ead070.txt", import.meta.url).pathname]);
    const ipr = allWorkshops(db).find((w) => /Train-the-trainer on IPR/.test(w.title));
    expect(ipr && where(ipr)).toEqual({ countries: [], city: "Kashiwa", hostCountry: "Japan" });
  });

  it("exports it beside the audience (npm run export -- catalogue)", () => {
    const db = openDatabase(":memory:");
    importFiles(db, [new URL("../../../data/000_c39eaffb30ead070.txt", import.meta.url).pathname]);
    const exported = (topic: RegExp) => {
      const w = exportCatalogue(db).workshops.find((x) => topic.test(x.title));
      return w && [w.countries, w.city, w.host_country];
    };
    expect(exported(/Train-the-trainer on IPR/)).toEqual([[], "Kashiwa", "Japan"]);
    expect(exported(/Train-the-trainer on PCA/)).toEqual([["Pacific Islands"], "Suva", "Fiji"]);
  });
});
