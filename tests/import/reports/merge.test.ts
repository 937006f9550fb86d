import { describe, expect, it } from "vitest";
import type { Unplaced } from "../../../src/import/parsed.ts";
import { type Entry, emptyDetails } from "../../../src/import/reports/entry.ts";
import { groupEntries, mergeGroup } from "../../../src/import/reports/merge.ts";

const entry = (over: Partial<Entry>): Entry => ({
  source: "list",
  title: "Regional Workshop on AEO",
  line: 1,
  start: null,
  end: null,
  city: null,
  country: null,
  ...emptyDetails(),
  ...over,
});
const FY = { start: "2017-07-01", end: "2018-06-30" };

describe("folding the mentions of one event", () => {
  it("merges a list bullet, a sponsor list and a narrative heading of the same workshop", () => {
    const mentions = [
      entry({
        line: 10,
        title: "Regional Workshop on AEO",
        start: "2011-09-19",
        end: "2011-09-23",
        country: "Korea",
      }),
      entry({
        line: 20,
        source: "heading",
        start: "2011-09-19",
        end: "2011-09-23",
        city: "Cheonan",
        country: "Korea",
        participants: 27,
        administrations: 20,
        venue: "CBCTC",
      }),
      entry({
        line: 30,
        title: "Regional Workshop on AEO",
        start: "2011-09-19",
        end: "2011-09-23",
        city: "Cheonan",
        country: "Korea",
        sponsor: "CCF-Korea",
      }),
      entry({
        line: 40,
        title: "Regional Workshop for Combating Counterfeiting and Piracy",
        start: "2011-09-19",
        end: "2011-09-23",
        country: "Korea",
      }),
    ];
    const groups = groupEntries(mentions, null);
    expect(groups.map((g) => g.map((m) => m.line))).toEqual([[10, 20, 30], [40]]);
    const unplaced: Unplaced[] = [];
    expect(mergeGroup(groups[0] as Entry[], unplaced)).toMatchObject({
      title: "Regional Workshop on AEO",
      kind: "regional",
      countries: [],
      hostCountry: "Korea",
      city: "Cheonan",
      venue: "CBCTC",
      start: "2011-09-19",
      end: "2011-09-23",
      participants: 27,
      administrations: 20,
      sponsor: "CCF-Korea",
      status: "held",
      line: 10,
    });
    expect(unplaced).toEqual([]);
  });

  it("takes the union of overlapping dates and the list's title", () => {
    const groups = groupEntries(
      [
        entry({
          line: 5,
          source: "heading",
          title: "WCO AP Regional Dialogue on Partnership for Customs Modernization",
          start: "2012-05-31",
          end: "2012-06-01",
        }),
        entry({
          line: 9,
          title: "Regional Workshop and Dialogue on Partnership for Customs Modernization",
          start: "2012-05-28",
          end: "2012-06-01",
        }),
      ],
      null,
    );
    expect(groups).toHaveLength(1);
    const w = mergeGroup(groups[0] as Entry[], []);
    expect([w.title, w.start, w.end]).toEqual([
      "Regional Workshop and Dialogue on Partnership for Customs Modernization",
      "2012-05-28",
      "2012-06-01",
    ]);
  });

  it("keeps the paragraph's dates when two mentions of one title disagree, and says so", () => {
    const groups = groupEntries(
      [
        entry({
          line: 3,
          title: "Regional Workshop for Combating Counterfeiting and Piracy",
          start: "2011-09-19",
          end: "2011-09-23",
        }),
        entry({
          line: 8,
          source: "heading",
          title: "Regional Workshop for Combating Counterfeiting and Piracy",
          start: "2011-09-26",
          end: "2011-09-30",
        }),
      ],
      null,
    );
    const unplaced: Unplaced[] = [];
    const w = mergeGroup(groups[0] as Entry[], unplaced);
    expect([groups.length, w.start, w.end]).toEqual([1, "2011-09-26", "2011-09-30"]);
    expect(unplaced[0]?.line).toBe(3);
  });

  it("does not merge the same topic for two members, nor two topics on one date", () => {
    const groups = groupEntries(
      [
        entry({
          title: "National Workshop on Valuation",
          country: "Lao PDR",
          start: "2012-01-23",
          end: "2012-01-27",
        }),
        entry({
          title: "National Workshop on Valuation",
          country: "Indonesia",
          start: "2012-01-30",
          end: "2012-02-02",
        }),
        entry({
          title: "Sub-regional Workshop: Train-the-trainer on PCA",
          country: "Fiji",
          start: "2011-09-19",
          end: "2011-09-23",
        }),
        entry({
          title: "Regional Workshop on AEO",
          country: "Korea",
          start: "2011-09-19",
          end: "2011-09-23",
        }),
      ],
      null,
    );
    expect(groups).toHaveLength(4);
  });

  it("folds a month-only summary entry into its dated twin, keeping the day precision", () => {
    const dated = entry({
      source: "block",
      line: 700,
      title: "WCO National Workshop on Post Clearance Audit for Malaysia",
      start: "2018-03-05",
      end: "2018-03-09",
      city: "Melaka",
      country: "Malaysia",
    });
    const summary = entry({
      source: "summary",
      line: 60,
      title: "WCO National Workshop on PCA for Malaysia",
      start: "2018-03",
      end: "2018-03",
    });
    const other = entry({
      source: "summary",
      line: 61,
      title: "WCO National Workshop on PCA for Iran",
      start: "2018-03",
      end: "2018-03",
    });
    const groups = groupEntries([summary, dated, other], FY);
    expect(groups.map((g) => g.map((m) => m.line).sort((a, b) => a - b))).toEqual([[60, 700], [61]]);
    const w = mergeGroup(groups[0] as Entry[], []);
    expect([w.title, w.start, w.line]).toEqual([
      "WCO National Workshop on Post Clearance Audit for Malaysia",
      "2018-03-05",
      60,
    ]);
    expect(mergeGroup(groups[1] as Entry[], []).start).toBe("2018-03");
  });

  it("reads a summary month outside the report's year as a misprinted year", () => {
    const dated = entry({
      source: "block",
      title: "WCO Regional Workshop on Cyber Investigation and Digital Forensics",
      start: "2017-11-21",
      end: "2017-11-23",
      country: "Hong Kong China",
    });
    const summary = entry({
      source: "summary",
      title: "WCO A/P Regional Workshop on Cyber Investigation and Digital Forensics",
      start: "2018-11",
      end: "2018-11",
      country: "Hong Kong China",
    });
    expect(groupEntries([summary, dated], FY)).toHaveLength(1);
    // Without a known report year, a year apart is two events.
    expect(groupEntries([summary, dated], null)).toHaveLength(2);
    const far = entry({ ...summary, title: "WCO Regional Workshop on Small Arms" });
    expect(groupEntries([far, dated], FY)).toHaveLength(2);
  });

  it("marks a workshop cancelled when a mention says so", () => {
    const w = mergeGroup([entry({ start: "2012-01-01", end: "2012-01-02", cancelled: true })], []);
    expect(w.status).toBe("cancelled");
  });
});
