import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlans } from "../../src/import/plans/index.ts";
import { parseTarget, type Target, targetTotal } from "../../src/kpi/targets.ts";

// Omit applied to each member of the union.
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type Expect = DistributiveOmit<Target, "text">;

const m = (count: number, of = 33, atLeast = true, ofPrinted = true, qualifier: string | null = null) =>
  ({ kind: "members", atLeast, count, of, ofPrinted, qualifier }) as const;
const rate = (times: number, everyMonths: number, atLeast = true, unit: "times" | "Members" = "times") =>
  ({ kind: "rate", atLeast, times, everyMonths, unit }) as const;
const share = (percent: number, of: string, atLeast = true) =>
  ({ kind: "share", atLeast, percent, of }) as const;
const count = (n: number, unit: string, atLeast = true) =>
  ({ kind: "count", atLeast, count: n, unit }) as const;

/**
 * Every target printed in the seed plans (data/000 SAP 2012-2014, data/001 SAP 2018-2020, data/003
 * SAP 2022-2024; data/004 AWP 2024-2025 prints none), as stored after import, plus the pieces of
 * targets the documents run together or break over lines.
 */
const SEED_TARGETS: Array<[string, Expect]> = [
  // data/000, SAP 2012-2014
  ["19/19 members", m(19, 19, false)],
  ["At least once per year", rate(1, 12)],
  ["At least 18/33 members", m(18)],
  ["23/23 members", m(23, 23, false)],
  ["At least 30/33 members (for non-CPs)", m(30, 33, true, true, "(for non-CPs)")],
  ["At least 20/33 members", m(20)],
  ["At least 13/33 members", m(13)],
  ["At least 10/33 members", m(10)],
  ["At least 15/33 members", m(15)],
  ["At least 22/33 members", m(22)],
  ["At least 11/33 members", m(11)],
  ["Once in two years", rate(1, 24, false)],
  ["At least 3 times per year", rate(3, 12)],
  ["At least 4 times per year", rate(4, 12)],
  ["At least twice per year", rate(2, 12)],
  [
    "Use of accredited experts for at least one half of the requested missions",
    share(50, "the requested missions"),
  ],
  ["Meet at least 75% of the ROCB A/P requests", share(75, "the ROCB A/P requests")],
  ["At least 25/33 members", m(25)],
  ["At least once per month", rate(1, 1)],
  ["At least average of 4 out of 5", { kind: "score", atLeast: true, score: 4, outOf: 5 }],
  ["Once per year", rate(1, 12, false)],
  ["At least once every quarter", rate(1, 3)],
  ["At least once per quarter", rate(1, 3)],
  // data/001, SAP 2018-2020
  ["At least 22/33 Members", m(22)],
  ["At least 14/33 Members", m(14)],
  ["33/33 Members", m(33, 33, false)],
  ["At least 24/33 Members", m(24)],
  ["At least 19/33 Members", m(19)],
  ["At least 28 Members", m(28, 33, true, false)],
  ["At least 33/33 Members", m(33)],
  ["At least 20/33 Members", m(20)],
  ["20/33 Members", m(20, 33, false)],
  ["At least 17/33 Members", m(17)],
  ["for at least one half of the requested missions", share(50, "the requested missions")],
  ["Meet at least 75% of the ROCB requests", share(75, "the ROCB requests")],
  ["At least 50% of positive replies", share(50, "positive replies")],
  // data/003, SAP 2022-2024
  ["At least 27/33 Members", m(27)],
  ["At least 28 MRA", count(28, "MRA")],
  ["At least 28/33 Members", m(28)],
  ["At least 27 Members", m(27, 33, true, false)],
  ["6 new contracting parties", count(6, "new contracting parties", false)],
  ["At least 5 Members per year", rate(5, 12, true, "Members")],
  ["At least 11/33 Members", m(11)],
  ["Once a year", rate(1, 12, false)],
  ["25/33 Members", m(25, 33, false)],
  ["23/33 Members", m(23, 33, false)],
  ["once per year", rate(1, 12, false)],
  // A count of Members, so bounded by the membership like "At least 27 Members".
  ["At least 2 Members", m(2, 33, true, false)],
  ["At least 25% of the participations", share(25, "the participations")],
  [
    "At least 20% annual growth of female Head of delegation at international forums.",
    {
      kind: "growth",
      atLeast: true,
      percentPerYear: 20,
      of: "female Head of delegation at international forums",
    },
  ],
  ["At least 10 success stories", count(10, "success stories")],
  ["At least once every 2 years", rate(1, 24)],
];

/**
 * Targets no rule reads: they stay text, flagged, and count as "no data". None in the seeds since the plan
 * parser splits a cell holding two unlabelled targets (data/000 1-(d)) into one target per KPI.
 */
const UNREAD: string[] = [];

describe("parseTarget on every seed target", () => {
  it.each(SEED_TARGETS)("%s", (text, expected) => {
    expect(parseTarget(text)).toEqual({ ...expected, text });
  });

  it("lists exactly the unread ones", () => {
    const unread = SEED_TARGETS.filter(([t]) => parseTarget(t).kind === "text").map(([t]) => t);
    expect(unread).toEqual(UNREAD);
  });

  it("covers every target the plan parser reads from data/", () => {
    const known = new Set(SEED_TARGETS.map(([t]) => t));
    const seen = new Set<string>();
    for (const file of readdirSync("data").filter((f) => f.endsWith(".txt"))) {
      const { plans } = parsePlans(readFileSync(`data/${file}`, "utf8").split(/\r?\n/));
      for (const item of plans.flatMap((p) => p.items)) for (const t of item.targets) seen.add(t);
    }
    expect(seen.size).toBeGreaterThan(40);
    expect([...seen].filter((t) => !known.has(t))).toEqual([]);
  });
});

describe("parseTarget beyond the seeds", () => {
  it.each([
    ["once per quarter", rate(1, 3, false)],
    ["At least once every 2 years", rate(1, 24)],
    ["at least 3 times a year", rate(3, 12)],
    ["At least 40% of positive replies", share(40, "positive replies")],
  ] as Array<[string, Expect]>)("%s", (text, expected) => {
    expect(parseTarget(text)).toEqual({ ...expected, text });
  });

  it.each([
    "",
    "To be determined",
    "40/33 Members",
    "At least 34 Members",
    "At least average of 6 out of 5",
    "Improve the situation",
    "At least 3 per",
  ])("leaves %j unread", (text) => {
    expect(parseTarget(text)).toEqual({ kind: "text", text, flagged: true });
  });
});

describe("targetTotal", () => {
  it("asks for the rate times the window, at least once", () => {
    expect(targetTotal(parseTarget("At least 3 times per year"), 24)).toBe(6);
    expect(targetTotal(parseTarget("At least once per quarter"), 24)).toBe(8);
    expect(targetTotal(parseTarget("Once in two years"), 12)).toBe(1);
    expect(targetTotal(parseTarget("At least 27/33 Members"), 24)).toBe(27);
    expect(targetTotal(parseTarget("At least average of 4 out of 5"), 24)).toBeNull();
  });
});
