import { describe, expect, it } from "vitest";
import { formatDate, formatDateRange, officeToday } from "../../src/blocks/dates.ts";

describe("dates read like the office writes them", () => {
  it.each([
    ["2011-09-19", "2011-09-23", "19-23 Sep 2011"],
    ["2012-05-28", "2012-06-01", "28 May - 1 Jun 2012"],
    ["2011-12-30", "2012-01-02", "30 Dec 2011 - 2 Jan 2012"],
    ["2017-11", "2017-11", "Nov 2017"],
    ["2017-11", null, "Nov 2017"],
    ["2017-11", "2017-12", "Nov - Dec 2017"],
    ["2012-04-27", "2012-04-27", "27 Apr 2012"],
    [null, null, "date to be confirmed"],
  ])("%s..%s → %s", (start, end, expected) => {
    expect(formatDateRange(start, end)).toBe(expected);
  });

  it("formats single dates and keeps unreadable text as is", () => {
    expect(formatDate("2024-09-01")).toBe("1 Sep 2024");
    expect(formatDate("sometime")).toBe("sometime");
  });

  it("takes today in the office time zone", () => {
    // 20:00 UTC on 31 Aug is already 1 Sep in Bangkok.
    expect(officeToday(new Date("2024-08-31T20:00:00Z"), "Asia/Bangkok")).toBe("2024-09-01");
    expect(officeToday(new Date("2024-08-31T20:00:00Z"), "UTC")).toBe("2024-08-31");
  });
});
