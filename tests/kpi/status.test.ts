import { describe, expect, it } from "vitest";
import { type KpiStatusName, kpiStatus, progressBar } from "../../src/kpi/status.ts";
import { parseTarget } from "../../src/kpi/targets.ts";

// SAP 2022-2024: 731 days from 1 Jul 2022 to the end of 30 Jun 2024 (UTC here).
const PERIOD = {
  periodStart: "2022-07-01",
  periodEnd: "2024-06-30",
  deadline: "2024-06-30",
  timeZone: "UTC",
};
const HALF = "2023-07-01T12:00:00Z";
const THREE_QUARTERS = "2023-12-31T06:00:00Z";
const BEFORE = "2022-06-01T00:00:00Z";
const AFTER = "2024-07-05T00:00:00Z";

type Case = [string, string, number | null, string, KpiStatusName];

const CASES: Case[] = [
  // Members and counts: prorated over the elapsed part of the period.
  ["At least 27/33 Members", "half: figure = floor(27 × 0.5)", 13, HALF, "on track"],
  ["At least 27/33 Members", "half: below the pace, above two-thirds of it", 10, HALF, "at risk"],
  ["At least 27/33 Members", "half: under two-thirds of the pace", 8, HALF, "behind"],
  ["At least 27/33 Members", "reaching the target early", 27, HALF, "met"],
  ["At least 27/33 Members", "before the period starts", 0, BEFORE, "on track"],
  ["At least 27/33 Members", "after the deadline, short", 26, AFTER, "missed"],
  ["At least 27/33 Members", "after the deadline, reached", 27, AFTER, "met"],
  ["33/33 Members", "three quarters, 24 of 33 (floor of 24.75)", 24, THREE_QUARTERS, "on track"],
  ["33/33 Members", "three quarters, 23 of 33", 23, THREE_QUARTERS, "at risk"],
  ["At least 28 MRA", "half: 14 of 28", 14, HALF, "on track"],
  ["At least 10 success stories", "after the deadline, 9", 9, AFTER, "missed"],
  // Rates: the number so far against the rate over the time so far (6 in two years).
  ["At least 3 times per year", "half: 3 of 6", 3, HALF, "on track"],
  ["At least 3 times per year", "half: 2 of 6", 2, HALF, "at risk"],
  ["At least 3 times per year", "half: 1 of 6", 1, HALF, "behind"],
  ["At least 3 times per year", "all 6", 6, HALF, "met"],
  ["Once in two years", "half, none yet", 0, HALF, "on track"],
  ["Once in two years", "after the deadline, none", 0, AFTER, "missed"],
  ["At least once per quarter", "three quarters: 6 of 8", 6, THREE_QUARTERS, "on track"],
  // Levels: compared as they stand; met or missed only at the deadline.
  ["At least average of 4 out of 5", "4.2 during the period", 4.2, HALF, "on track"],
  ["At least average of 4 out of 5", "3.6 = 90% of 4", 3.6, HALF, "at risk"],
  ["At least average of 4 out of 5", "3.5", 3.5, HALF, "behind"],
  ["At least average of 4 out of 5", "4.0 at the deadline", 4, AFTER, "met"],
  ["At least average of 4 out of 5", "3.9 at the deadline", 3.9, AFTER, "missed"],
  ["At least 25% of the participations", "23%", 23, HALF, "at risk"],
  ["At least 25% of the participations", "22%", 22, HALF, "behind"],
  ["At least 25% of the participations", "30%", 30, HALF, "on track"],
  ["At least 20% annual growth of female Head of delegation", "20%", 20, HALF, "on track"],
  // No data.
  ["At least 27/33 Members", "no figure", null, HALF, "no data"],
  ["23/23 members At least 30/33 members (for non-CPs)", "unread target", 20, HALF, "no data"],
];

