import { describe, expect, it } from "vitest";
import { parsePlans, plannedWorkshops } from "../../../src/import/plans/index.ts";
import { counts, item, seedLines } from "./helpers.ts";

describe("Annual Report 2011/12 annexes (tab-separated tables)", () => {
  const lines = seedLines("000_");
  const { plans, ranges, unplaced } = parsePlans(lines);
  const [sap, awp] = plans;
  if (!sap || !awp) throw new Error("plans missing");

  it("finds the SAP and the AWP annexes but not the contents list or prose mentions", () => {
    expect(plans.map((p) => p.kind)).toEqual(["SAP", "AWP"]);
    expect([sap.periodStart, sap.periodEnd]).toEqual(["2012-07-01", "2014-06-30"]);
    expect([awp.periodStart, awp.periodEnd]).toEqual(["2012-07-01", "2013-06-30"]);
    expect(ranges).toHaveLength(2);
    for (const [first, last] of ranges) {
      expect(first).toBeGreaterThan(700);
      expect(last).toBeGreaterThan(first);
    }
    expect(lines[(ranges[1]?.[1] ?? 0) - 1]).toMatch(/^c\)\tWork with WCO to utilize CLIKC/);
    expect(unplaced).toEqual([]);
  });

  it("counts items per pillar", () => {
    expect(counts(sap)).toEqual([18, 3, 10, 3]);
    expect(counts(awp)).toEqual([18, 3, 10, 3]);
  });

  it("reads SAP fields", () => {
    const a = item(sap, 1, "a");
    expect(a.action).toMatch(/^Work with the WCO Secretariat to assist all requesting developing members/);
    expect(a.rspRef).toBe("1.1.1-2nd milestone");
    expect(a.kpis).toEqual(["Number of members assisted"]);
    expect(a.targets).toEqual(["19/19 members"]);
    expect(a.deadline).toBe("JUN 2014");
    expect(item(sap, 1, "d").kpis).toEqual([
      "Number of implementing members",
      "Number of contracting members",
    ]);
    expect(item(sap, 1, "l").repairedLabel).toBe("I)");
  });

  it("merges a row whose cells wrapped onto the next line", () => {
    const r = item(sap, 1, "r");
    expect(r.action).toBe("Upon request, assist member to improve the understanding of integrity");
    expect(r.rspRef).toBe("ROCB A/P specific (not mentioned in the RSP)");
  });

  it("keeps truncated action text and repairs b read as t", () => {
    expect(item(sap, 2, "a").action).toBe("understanding between development partners");
    expect(item(sap, 3, "a").repairedLabel).toBe("a");
    expect(item(sap, 3, "b").repairedLabel).toBe("t");
    expect(item(sap, 3, "b").action).toMatch(/^Upon request, assist members to promote the WCO e-learning/);
  });

  it("reads AWP work plans and timeframes", () => {
    const a = item(awp, 1, "a");
    expect(a.repairedLabel).toBe("");
    expect(a.activities).toHaveLength(1);
    expect(a.activities[0]?.text).toMatch(/^Upon request, send experts to Mongolia/);
    expect(a.deadline).toBe("June 2013");
    expect(item(awp, 1, "c").deadline).toBe("Dec. 2012 June 2013");
    expect(item(awp, 1, "q").action).toBe(
      "Develop and undertake leadership and management training programs",
    );
    expect(item(awp, 1, "q").activities[0]?.text).toBe(
      "Upon request, work with the WCO to organize management workshop at the national level",
    );
    expect(item(awp, 3, "b").repairedLabel).toBe("D)");
    expect(item(awp, 3, "j").activities[0]?.text).toBe(
      "Organize Heads of RTC meeting to further strengthen cooperation",
    );
    expect(item(awp, 3, "e").activities).toEqual([]);
  });

  it("splits a work-plan cell without bullets into its statements, also where a line break was lost", () => {
    const texts = (letter: string, pillar = 1) => item(awp, pillar, letter).activities.map((a) => a.text);
    expect(texts("c")).toEqual([
      "Organize regional workshop for ASEAN members on RKC",
      "Upon request, send experts to Bhutan and other interested members to assist their preparatory work for the early accession to RKC",
    ]);
    expect(texts("a", 4)).toEqual([
      "Issue ROCB e-newsletter every 3 months and include more information on members experiences",
      "Update ROCB web-site after the respective major events",
    ]);
    expect(texts("n")).toHaveLength(3);
    expect(texts("g")).toEqual(["Upon request, provide assistance in implementing WCO Data Model ver. 3.0"]);
  });

  it("plans workshops from work-plan sentences", () => {
    const ws = plannedWorkshops(awp);
    const rkc = ws.find((w) => w.title === "Regional workshop for ASEAN members on RKC");
    expect(rkc?.kind).toBe("regional");
    expect(rkc?.countries).toEqual([]);
    expect(ws.find((w) => w.title.startsWith("Accreditation workshop on TRS experts"))?.kind).toBe(
      "accreditation",
    );
    expect(plannedWorkshops(sap)).toEqual([]);
  });
});
