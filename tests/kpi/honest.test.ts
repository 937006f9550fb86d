import { describe, expect, it } from "vitest";
import { kpiCommand } from "../../commands/kpi.ts";
import { isErrorReply } from "../../src/blocks/reply.ts";
import { handleKpiSubcommand } from "../../src/kpi/index.ts";
import { addItem, addPlan, testCtx, testDb } from "./fixtures.ts";

/** SAP 2022-2024 and AWP 2024-2025, each with a KPI that has a target and one without; AWP 2022-2023 empty. */
function setup() {
  const db = testDb();
  addPlan(db, { kind: "AWP", start: "2022-07-01", end: "2023-06-30" });
  const sap = addPlan(db, { kind: "SAP", start: "2022-07-01", end: "2024-06-30" });
  const awp = addPlan(db, { kind: "AWP", start: "2024-07-01", end: "2025-06-30" });
  for (const plan of [sap, awp]) {
    addItem(db, plan.id, {
      code: "1-(a)",
      kpis: ["Number of implementing Members"],
      targets: ["At least 28/33 Members"],
    });
    addItem(db, plan.id, { code: "1-(b)", kpis: ["Number of workshops"], targets: [] });
  }
  const figures = () =>
    db
      .prepare("SELECT plan_kind || ' ' || plan_start AS plan, code, value, note FROM kpi_measurements")
      .all();
  return { db, sap, awp, figures };
}

const sub = async (name: string, rest: string, ctx: ReturnType<typeof testCtx>) => {
  const reply = handleKpiSubcommand(name, rest, ctx);
  if (!reply) throw new Error(`no handler for ${name}`);
  return await reply;
};
const AFTER = new Date("2026-11-29T05:00:00Z");
const DURING = new Date("2024-09-01T05:00:00Z");

describe("/kpi set names the plan meant, wherever it is written", () => {
  it("files a figure under a plan named after the figure, and keeps it out of the note", async () => {
    const t = setup();
    const reply = await sub("set", "1-(a) 30 SAP 2022-2024", testCtx(t.db, { now: DURING }));
    expect(isErrorReply(reply)).toBe(false);
    expect(reply.text).toContain("in SAP 2022-2024");
    expect(t.figures()).toEqual([{ plan: "SAP 2022-07-01", code: "1-(a)", value: 30, note: null }]);
  });

  it("keeps the rest of the note", async () => {
    const t = setup();
    await sub("set", "1-(a) 30 from the survey, SAP 2022-2024", testCtx(t.db, { now: DURING }));
    expect(t.figures()).toEqual([
      { plan: "SAP 2022-07-01", code: "1-(a)", value: 30, note: "from the survey," },
    ]);
  });

  it.each([
    ["1-(a) 30 SAP 2022-2024 AWP 2024-2025", "two plans"],
    ["AWP 2024-2025 1-(a) 30 SAP 2022-2024", "two plans"],
    ["1-(a) 30 SAP 2030-2032", "no plan"],
    ["1-(a) 30 2024", "could name"],
    ["2022 1-(a) 30", "could name"],
  ])("refuses %s and records nothing", async (text, why) => {
    const t = setup();
    const reply = await sub("set", text, testCtx(t.db, { now: DURING }));
    expect(isErrorReply(reply)).toBe(true);
    expect(reply.text).toContain(why);
    expect(reply.text).toContain("Nothing was recorded");
    expect(t.figures()).toEqual([]);
  });
});

describe("KPIs that cannot be judged are said so", () => {
  it("/kpi behind counts the KPIs without a target or a figure and says what to do", async () => {
    const t = setup();
    const reply = await sub("behind", "", testCtx(t.db, { now: DURING, staff: false }));
    expect(reply.text).not.toContain("No KPI of AWP 2024-2025 is behind or missed");
    expect(reply.text).toContain("Of 2 KPIs, 1 has no target in the plan and 1 has no figure recorded yet.");
    expect(reply.text).not.toContain("/kpi set");
    const staff = await sub("behind", "", testCtx(t.db, { now: DURING }));
    expect(staff.text).toContain("/kpi set");
  });

  it("/kpi behind after the plan's period says the plan has ended, not only that nothing is behind", async () => {
    const t = setup();
    const reply = await sub("behind", "", testCtx(t.db, { now: AFTER, staff: false }));
    expect(reply.text).toContain("AWP 2024-2025 ended on 30 Jun 2025.");
    expect(reply.text).toContain("1 has no figure recorded by the deadline");
    const during = await sub("behind", "", testCtx(t.db, { now: DURING, staff: false }));
    expect(during.text).not.toContain("ended");
  });

  it("after the deadline, a missing figure is 'no figure recorded by the deadline'", async () => {
    const t = setup();
    const item = await kpiCommand("1-(a)", testCtx(t.db, { now: AFTER, staff: false }));
    expect(item.text).toContain("no figure recorded by the deadline (30 Jun 2025)");
    const overview = await kpiCommand("", testCtx(t.db, { now: AFTER, staff: false }));
    expect(overview.text).toContain("1 Jul 2024 to 30 Jun 2025 (ended)");
    expect(overview.text).toContain("1 has no figure recorded by the deadline");
  });

  it("staff plumbing is shown to staff only", async () => {
    const t = setup();
    const everyone = await kpiCommand("1-(a)", testCtx(t.db, { now: DURING, staff: false }));
    expect(everyone.text).not.toContain("/kpi set");
    const staff = await kpiCommand("1-(a)", testCtx(t.db, { now: DURING }));
    // Escaped in `text` as in the blocks, so Slack shows "<figure>" rather than reading a link.
    expect(staff.text).toContain("record one with /kpi set AWP 2024-2025 1-(a) &lt;figure&gt;");
  });

  it("a plan selector naming several plans says which was taken and names the others", async () => {
    const t = setup();
    const reply = await kpiCommand("1-(a) 2022", testCtx(t.db, { now: DURING }));
    expect(reply.text.split("\n")[0]).toBe("1-(a) · SAP 2022-2024");
    expect(reply.text).toContain('"2022" also names AWP 2022-2023');
  });
});
