import { describe, expect, it } from "vitest";
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
    expect(headerField("Upon request, assist Members")).toBeNull();
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
    expect(planTitle("Annual Report 2023/2024")).toBeNull();
  });

  it("splits a work-plan cell into statements, keeping abbreviations", () => {
    expect(
      statements("Organize a workshop for Lao People's Dem. Rep. in Dec. 2012. Upon request, send experts"),
    ).toEqual(["Organize a workshop for Lao People's Dem. Rep. in Dec. 2012", "Upon request, send experts"]);
  });
});
