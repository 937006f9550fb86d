import { describe, expect, it } from "vitest";
import { lineKind } from "../../../src/import/plans/line-kinds.ts";
import { stripTags } from "../../../src/import/plans/normalise.ts";
import { statements } from "../../../src/import/plans/statements.ts";
import {
  bulletText,
  headerField,
  isBareLabel,
  labelAt,
  labelLetter,
  pillarNumber,
  planTitle,
} from "../../../src/import/plans/vocabulary.ts";

describe("the plan vocabulary", () => {
  it("knows every bullet kind, and a dash or 'o' only when a space follows", () => {
    for (const b of ["•", "·", "➤", "➢", "-", "–", "*", "o"])
      expect(bulletText(`${b} Conduct a workshop`)).toBe("Conduct a workshop");
    expect(bulletText("-1.1.1 milestone")).toBeNull();
    expect(bulletText("organize")).toBeNull();
  });

  it("reads labels in every form and their OCR damage, but not numbered list entries or e.g.", () => {
    expect(
      ["a) X", "(a) X", "a. X", "A) X", "aa) X", "8) X", "I) X", "|) X"].map((t) => labelAt(t)?.printed),
    ).toEqual(["a)", "(a)", "a.", "A)", "aa)", "8)", "I)", "|)"]);
    expect(labelAt("(1) Number of Members")).toBeNull();
    expect(labelAt("e.g. nCEN")).toBeNull();
    expect(isBareLabel("(b)") && isBareLabel("k") && isBareLabel("c.")).toBe(true);
    expect([
      labelLetter("(c)", false),
      labelLetter("C)", false),
      labelLetter("C)", true),
      labelLetter("8)", true),
    ]).toEqual(["c", null, "c", null]);
  });

  it("decodes named and numbered HTML entities", () => {
    expect(stripTags("Member&#8217;s &amp; partners&#x2019; tools")).toBe("Member’s & partners’ tools");
  });

  it("names the column of each header word", () => {
    expect(
      [
        "Specific Actions of ROCB A/P",
        "Relevant part of RSP 2022- 2024",
        "RSP Key Performance Indicator",
        "KPI",
        "Target",
        "Timeframe in the RSP",
        "Deliverables in the RSP",
        "Annual Work Plan for 2024-2025",
        "Work plan for 2012/2013",
      ].map(headerField),
    ).toEqual(["action", "rsp", "kpi", "kpi", "target", "deadline", "deadline", "activities", "activities"]);
    expect(
      ["Action", "RSP milestone", "Planned activities", "Indicator", "Timeline"].map(headerField),
    ).toEqual(["action", "rsp", "activities", "kpi", "deadline"]);
    expect(headerField("Upon request, assist Members")).toBeNull();
    expect(headerField("action")).toBeNull();
  });

  it("reads pillar headings as 1. …, Pillar 1: …, I. …", () => {
    expect(
      [
        "1. Support the implementation",
        "Pillar 2: Further enhance collaboration",
        "III. Improve needs analysis",
        "## 4. Enhance communication",
      ].map(pillarNumber),
    ).toEqual([1, 2, 3, 4]);
    expect(pillarNumber("PILLAR IV – ENHANCE COMMUNICATION AMONG MEMBERS")).toBe(4);
    expect(pillarNumber("5. Upon request, assist")).toBeNull();
    expect(pillarNumber("1. Vision")).toBeNull();
  });

  it("reads plan titles with or without brackets and every year form", () => {
    const periods = [
      "ROCB A/P Annual Work Plan (2024-2025)",
      "Annual Work Plan 2024-2025",
      "Annual Work Plan 2024/25",
      "Annual Work Plan FY2024/25",
    ].map((t) => planTitle(t));
    for (const p of periods)
      expect(p).toEqual({ kind: "AWP", periodStart: "2024-07-01", periodEnd: "2025-06-30" });
    expect(planTitle("ROCB A/P Strategic Action Plan (2022-2024)")?.kind).toBe("SAP");
    expect(planTitle("ANNUAL WORK PLAN 2024—2025")?.periodStart).toBe("2024-07-01");
    expect(planTitle("Annual Report 2023/2024")).toBeNull();
  });

  it("knows deadlines in the forms converters print them", () => {
    for (const d of [
      "30 June 2024",
      "JUN 2014",
      "June 30, 2024",
      "30/06/2024",
      "2024-06-30",
      "On-going",
      "Dec. 2012 June 2013",
    ]) {
      expect(lineKind(d), d).toBe("deadline");
    }
  });

  it("splits a work-plan cell into statements, keeping abbreviations", () => {
    expect(
      statements("Organize a workshop for Lao People's Dem. Rep. in Dec. 2012. Upon request, send experts"),
    ).toEqual(["Organize a workshop for Lao People's Dem. Rep. in Dec. 2012", "Upon request, send experts"]);
  });
});
