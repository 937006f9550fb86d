import { describe, expect, it } from "vitest";
import { deliveryOn, followUpDue, hasDayPrecision, isTooLate, nudgeDue } from "../../src/surveys/due.ts";

describe("followUpDue: end date + N calendar months, 09:00 local, weekdays only", () => {
  const cases: Array<[string, number, string, string, string]> = [
    // end date, months, zone, local due date, instant (UTC)
    ["2024-06-14", 6, "Asia/Bangkok", "2024-12-16", "2024-12-16T02:00:00.000Z"], // 14 Dec is a Saturday
    ["2024-08-31", 6, "Asia/Bangkok", "2025-02-28", "2025-02-28T02:00:00.000Z"], // clamps to 28 Feb (Fri)
    ["2023-08-31", 6, "Asia/Bangkok", "2024-02-29", "2024-02-29T02:00:00.000Z"], // leap year: 29 Feb (Thu)
    ["2019-08-31", 6, "UTC", "2020-03-02", "2020-03-02T09:00:00.000Z"], // 29 Feb 2020 is a Saturday → Mon 2 Mar
    ["2024-03-31", 6, "Asia/Bangkok", "2024-09-30", "2024-09-30T02:00:00.000Z"], // 30-day month clamp
    ["2024-05-31", 1, "UTC", "2024-07-01", "2024-07-01T09:00:00.000Z"], // 30 Jun is a Sunday → Monday
    ["2024-09-10", 6, "Pacific/Auckland", "2025-03-10", "2025-03-09T20:00:00.000Z"], // NZDT +13
    ["2024-09-10", 6, "America/New_York", "2025-03-10", "2025-03-10T13:00:00.000Z"], // EDT begins 9 Mar
    ["2024-05-05", 6, "Europe/Brussels", "2024-11-05", "2024-11-05T08:00:00.000Z"], // CET after DST ends
    ["2024-12-31", 6, "Asia/Kolkata", "2025-06-30", "2025-06-30T03:30:00.000Z"], // half-hour zone
    ["2024-12-13", 12, "Asia/Tokyo", "2025-12-15", "2025-12-15T00:00:00.000Z"], // 13 Dec 2025 is a Saturday
  ];
  it.each(cases)("%s + %i months in %s → %s", (end, months, zone, date, instant) => {
    const due = followUpDue(end, months, zone);
    expect(due?.date).toBe(date);
    expect(due?.at.toISOString()).toBe(instant);
    expect(due && due.windowOpensAt <= due.at).toBe(true);
  });

  it("does not survey a workshop known only to the month", () => {
    expect(followUpDue("2017-11", 6, "UTC")).toBeNull();
    expect(followUpDue(null, 6, "UTC")).toBeNull();
    expect(hasDayPrecision("2017-11")).toBe(false);
  });

  it("falls back to UTC for a zone it does not know instead of losing the reminder", () => {
    expect(deliveryOn("2025-01-15", "Mars/Olympus").at.toISOString()).toBe("2025-01-15T09:00:00.000Z");
  });
});

describe("nudgeDue and the grace period", () => {
  it("nudges N days after the local send date, at 09:00, off the weekend", () => {
    // Sent Mon 16 Dec 2024 09:00 Bangkok; +14 days = Mon 30 Dec.
    expect(nudgeDue(new Date("2024-12-16T02:00:00Z"), 14, "Asia/Bangkok").date).toBe("2024-12-30");
    // Sent Fri 6 Dec; +15 days = Sat 21 Dec → Mon 23 Dec.
    expect(nudgeDue(new Date("2024-12-06T02:00:00Z"), 15, "Asia/Bangkok").date).toBe("2024-12-23");
  });

  it("is too late only strictly past the grace period", () => {
    const due = new Date("2025-01-01T00:00:00Z");
    expect(isTooLate(due, new Date("2025-01-31T00:00:00Z"), 30)).toBe(false);
    expect(isTooLate(due, new Date("2025-01-31T00:00:01Z"), 30)).toBe(true);
  });
});
