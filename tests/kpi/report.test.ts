import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { isErrorReply } from "../../src/blocks/reply.ts";
import { describeItemStatus, handleKpiSubcommand, kpiCsv, planOverview } from "../../src/kpi/index.ts";
import { addItem, addPlan, testCtx, testDb, ZONE } from "./fixtures.ts";

const NOW = new Date("2024-03-15T05:00:00Z");

async function plan() {
  const db = testDb();
  const sap = addPlan(db);
  const awp = addPlan(db, { kind: "AWP", start: "2023-07-01", end: "2024-06-30" });
  addItem(db, sap.id, { code: "1-(a)", targets: ["At least 20/33 Members"] });
  addItem(db, sap.id, { code: "1-(b)", targets: ["At least 27/33 Members"] });
  addItem(db, sap.id, {
    code: "1-(d)",
    kpis: ["Number of implementing members", "Number of contracting members"],
    targets: ["23/23 members At least 30/33 members (for non-CPs)"],
  });
  addItem(db, sap.id, {
    code: "2-(a)",
    kpis: ["Number of exchange of information"],
    targets: ["At least 4 times per year"],
  });
  addItem(db, awp.id, { code: "1-(a)", targets: [], deadline: null });
  const ctx = testCtx(db, { now: NOW });
  await handleKpiSubcommand("set", "SAP 2022-2024 1-(a) 19", ctx);
  await handleKpiSubcommand("set", "SAP 2022-2024 1-(b) 5 slow uptake", ctx);
  await handleKpiSubcommand("set", "SAP 2022-2024 2-(a) 4", ctx);
  return { db, sap, awp, ctx };
}

describe("planOverview", () => {
  it("counts KPIs per status per pillar and lists those behind", async () => {
    const { db, sap } = await plan();
    const o = planOverview(db, sap.id, NOW, { timeZone: ZONE });
    expect(o.plan.label).toBe("SAP 2022-2024");
    expect(o.pillars[0]).toMatchObject({ pillar: 1, items: 3, kpis: 4 });
    expect(o.pillars[0]?.counts).toMatchObject({ "on track": 1, behind: 1, "no data": 2 });
    expect(o.pillars[1]?.counts).toMatchObject({ behind: 1 });
    expect(o.totals).toMatchObject({ met: 0, "on track": 1, behind: 2, "no data": 2 });
    expect(o.behind.map((r) => r.item.code)).toEqual(["1-(b)", "2-(a)"]);
    expect(o.unread.map((r) => r.item.code)).toEqual(["1-(d)"]);
  });
});

describe("describeItemStatus", () => {
  it("gives one line per KPI with bar, reason and source", async () => {
    const { db } = await plan();
    const id = db
      .prepare("SELECT id FROM action_items WHERE code = '1-(a)' AND plan_id = 1")
      .pluck()
      .get() as number;
    const [line, ...more] = describeItemStatus(db, id, NOW, { timeZone: ZONE }, true);
    expect(more).toEqual([]);
    expect(line).toContain("*KPI 1* Number of implementing Members · target _At least 20/33 Members_");
    expect(line).toMatch(/`█████████░ 95%` 19 of 20 Members, 95%; \d+% of the period elapsed → \*on track\*/);
    expect(line).toContain("recorded by <@U0STAFF>");
  });

  it("says when the plan gives no target", async () => {
    const { db, awp } = await plan();
    const id = db.prepare("SELECT id FROM action_items WHERE plan_id = ?").pluck().get(awp.id) as number;
    expect(describeItemStatus(db, id, NOW)[0]).toContain("no target in the plan → *no data*");
  });
});

describe("exports", () => {
  it("kpiCsv has every item and KPI of the plan with target, figure, source and status", async () => {
    const { db } = await plan();
    const rows = parse(kpiCsv(db, "SAP 2022-2024", NOW, { timeZone: ZONE }), { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.map((r) => `${r.item}#${r.kpi_no}`)).toEqual([
      "1-(a)#1",
      "1-(b)#1",
      "1-(d)#1",
      "1-(d)#2",
      "2-(a)#1",
    ]);
    expect(rows[1]).toMatchObject({
      plan: "SAP 2022-2024",
      kpi: "Number of implementing Members",
      target: "At least 27/33 Members",
      target_kind: "members",
      figure: "5",
      as_of: "2024-03-15",
      source: "recorded",
      counted: "slow uptake",
      status: "behind",
    });
    expect(rows[3]).toMatchObject({ kpi: "Number of contracting members", target: "", status: "no data" });
  });

  it("/kpi export replies with the CSV as a file; the plan in force is the default", async () => {
    const { ctx } = await plan();
    const reply = await handleKpiSubcommand("export", "", ctx);
    expect(reply?.file?.name).toBe("kpis-awp-2023-2024.csv");
    const named = await handleKpiSubcommand("export", "SAP 2022-2024", ctx);
    expect(String(named?.file?.content).split("\n")[0]).toBe(
      "plan,item,kpi_no,kpi,target,target_kind,deadline,figure,as_of,source,counted,status,reason",
    );
    expect(named?.text).toContain("5 KPIs");
  });

  it("kpiCsv turns a note that a spreadsheet would run as a formula into text, and keeps figures numbers", async () => {
    const { db, ctx } = await plan();
    await handleKpiSubcommand("set", 'SAP 2022-2024 1-(a) 21 =HYPERLINK("https://evil.example","x")', ctx);
    await handleKpiSubcommand("set", "SAP 2022-2024 2-(a) 0 @SUM(A1) -1 on last year", ctx);
    const csv = kpiCsv(db, "SAP 2022-2024", NOW, { timeZone: ZONE });
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows[0]).toMatchObject({ figure: "21", counted: `'=HYPERLINK("https://evil.example","x")` });
    expect(rows.find((r) => r.item === "2-(a)")).toMatchObject({
      figure: "0",
      counted: "'@SUM(A1) -1 on last year",
    });
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("kpiCsv refuses an unknown plan with a sentence", async () => {
    const { db } = await plan();
    expect(() => kpiCsv(db, "SAP 1999-2001", NOW)).toThrow(/can't find a plan called "SAP 1999-2001"/);
  });
});

describe("/kpi behind and overview", () => {
  it("lists the KPIs behind in the named plan", async () => {
    const { ctx } = await plan();
    const reply = await handleKpiSubcommand("behind", "SAP 2022-2024", ctx);
    expect(reply?.text).toContain("Behind or missed in SAP 2022-2024 (2)");
    expect(reply?.text).toContain("1-(b)");
    expect(reply?.text).toContain("2-(a)");
  });

  it("shows counts per pillar", async () => {
    const { ctx } = await plan();
    const reply = await handleKpiSubcommand("overview", "2022-2024", ctx);
    expect(reply && isErrorReply(reply)).toBe(false);
    // Pillar · items · KPIs · met · on track · at risk · behind · missed · no target · no figure.
    const row = /^Pillar 1 · 3 · 4 · 0 · 1 · 0 · 1 · 0 · (\d+) · (\d+)$/m.exec(reply?.text ?? "");
    expect(row).not.toBeNull();
    // The two KPIs without data: no target in the plan, or no figure.
    expect(Number(row?.[1]) + Number(row?.[2])).toBe(2);
  });

  it("returns null for other subcommands", () => {
    expect(handleKpiSubcommand("frobnicate", "", testCtx(testDb()))).toBeNull();
  });
});
