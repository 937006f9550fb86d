import { describe, expect, it } from "vitest";
import { type DateReference, datesIn, referenceIn } from "../../../src/import/articles/dates.ts";

const spans = (text: string, reference: DateReference | null = null) =>
  datesIn(text, reference).map((d) => [d.start, d.end]);

describe("dates read by chrono-node with the office's forms added", () => {
  it.each([
    ["chrono's own range", "from 12 to 16 September 2016, with", null, [["2016-09-12", "2016-09-16"]]],
    [
      "a list of days runs from the first to the last",
      "7, 8 and 10 May 2019, Bangkok",
      null,
      [["2019-05-07", "2019-05-10"]],
    ],
    [
      "a range across months",
      "28 October - 1 November 2019 | Port Moresby",
      null,
      [["2019-10-28", "2019-11-01"]],
    ],
    ["a range across the year's end", "29 December - 2 January 2012", null, [["2011-12-29", "2012-01-02"]]],
    ["part of a month is the month", "In early May 2022, staff gathered", null, [["2022-05", "2022-05"]]],
    ["a month and its year", "Newsletter, March 2019", null, [["2019-03", "2019-03"]]],
    ["no year and no reference: not read", "from 4-8 March", null, []],
    [
      "no year under a dated heading",
      "From 4-8 March, Tonga Customs",
      { date: "2019-03" },
      [["2019-03-04", "2019-03-08"]],
    ],
    [
      "November in FY2016/17 is 2016",
      "From 14 to 18 November",
      { fiscalYear: "2016/17" },
      [["2016-11-14", "2016-11-18"]],
    ],
    [
      "February in FY2016/17 is 2017",
      "from 20 to 24 February",
      { fiscalYear: "2016/17" },
      [["2017-02-20", "2017-02-24"]],
    ],
    ["'last week' is no date", "was held in Suva last week", { date: "2019-05-01" }, []],
  ] as const)("%s", (_what, text, reference, expected) => {
    expect(spans(text, reference)).toEqual(expected);
  });

  it("headings set the reference: a fiscal year, else their first date", () => {
    expect(referenceIn("Highlights of FY2016/17", null)).toEqual({ fiscalYear: "2016/17" });
    expect(referenceIn("Newsletter of the ROCB A/P, March 2019", null)).toEqual({ date: "2019-03" });
    expect(referenceIn("Regional workshops", { date: "2019-03" })).toEqual({ date: "2019-03" });
  });
});
