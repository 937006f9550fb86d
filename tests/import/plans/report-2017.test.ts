import { describe, expect, it } from "vitest";
import { parsePlans, plannedWorkshops } from "../../../src/import/plans/index.ts";
import { counts, item, refs, seedLines } from "./helpers.ts";

// PDF export with the table's columns interleaved line by line: read on a best-effort basis.
describe("Annual Report 2017/18 annexes (PDF columns interleaved)", () => {
  const { plans, ranges, unplaced } = parsePlans(seedLines("001_"));
  const [sap, awp] = plans;
  if (!sap || !awp) throw new Error("plans missing");

  it("finds Annex I (SAP 2018-2020) and Annex II (AWP 2018-2019) only", () => {
    expect(plans.map((p) => [p.kind, p.periodStart, p.periodEnd])).toEqual([
      ["SAP", "2018-07-01", "2020-06-30"],
      ["AWP", "2018-07-01", "2019-06-30"],
    ]);
    expect(ranges.map((r) => r[0])).toEqual([1974, 2580]);
    for (const u of unplaced) expect(u.line).toBeGreaterThan(1974);
  });

  it("counts items per pillar, mapping the numbered list 5.-32. to a)..bb)", () => {
    expect(counts(sap)).toEqual([28, 2, 10, 3]);
    expect(counts(awp)).toEqual([28, 2, 10, 3]);
    expect(item(sap, 1, "a").repairedLabel).toBe("5.");
    expect(item(sap, 1, "h").repairedLabel).toBe("12.");
    expect(item(sap, 1, "h").action).toMatch(
      /^Upon request, assist Member’s effort for: \(1\) smooth implementation of HS 2017/,
    );
  });

  it("gathers cells printed on separate lines", () => {
    const b = item(sap, 1, "b");
    expect(b.action).toBe(
      "Upon request, assist Member’s effort in developing national risk management database (e.g. nCEN)",
    );
    expect(b.rspRef).toBe("1.1.1 - 3rd milestone");
    expect(b.kpis).toEqual(["Number of Members"]);
    expect(b.targets).toEqual(["At least 14/33 Members"]);
    expect(b.deadline).toBe("June 2020");
    expect(item(sap, 1, "f").targets).toEqual(["At least 24/33 Members"]);
    expect(item(sap, 1, "a").deadline).toBe("On-going");
    expect(item(sap, 3, "b").targets).toEqual([
      "Use of accredited experts for at least one half of the requested missions",
    ]);
  });

  it("fills labels printed alone in a row with the paragraphs that follow, in order", () => {
    expect(item(sap, 3, "f").action).toMatch(/^Develop and conduct capacity building activities/);
    expect(item(sap, 3, "i").action).toMatch(/^Evaluate the impact od capacity building activities/);
    expect(item(sap, 4, "c").rspRef).toBe("ROCB A/P specific (not mentioned in the RSP)");
  });

  it("reads work plan bullets and RSP references", () => {
    const f = item(awp, 1, "f");
    expect(f.action).toBe(
      "Upon request, assist Member’s effort to accede to and implement the Revised Kyoto Convention (RKC)",
    );
    expect(f.rspRef).toBe("1.1.3 - 1st milestone");
    expect(f.activities.map((a) => a.text)).toEqual([
      "Conduct national workshops on the implementation of the RKC for Afghanistan",
    ]);
    const g = item(awp, 1, "g");
    expect(g.activities).toHaveLength(6);
    expect(refs(g.activities[2]?.seeAlso ?? [])).toEqual(["1-h", "1-y"]);
    const ws = plannedWorkshops(awp);
    const rkc = ws.find((w) =>
      w.title.startsWith("Conduct national workshops on the implementation of the RKC"),
    );
    expect(rkc?.countries).toEqual(["Afghanistan"]);
    expect(rkc?.kind).toBe("national");
  });
});
