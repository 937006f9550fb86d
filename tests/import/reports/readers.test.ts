import { describe, expect, it } from "vitest";
import { readLists } from "../../../src/import/reports/bullets.ts";
import { parsePlace } from "../../../src/import/reports/countries.ts";
import { readCounts, readSponsor } from "../../../src/import/reports/details.ts";
import { readBlocks } from "../../../src/import/reports/events-2col.ts";
import { parseReport } from "../../../src/import/reports/index.ts";

describe("the readers on made-up reports", () => {
  it("reads a two-line title above a date line and its narrative", () => {
    const lines = [
      "Some closing sentence of the previous event.",
      "WCO National Workshop on Risk Management for Tonga and",
      "Vanuatu",
      "3-7 September 2018, Nuku'alofa, Tonga",
      "With sponsorship of the Korea Customs Co-operation Fund, eighteen officers took part.",
    ];
    const { entries } = readBlocks(lines);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: "WCO National Workshop on Risk Management for Tonga and Vanuatu",
      line: 2,
      start: "2018-09-03",
      end: "2018-09-07",
      city: "Nuku'alofa",
      country: "Tonga",
      participants: 18,
      sponsor: "CCF-Korea",
    });
  });

  it("gives the bullets under a funded-by heading its sponsor, and reads month-only entries", () => {
    const lines = [
      "(Activities Funded by CCF-China)",
      "- National Workshop on HS in Bhutan on 3-5 October 2019",
      "Some prose ends the list.",
      "- Regional Workshop on ROO in Kashiwa, Japan on 7-9 October 2019",
      "WCO Sub-Regional Workshop on AEO for the Pacific (Nov.",
      "2019)",
    ];
    const { entries } = readLists(lines, new Set());
    expect(entries.map((e) => [e.title, e.start, e.sponsor, e.city, e.country])).toEqual([
      ["National Workshop on HS", "2019-10-03", "CCF-China", null, "Bhutan"],
      ["Regional Workshop on ROO", "2019-10-07", null, "Kashiwa", "Japan"],
      ["WCO Sub-Regional Workshop on AEO for the Pacific", "2019-11", null, null, null],
    ]);
  });

  it("reads places, counts and sponsors as printed in several ways", () => {
    expect(parsePlace("Manila, the, Philippines")).toEqual({ city: "Manila", country: "Philippines" });
    expect(parsePlace("Kuala Lumpur Malaysia")).toEqual({ city: "Kuala Lumpur", country: "Malaysia" });
    expect(parsePlace("Kish Island, Islamic Republic of Iran")).toEqual({
      city: "Kish Island",
      country: "Iran",
    });
    expect(parsePlace("Lima, Peru")).toEqual({ city: "Lima", country: "Peru" });
    expect(
      readCounts("A total of 28 Customs officials representing 22 WCO A/P regional Member administrations"),
    ).toEqual({
      participants: 28,
      administrations: 22,
    });
    expect(readCounts("in which sixteen Customs Officials from the Region took part")).toEqual({
      participants: 16,
      administrations: null,
    });
    expect(readCounts("Annual Report 2017/2018 provide participants with")).toEqual({
      participants: null,
      administrations: null,
    });
    expect(readSponsor("under the financial support of Customs Cooperation Fund of Korea to")).toBe(
      "CCF-Korea",
    );
    expect(readSponsor("with the sponsorship of the Japanese Customs Cooperation Fund")).toBe("CCF-Japan");
    expect(readSponsor("under the sponsorship of CCF/Japan, in which")).toBe("CCF-Japan");
  });

  it("finds nothing in a document that is not a report, and skips the plan tables it is told to", () => {
    const lines = ["Annual Report 2019/2020", "- Regional Workshop on AEO in Seoul, Korea on 2-4 March 2020"];
    expect(parseReport(lines, [[2, 2]]).workshops).toEqual([]);
    expect(parseReport(lines, []).workshops.map((w) => w.start)).toEqual(["2020-03-02"]);
    expect(parseReport(["Dear colleagues,", "the meeting is postponed."], [])).toMatchObject({
      title: null,
      workshops: [],
      surveys: [],
    });
  });

  it("leaves out events dated before the report's year", () => {
    const lines = ["Annual Report 2019/2020", "- Regional Workshop on AEO in Seoul, Korea on 2-4 March 2019"];
    expect(parseReport(lines, []).workshops).toEqual([]);
  });
});

describe("approximate counts", () => {
  it("are not taken as the number of participants", () => {
    expect(readCounts("More than 40 Customs officers participated in the workshop").participants).toBeNull();
    expect(readCounts("Around 25 Participants from the Customs administrations").participants).toBeNull();
    expect(readCounts("In total, 27 participants from 20 member administrations attended")).toEqual({
      participants: 27,
      administrations: 20,
    });
  });
});
