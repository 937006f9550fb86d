import { describe, expect, it } from "vitest";
import { previousFiscalYear } from "../../src/report/year.ts";
import { parseFiscalYear } from "../../src/surveys/index.ts";
import { bundledCatalogue, heldIn, planOf, roundTrip, surveyOf } from "./helpers.ts";

const db = bundledCatalogue();
const previous = (fy: string) => previousFiscalYear(parseFiscalYear(fy)).label;

describe("the annual report, imported into an empty database, gives the catalogue's records back", () => {
  for (const fy of ["2017/18", "2011/12"]) {
    it(`FY${fy}: every event held, field for field, and the survey annex`, async () => {
      const held = heldIn(db, fy);
      expect(held.length).toBeGreaterThan(50);
      const { back, summary } = await roundTrip(db, fy);
      expect(summary?.kind).toBe("annual_report");
      expect(summary?.unplaced).toEqual([]);
      expect(heldIn(back, fy)).toEqual(held);
      expect(surveyOf(back, previous(fy))).toEqual(surveyOf(db, previous(fy)));
    });
  }

  it("FY2017/18 carries the FY2016/17 survey annex (13 workshops) back", async () => {
    const { back } = await roundTrip(db, "2017/18");
    expect(surveyOf(back, "2016/17")).toHaveLength(13);
  });

  it("FY2024/25 with --with-plan: the plan in force comes back item for item", async () => {
    const { back } = await roundTrip(db, "2024/25", { withPlan: true });
    const title = "ROCB A/P Annual Work Plan (2024-2025)";
    const plan = planOf(db, title);
    expect(plan?.items.length).toBe(55);
    expect(planOf(back, title)).toEqual(plan);
  });

  it("FY2019/20 with --with-plan: a strategic plan (RSP references, targets, deadlines) comes back", async () => {
    const { back } = await roundTrip(db, "2019/20", { withPlan: true });
    const title = "ROCB A/P Strategic Action Plan (2018-2020)";
    // The 2017/18 report's PDF text numbered some items "28." where the plan letters them; the catalogue
    // keeps that damaged label (repaired_label), and the report prints the repaired one, so only it differs.
    const repaired = planOf(db, title)?.items.filter((i) => i.repaired_label !== null) ?? [];
    expect(repaired.length).toBeGreaterThan(0);
    const withoutDamage = (p: ReturnType<typeof planOf>) =>
      p && { ...p, items: p.items.map((i) => ({ ...i, repaired_label: null })) };
    expect(planOf(back, title)?.items.every((i) => i.repaired_label === null)).toBe(true);
    expect(withoutDamage(planOf(back, title))).toEqual(withoutDamage(planOf(db, title)));
  });
});

describe("a synthetic year with extreme data goes round too", () => {
  it("FY2030/31: 200 events with long, marked-up and non-Latin titles, missing figures, no survey", async () => {
    const { syntheticCatalogue } = await import("./synthetic.ts");
    const synthetic = syntheticCatalogue();
    const held = heldIn(synthetic, "2030/31");
    expect(held).toHaveLength(200);
    const { back, summary } = await roundTrip(synthetic, "2030/31");
    expect(summary?.unplaced).toEqual([]);
    expect(heldIn(back, "2030/31")).toEqual(held);
    expect(surveyOf(back, "2029/30")).toEqual([]);
  });
});
