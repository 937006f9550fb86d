import { describe, expect, it } from "vitest";
import {
  findDates,
  firstDate,
  fiscalYearBounds,
  fiscalYearLabel,
} from "../../../src/import/reports/dates.ts";

const span = (text: string) => {
  const d = firstDate(text);
  return d ? [d.start, d.end] : null;
};

describe("dates in running text", () => {
  it.each([
    ["on 19-23 September 2011", "2011-09-19", "2011-09-23"],
    ["on 27 April 2012", "2012-04-27", "2012-04-27"],
    ["on 28 May-1 June 2012", "2012-05-28", "2012-06-01"],
    ["on 27 February-2 March 2012", "2012-02-27", "2012-03-02"],
    ["from 31 May to 1 June 2012", "2012-05-31", "2012-06-01"],
    ["31-July - 3 August 2017, Ulaanbaatar, Mongolia", "2017-07-31", "2017-08-03"],
    ["28 August 2017 – 1 September 2017, Ulaanbaatar", "2017-08-28", "2017-09-01"],
    ["22-27April 2018, Xiamen, China", "2018-04-22", "2018-04-27"],
    ["27 November -1 December 2017", "2017-11-27", "2017-12-01"],
    ["4 -6 December 2017", "2017-12-04", "2017-12-06"],
    ["28 and 29 August 2017", "2017-08-28", "2017-08-29"],
    ["On 31 October and 1 November 2011, the 9th Meeting", "2011-10-31", "2011-11-01"],
    ["on 24th August 2017", "2017-08-24", "2017-08-24"],
    ["On the 1st of December 2017", "2017-12-01", "2017-12-01"],
    ["September 19-23, 2011", "2011-09-19", "2011-09-23"],
  ])("%s", (text, start, end) => {
    expect(span(text)).toEqual([start, end]);
  });

  it("crosses a year: the first part without a year belongs to the year before", () => {
    expect(span("held on 29 December - 2 January 2012")).toEqual(["2011-12-29", "2012-01-02"]);
    expect(span("28 December 2017 - 3 January 2018")).toEqual(["2017-12-28", "2018-01-03"]);
  });

  it("keeps month precision when no day is printed, abbreviated or not", () => {
    expect(span("(Mar. 2018)")).toEqual(["2018-03", "2018-03"]);
    expect(span("(Sept 2017 in Japan)")).toEqual(["2017-09", "2017-09"]);
    expect(span("(Sep. 2016)")).toEqual(["2016-09", "2016-09"]);
    expect(span("(October 2011)")).toEqual(["2011-10", "2011-10"]);
    expect(span("(June 2012)")).toEqual(["2012-06", "2012-06"]);
    expect(span("Dec. 2011 - Jan. 2012")).toEqual(["2011-12", "2012-01"]);
  });

  it("prefers a day-precise date over an earlier month-only mention", () => {
    expect(span("In May 2012 it was held on 8-10 May 2012")).toEqual(["2012-05-08", "2012-05-10"]);
    expect(firstDate("In May 2012 only", "day")).toBeNull();
  });

  it("refuses impossible dates and does not read the verb may as a month", () => {
    expect(span("on 31 June 2012")).toBeNull();
    expect(span("on 23-19 September 2011")).toBeNull();
    expect(findDates("participants may 2012 attend")).toEqual([]);
  });

  it("finds every date of a line, left to right, with its position", () => {
    const all = findDates("from 9 to 13 October 2017 and again in (Nov. 2017)");
    expect(all.map((d) => [d.start, d.precision])).toEqual([
      ["2017-10-09", "day"],
      ["2017-11", "month"],
    ]);
    expect(all[0]?.index).toBe(5);
  });

  it("labels fiscal years and their bounds", () => {
    expect(fiscalYearLabel("2011", "2012")).toBe("2011/12");
    expect(fiscalYearLabel("2017", "18")).toBe("2017/18");
    expect(fiscalYearBounds("2017/18")).toEqual({ start: "2017-07-01", end: "2018-06-30" });
  });
});
