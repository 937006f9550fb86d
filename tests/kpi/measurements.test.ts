import { describe, expect, it } from "vitest";
import { isErrorReply } from "../../src/blocks/reply.ts";
import { handleKpiSubcommand } from "../../src/kpi/index.ts";
import { parseSetText } from "../../src/kpi/measurements.ts";
import { addItem, addPlan, testCtx, testDb } from "./fixtures.ts";

function setup() {
  const db = testDb();
  const sap = addPlan(db);
  addItem(db, sap.id, {
    code: "1-(h)",
    kpis: ["Number of implementing Members"],
    targets: ["At least 28/33 Members"],
  });
  addItem(db, sap.id, {
    code: "1-(i)",
    kpis: ["Number of implementing Members", "Number of new contracting Members"],
    targets: ["At least 27 Members", "6 new contracting parties"],
  });
  addItem(db, sap.id, {
    code: "3-(h)",
    kpis: ["Results of participants' evaluation"],
    targets: ["At least average of 4 out of 5"],
  });
  const count = () => db.prepare("SELECT count(*) FROM kpi_measurements").pluck().get();
  return { db, sap, count };
}

const run = async (sub: string, rest: string, ctx: ReturnType<typeof testCtx>) => {
  const reply = handleKpiSubcommand(sub, rest, ctx);
  if (!reply) throw new Error(`no handler for ${sub}`);
  return await reply;
};

describe("parseSetText", () => {
  it("reads code, KPI number, value, as-of date and note", () => {
    expect(parseSetText("1-(i)#2 4 as of 2025-03-31 from the WTO report")).toEqual({
      plan: "",
      ref: { pillar: 1, letter: "i", position: 2 },
      valueText: "4",
      asOf: "2025-03-31",
      note: "from the WTO report",
    });
    expect(parseSetText("SAP 2022-2024 1-(h) 25 as of 31 Mar 2024")).toMatchObject({
      plan: "SAP 2022-2024",
      ref: { position: 1 },
      asOf: "2024-03-31",
      note: null,
    });
  });
});

describe("/kpi set", () => {
  it("records a figure with who, when, as-of date and note, and shows the new status", async () => {
    const { db, count } = setup();
    const reply = await run("set", "1-(h) 25 as of 2024-03-01 count from the TFA database", testCtx(db));
    expect(isErrorReply(reply)).toBe(false);
    expect(reply.text).toContain("Recorded 25 for 1-(h) in SAP 2022-2024, as of 1 Mar 2024.");
    expect(reply.text).toContain("25 of 28 Members, 89%");
    expect(count()).toBe(1);
    const row = db.prepare("SELECT * FROM kpi_measurements").get();
    expect(row).toMatchObject({
      plan_kind: "SAP",
      plan_start: "2022-07-01",
      code: "1-(h)",
      position: 1,
      value: 25,
      as_of: "2024-03-01",
      note: "count from the TFA database",
      recorded_by: "U0STAFF",
      recorded_at: "2024-03-15T05:00:00.000Z",
    });
  });

  it("records the second KPI of an item with #2, as of today by default", async () => {
    const { db } = setup();
    await run("set", "1-(i)#2 4", testCtx(db));
    expect(db.prepare("SELECT code, position, value, as_of FROM kpi_measurements").get()).toEqual({
      code: "1-(i)",
      position: 2,
      value: 4,
      as_of: "2024-03-15",
    });
  });

  it("refuses non-staff and writes nothing", async () => {
    const { db, count } = setup();
    const reply = await run("set", "1-(h) 25", testCtx(db, { staff: false }));
    expect(isErrorReply(reply)).toBe(true);
    expect(reply.text).toMatch(/Only ROCB staff/);
    expect(count()).toBe(0);
  });

  it.each([
    ["1-(h) abc", /"abc" is not a number/],
    ["1-(h) -3", /cannot be negative/],
    ["1-(h) 34", /more than 33 Members/],
    ["1-(h) 2.5", /not a whole number/],
    ["1-(h) 25%", /not a percentage/],
    ["3-(h) 6", /more than 5/],
    ["1-(h)", /Give the figure/],
    ["1-(h) 25 as of 2024-13-45", /can't read the date/],
    ["1-(h) 25 as of 2024-04-01", /in the future/],
    ["1-(h) 25 as of 2021-01-01", /before SAP 2022-2024 began/],
    ["1-(zz) 3", /no action item 1-\(zz\)/],
    ["1-(h)#2 3", /has one KPI \(you asked for KPI #2\)/],
    ["25", /Name the action item by its code/],
    ["AWP 2030-2031 1-(h) 25", /There is no plan "AWP 2030-2031"/],
  ])("rejects %j with a sentence and changes nothing", async (text, message) => {
    const { db, count } = setup();
    const reply = await run("set", text, testCtx(db));
    expect(isErrorReply(reply)).toBe(true);
    expect(reply.text).toMatch(message);
    expect(count()).toBe(0);
  });

  it("accepts a score with decimals", async () => {
    const { db } = setup();
    const reply = await run("set", "3-(h) 4.3", testCtx(db));
    expect(reply.text).toContain("average 4.3 out of 5 against at least 4 → on track");
  });
});

describe("/kpi history", () => {
  it("lists every figure, the most recently recorded first, and marks the one in use", async () => {
    const { db } = setup();
    const at = (iso: string) => testCtx(db, { now: new Date(iso) });
    await run("set", "1-(h) 10 as of 2023-06-30 first count", at("2023-07-02T03:00:00Z"));
    await run("set", "1-(h) 18 as of 2024-01-31", at("2024-02-02T03:00:00Z"));
    await run("set", "1-(h) 12 as of 2023-09-30 backfilled", at("2024-03-01T03:00:00Z"));
    const reply = await run("history", "1-(h)", testCtx(db));
    const lines = reply.text.split("\n").filter((l) => l.startsWith("• "));
    expect(lines.map((l) => l.slice(0, 24))).toEqual([
      "• 12 as of 30 Sep 2023 ·",
      "• 18 as of 31 Jan 2024 ·",
      "• 10 as of 30 Jun 2023 ·",
    ]);
    expect(lines[1]).toContain("in use");
    expect(lines[0]).toContain("backfilled");
  });

  it("is open to everyone and says when nothing was recorded", async () => {
    const { db } = setup();
    const reply = await run("history", "1-(h)", testCtx(db, { staff: false }));
    expect(isErrorReply(reply)).toBe(false);
    expect(reply.text).toContain("No figure has been recorded for 1-(h) in SAP 2022-2024 yet.");
  });
});