describe("kpiStatus", () => {
  it.each(CASES)("%s, %s → %s", (target, _why, figure, now, expected) => {
    const r = kpiStatus({ ...PERIOD, target: parseTarget(target), figure, now: new Date(now) });
    expect(r.status).toBe(expected);
  });

  it("says why, as staff read it", () => {
    const r = kpiStatus({
      ...PERIOD,
      target: parseTarget("At least 27/33 Members"),
      figure: 25,
      now: new Date(THREE_QUARTERS),
    });
    expect(r.reason).toBe("25 of 27 Members, 93%; 75% of the period elapsed → on track");
    expect(r.progress).toBeCloseTo(25 / 27);
  });

  it("gives rates against the rate so far", () => {
    const r = kpiStatus({
      ...PERIOD,
      target: parseTarget("At least 3 times per year"),
      figure: 2,
      now: new Date(HALF),
    });
    expect(r.reason).toBe(
      "2 times so far, 2 per year, against at least 3 times per year; 50% of the period elapsed → at risk",
    );
  });

  it("names the deadline when missed", () => {
    const r = kpiStatus({
      ...PERIOD,
      target: parseTarget("At least 27/33 Members"),
      figure: 26,
      now: new Date(AFTER),
    });
    expect(r.reason).toBe("26 of 27 Members, 96% at the deadline (30 Jun 2024) → missed");
  });

  it("uses an earlier deadline than the period end", () => {
    const now = new Date("2024-04-05T00:00:00Z");
    const input = { ...PERIOD, target: parseTarget("At least 27/33 Members"), figure: 26, now };
    expect(kpiStatus({ ...input, deadline: "2024-03-31" }).status).toBe("missed");
    expect(kpiStatus({ ...input, deadline: null }).status).toBe("on track");
  });

  it("ignores a deadline before the period (a misprint) and uses the period end", () => {
    const r = kpiStatus({
      ...PERIOD,
      deadline: "1013-06-30",
      target: parseTarget("At least 27/33 Members"),
      figure: 13,
      now: new Date(HALF),
    });
    expect(r.status).toBe("on track");
  });

  it("measures the elapsed period when the figure was taken", () => {
    const input = {
      ...PERIOD,
      target: parseTarget("At least 27/33 Members"),
      figure: 13,
      now: new Date("2024-03-15T00:00:00Z"),
    };
    expect(kpiStatus({ ...input, asOf: "2023-07-01" }).status).toBe("on track");
    expect(kpiStatus(input).status).toBe("behind");
  });

  it("explains no data", () => {
    const base = { ...PERIOD, now: new Date(HALF) };
    expect(kpiStatus({ ...base, target: null, figure: 3 }).reason).toBe("no target in the plan → no data");
    expect(kpiStatus({ ...base, target: parseTarget("33/33 Members"), figure: null }).reason).toBe(
      "no figure yet → no data",
    );
    expect(kpiStatus({ ...base, target: parseTarget("Improve"), figure: 1 }).reason).toMatch(
      /^target not understood/,
    );
  });

  it("reads dates in the office time zone", () => {
    // 23:30 UTC on 30 Jun 2024 is already 1 Jul in Bangkok: past the deadline there.
    const input = {
      ...PERIOD,
      target: parseTarget("At least 27/33 Members"),
      figure: 26,
      now: new Date("2024-06-30T23:30:00Z"),
    };
    expect(kpiStatus({ ...input, timeZone: "UTC" }).status).toBe("on track");
    expect(kpiStatus({ ...input, timeZone: "Asia/Bangkok" }).status).toBe("missed");
  });
});

describe("progressBar", () => {
  it.each([
    [null, ""],
    [0, "░░░░░░░░░░ 0%"],
    [25 / 27, "█████████░ 93%"],
    [0.999, "█████████░ 100%"],
    [1, "██████████ 100%"],
    [1.5, "██████████ 150%"],
  ])("%s → %j", (p, bar) => {
    expect(progressBar(p)).toBe(bar);
  });
});
