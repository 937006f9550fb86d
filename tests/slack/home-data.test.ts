import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/open.ts";
import { homeData } from "../../src/slack/home-data.ts";
import { insertItem, insertPlan, insertWorkshop } from "../commands/fixtures.ts";

const NOW = new Date("2024-09-15T03:00:00Z");

describe("App Home data", () => {
  it("lists scheduled workshops from today on and the plan in force with its items per pillar", () => {
    const db = openDatabase(":memory:");
    insertPlan(db, { kind: "SAP", start: "2022-07-01", end: "2025-06-30" });
    const awp = insertPlan(db, { kind: "AWP", start: "2024-07-01", end: "2025-06-30" });
    for (const [pillar, letter] of [
      [1, "a"],
      [1, "b"],
      [3, "a"],
    ] as const)
      insertItem(db, awp, { pillar, letter });
    insertWorkshop(db, { title: "Earlier this month", start: "2024-09-02", status: "scheduled" });
    insertWorkshop(db, { title: "Later", start: "2024-10-07", end: "2024-10-09", status: "scheduled" });
    insertWorkshop(db, { title: "This month", start: "2024-09", status: "scheduled" });
    insertWorkshop(db, { title: "Dated but planned", start: "2024-11-04", status: "planned" });
    insertWorkshop(db, { title: "Called off", start: "2024-12-02", status: "cancelled" });

    const data = homeData(db, NOW, "Asia/Bangkok", false);
    expect(data.today).toBe("2024-09-15");
    expect(data.upcoming.map((w) => w.title)).toEqual(["This month", "Later"]);
    expect(data.plan).toMatchObject({ kind: "AWP", periodStart: "2024-07-01" });
    const items = data.plan?.kpi.pillars.filter((p) => p.items > 0).map((p) => [p.pillar, p.items]);
    expect(items).toEqual([
      [1, 2],
      [3, 1],
    ]);
    expect(data.awaiting).toBeNull();
    expect(homeData(db, NOW, "Asia/Bangkok", true).awaiting).toEqual([]);
  });

  it("has nothing to show in an empty catalogue", () => {
    const data = homeData(openDatabase(":memory:"), NOW, "UTC", true);
    expect(data).toEqual({
      today: "2024-09-15",
      upcoming: [],
      plan: null,
      awaiting: [],
      surveyRates: null,
      retries: { waiting: 0, failingSince: null, nextAttemptAt: null, lastError: null },
    });
  });
});

describe("App Home KPI glance", () => {
  it("says how many KPIs lack a target or a figure, and what to do", async () => {
    const { homeView } = await import("../../src/slack/views.ts");
    const db = openDatabase(":memory:");
    const awp = insertPlan(db, { kind: "AWP", start: "2024-07-01", end: "2025-06-30" });
    insertItem(db, awp, { letter: "a", kpis: ["Number of Members"], targets: ["At least 20/33 Members"] });
    insertItem(db, awp, { letter: "b", kpis: ["Number of workshops"] });
    const text = JSON.stringify(homeView(homeData(db, NOW, "Asia/Bangkok", false)).blocks);
    expect(text).toContain("Of 2 KPIs, 1 has no target in the plan and 1 has no figure recorded yet.");
    expect(text).not.toContain("No KPI is behind.");
  });
});

describe("App Home after the latest plan has ended", () => {
  const seed = () => {
    const db = openDatabase(":memory:");
    const awp = insertPlan(db, { kind: "AWP", start: "2024-07-01", end: "2025-06-30" });
    const item = insertItem(db, awp, { letter: "a", kpis: ["Number of Members"] });
    insertWorkshop(db, { title: "National AEO workshop", serves: [item] });
    return db;
  };

  it("says the plan has ended, keeps the KPI gaps, and counts its undated workshops as unrecorded in one line", async () => {
    const { homeView } = await import("../../src/slack/views.ts");
    const later = new Date("2026-11-29T03:00:00Z");
    const text = JSON.stringify(homeView(homeData(seed(), later, "Asia/Bangkok", false)).blocks);
    expect(text).not.toContain("The plan in force");
    expect(text).toContain("AWP 2024-2025 — ended 30 Jun 2025; no later plan in the catalogue");
    expect(text).toContain("has no target in the plan");
    expect(text).toContain(
      "AWP 2024-2025 listed 1 workshop without dates; no date or outcome was recorded for them: `/workshops planned AWP 2024-2025`",
    );
    // Not one row per undated workshop: the command lists them.
    expect(text).not.toContain("National AEO workshop");
    expect(text).not.toContain("to be confirmed");
  });

  it("heads a plan still running as the plan in force, its undated workshops to be confirmed", async () => {
    const { homeView } = await import("../../src/slack/views.ts");
    const text = JSON.stringify(homeView(homeData(seed(), NOW, "Asia/Bangkok", false)).blocks);
    expect(text).toContain("The plan in force");
    expect(text).not.toContain("ended");
    expect(text).toContain("AWP 2024-2025 lists 1 workshop without dates; their dates are to be confirmed");
  });
});
