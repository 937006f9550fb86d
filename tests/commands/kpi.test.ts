import { describe, expect, it } from "vitest";
import { kpiCommand, parseKpi } from "../../commands/kpi.ts";
import { isErrorReply } from "../../src/blocks/reply.ts";
import { parseCode } from "../../src/catalogue/codes.ts";
import { parsePlanSelector } from "../../src/catalogue/plans.ts";
import { valid } from "./check.ts";
import { makeContext, sampleCatalogue } from "./fixtures.ts";

const world = sampleCatalogue();
const ctx = makeContext(world.db, "2024-09-01T03:00:00Z");
const run = (text: string) => kpiCommand(text, ctx);

describe("codes as people write them", () => {
  it.each([
    "1-(h)",
    "1(h)",
    "1-h",
    "1h",
    "1.h",
    "(1-h)",
    "1-(H)",
    "1H",
    " 1 - ( h ) ",
    "1 h",
  ])("%s is 1-(h)", (text) => {
    expect(parseCode(text)).toEqual({ pillar: 1, letter: "h" });
  });
  it.each(["1-(hh)", "1-(HH)", "1hh", "(1-hh)"])("%s is 1-(hh)", (text) => {
    expect(parseCode(text)).toEqual({ pillar: 1, letter: "hh" });
  });
  it.each(["", "h", "11-(h)", "1-(abc)", "2018", "AWP", "1-()"])("%s is not a code", (text) => {
    expect(parseCode(text)).toBeNull();
  });

  it("every variant gives the same card", async () => {
    const expected = (await run("1-(h)")).text;
    for (const v of ["1(h)", "1-h", "1h", "1.h", "(1-h)", "1-(H)"])
      expect((await run(v)).text).toBe(expected);
  });
});

describe("plan selectors", () => {
  it.each([
    ["2024-25", { kind: null, startYear: 2024, endYear: 2025 }],
    ["FY2024/25", { kind: null, startYear: 2024, endYear: 2025 }],
    ["AWP 2024-2025", { kind: "AWP", startYear: 2024, endYear: 2025 }],
    ["SAP 2022-2024", { kind: "SAP", startYear: 2022, endYear: 2024 }],
    ["2018", { kind: null, startYear: 2018, endYear: null }],
    ["Annual Work Plan 2024-2025", { kind: "AWP", startYear: 2024, endYear: 2025 }],
  ])("%s", (text, expected) => {
    expect(parsePlanSelector(text)).toEqual(expected);
  });

  it.each(["next year", "24", "2025-2024", ""])("%s is not a plan", (text) => {
    expect(parsePlanSelector(text)).toBeNull();
  });
});

describe("/kpi <code> [plan]", () => {
  it("shows the item of the plan in force with KPI, activities, workshops, see also and status", async () => {
    const text = valid(await run("1-(a)"));
    expect(text.split("\n")[0]).toBe("1-(a) · AWP 2024-2025");
    for (const s of [
      "implementing risk management tools",
      "RSP reference: RSP 1.1.1",
      "KPI: Number of implementing Members",
      "no target in the plan → no data",
      "Planned work",
      "National workshop on Cargo Targetting System for Fiji · date to be confirmed · id",
      "See also 1-(b), ",
      "1-(dd)",
      "Also in /kpi 1-(a) SAP 2022-2024",
    ])
      expect(text).toContain(s);
  });

  it("lists each piece of planned work once, with the workshop it became", async () => {
    const text = valid(await run("1-(a)"));
    const mentions = text.split("\n").filter((l) => l.includes("Cargo Targetting System for Fiji"));
    expect(mentions).toHaveLength(1);
  });

  it("takes a plan in any of its names, before or after the code", async () => {
    for (const plan of ["SAP 2022-2024", "2022-24", "FY2022/24", "sap 2022-2024"]) {
      const text = valid(await run(`1h ${plan}`));
      expect(text).toContain("1-(h) · SAP 2022-2024");
      expect(text).toContain("Target: At least 27/33 Members");
      expect(text).toContain("Deadline: 30 June 2024");
    }
    expect(valid(await run("AWP 2024-2025 1-(h)"))).toContain("1-(h) · AWP 2024-2025");
  });

  it("with a year that starts two plans, uses the first that has the item and names the other", async () => {
    const h = valid(await run("1-(h) 2018"));
    expect(h).toContain("1-(h) · AWP 2018-2019");
    expect(h).toContain(
      '"2018" also names SAP 2018-2020 (/kpi 1-(h) SAP 2018-2020); AWP 2018-2019 was taken.',
    );
    expect(valid(await run("1-(z) 2018"))).toContain("1-(z) · SAP 2018-2020");
  });

  it("defaults to the most recent plan when none is in force", async () => {
    const later = makeContext(world.db, "2030-01-01T00:00:00Z");
    expect(valid(await kpiCommand("1-(h)", later))).toContain("1-(h) · AWP 2024-2025");
  });

  it("says which items exist when the code is not in the plan", async () => {
    const reply = await run("1-(zz)");
    expect(isErrorReply(reply)).toBe(true);
    const text = valid(reply);
    expect(text).toContain("There is no item 1-(zz) in AWP 2024-2025. Pillar 1 has items a–ll.");
    expect(text).toContain("Closest in AWP 2024-2025:\n• 1-(z)");
    expect(valid(await run("3-(a)"))).toContain("AWP 2024-2025 has no items in pillar 3.");
    expect(valid(await run("7-(a)"))).toContain("There is no pillar 7");
    expect(valid(await run("1-(z) SAP 2022-2024"))).toContain("1-(z) exists in AWP 2024-2025");
  });

  it("lists the plans when the plan is unknown", async () => {
    const reply = await run("1-(h) 2030-31");
    expect(isErrorReply(reply)).toBe(true);
    expect(valid(reply)).toContain(
      "There is no plan 2030-31. The plans are: AWP 2024-2025, SAP 2022-2024, AWP 2018-2019, SAP 2018-2020.",
    );
    expect(valid(await run("1-(h) whenever"))).toContain(
      'I don\'t recognise "whenever" as a plan. The plans are:',
    );
  });
});

describe("/kpi overview, subcommands and help", () => {
  it("gives a one-screen overview of the plan in force by pillar", async () => {
    const reply = await run("");
    const text = valid(reply);
    expect(reply.blocks.length).toBeLessThanOrEqual(10);
    expect(text).toContain("KPI status · AWP 2024-2025");
    // The table's rows: pillar · items · KPIs · statuses…
    expect(text).toMatch(/^Pillar 1 · 38 · 38 · /m);
    expect(text).toMatch(/^Pillar 2 · 5 · /m);
    expect(valid(await run("SAP 2022-2024"))).toMatch(/KPI status · SAP 2022-2024[\s\S]*^Pillar 1 · 8 · /m);
  });

  it("delegates set/history/behind/export to the KPI module and says when it is not there", async () => {
    expect(parseKpi("set 1-(h) 12")).toEqual({ kind: "sub", sub: "set", rest: "1-(h) 12" });
    const reply = await run("behind");
    valid(reply);
  });

  it("answers help and text that is neither a code nor a plan", async () => {
    expect(valid(await run("help"))).toContain("/kpi 1-(h) SAP 2022-2024");
    const reply = await run("risk management");
    expect(isErrorReply(reply)).toBe(true);
    expect(valid(reply)).toContain('I can\'t read "risk management" as an action item code or a plan.');
  });
});
