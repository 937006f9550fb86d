import { describe, expect, it } from "vitest";
import { findDates, firstDate } from "../../../src/import/reports/dates.ts";
import { parseReport } from "../../../src/import/reports/index.ts";

const span = (text: string, year?: number) => {
  const d = firstDate(text, undefined, year);
  return d ? [d.start, d.end] : null;
};

describe("the date forms of issue 11", () => {
  it("reads a list of days as the span from the first to the last", () => {
    expect(span("held on 7, 8 and 10 May 2019 in Suva")).toEqual(["2019-05-07", "2019-05-10"]);
    expect(span("on 3, 4, 5 & 9 June 2020")).toEqual(["2020-06-03", "2020-06-09"]);
    expect(span("on 7,8 and 10 May 2019")).toEqual(["2019-05-07", "2019-05-10"]);
  });

  it("does not read the end of a fiscal year as a day", () => {
    expect(span("the FY 2016/17 February 2018 survey")).toEqual(["2018-02", "2018-02"]);
    expect(findDates("FY2016/17 March 2018").map((d) => d.precision)).toEqual(["month"]);
  });

  it("reads a comma between the month and the year", () => {
    expect(span("11-15 March, 2024, Bangkok")).toEqual(["2024-03-11", "2024-03-15"]);
    expect(span("on 5 April, 2019")).toEqual(["2019-04-05", "2019-04-05"]);
  });

  it("takes the year of a day-month range from the context when it prints none", () => {
    expect(span("from 4-8 March in Nadi", 2019)).toEqual(["2019-03-04", "2019-03-08"]);
    expect(span("from 17 to 19 April", 2018)).toEqual(["2018-04-17", "2018-04-19"]);
    expect(span("on 30 November - 2 December", 2018)).toEqual(["2018-11-30", "2018-12-02"]);
    expect(span("from 4-8 March in Nadi")).toBeNull();
    // A day-month with a year of its own keeps it.
    expect(span("from 4-8 March 2020", 2019)).toEqual(["2020-03-04", "2020-03-08"]);
  });
});

describe("a day-month date under a dated heading", () => {
  it("takes the heading's year", () => {
    const lines = [
      "Annual Report 2018/2019",
      "March 2019",
      "The ROCB A/P organized a National Workshop on Post Clearance Audit in Nadi, Fiji from 4-8 March with the support of the WCO.",
    ];
    const [w] = parseReport(lines, []).workshops;
    expect([w?.title, w?.start, w?.end, w?.city]).toEqual([
      "National Workshop on Post Clearance Audit",
      "2019-03-04",
      "2019-03-08",
      "Nadi",
    ]);
  });
});
