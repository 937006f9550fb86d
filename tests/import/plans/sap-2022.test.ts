import { describe, expect, it } from "vitest";
import { parsePlans } from "../../../src/import/plans/index.ts";
import { counts, item, seedLines } from "./helpers.ts";

describe("Strategic Action Plan 2022-2024 (markdown-ish table)", () => {
  const lines = seedLines("003_");
  const { plans, unplaced, ranges } = parsePlans(lines);
  const plan = plans[0];
  if (!plan) throw new Error("no plan");

  it("finds one SAP with its period, ignoring the title page heading", () => {
    expect(plans).toHaveLength(1);
    expect(plan.kind).toBe("SAP");
    expect(plan.title).toBe("ROCB A/P Strategic Action Plan (2022-2024)");
    expect([plan.periodStart, plan.periodEnd]).toEqual(["2022-07-01", "2024-06-30"]);
    expect(lines[(ranges[0]?.[0] ?? 0) - 1]).toContain("Strategic Action Plan (2022-2024)");
    expect(unplaced).toEqual([]);
  });

  it("reads a)..kk), a..b, a..l, a..c", () => {
    expect(counts(plan)).toEqual([37, 2, 12, 3]);
    expect(plan.items.filter((i) => i.pillar === 1).at(-1)?.letter).toBe("kk");
  });

  it("repairs a lost label from the sequence (the row between h) and j) is i))", () => {
    const i = item(plan, 1, "i");
    expect(i.repairedLabel).toBe("");
    expect(i.action).toMatch(
      /^Upon request, assist Member's effort for: \(1\) smooth implementation of HS 2022/,
    );
    expect(i.rspRef).toBe("1.1.3 – 3rd milestone");
    expect(i.kpis).toEqual(["Number of implementing Members", "Number of new contracting Members"]);
    expect(i.targets).toEqual(["At least 27 Members", "6 new contracting parties"]);
    expect(i.deadline).toBe("30 June 2024");
  });

  it("repairs letters read as digits or capitals", () => {
    expect(item(plan, 1, "l").repairedLabel).toBe("I)");
    expect(item(plan, 2, "a").repairedLabel).toBe("8");
    expect(item(plan, 2, "b").repairedLabel).toBe("k");
    expect(item(plan, 3, "c").repairedLabel).toBe("C)");
    expect(item(plan, 3, "l").repairedLabel).toBe("I)");
    expect(item(plan, 3, "a").repairedLabel).toBe("");
    expect(item(plan, 3, "b").action).toMatch(/^Pool, utilize, support/);
    expect(item(plan, 1, "a").repairedLabel).toBeNull();
  });

  it("joins a label split from its text by a tab (aa + ') Work with …')", () => {
    const aa = item(plan, 1, "aa");
    expect(aa.action).toBe("Work with RILO A/P to identify Members' intelligence and enforcement needs");
    expect(aa.rspRef).toBe("2.2.1– 1st milestone");
  });

  it("continues a row across a repeated header (s)", () => {
    const s = item(plan, 1, "s");
    expect(s.action).toBe(
      "Upon request, assist Member's effort in promoting cooperation and coordination for Coordinated Border Management (CBM)",
    );
    expect(s.rspRef).toBe("1.2.1 – 1st, 3rd to 4th milestones");
    expect(s.deadline).toBe("30 June 2024");
    expect(item(plan, 1, "t").action).toMatch(
      /^Upon request, assist Members' effort in implementing Single Window/,
    );
  });

  it("strips list markup and reads not-in-RSP references", () => {
    expect(item(plan, 2, "a").action).toBe(
      "Work with Vice Chair to enhance cooperation, coordination and mutual understanding with the development partners",
    );
    expect(item(plan, 1, "ff").kpis).toHaveLength(3);
    expect(item(plan, 3, "l").rspRef).toBe("ROCB A/P specific action (not mentioned in the RSP)");
    expect(item(plan, 4, "c").targets).toEqual(["At least once per quarter"]);
    expect(item(plan, 1, "m").deadline).toBe("30 Jun 2024");
  });
});
