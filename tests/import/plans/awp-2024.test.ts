import { describe, expect, it } from "vitest";
import { parsePlans, plannedWorkshops } from "../../../src/import/plans/index.ts";
import { counts, item, refs, seedLines } from "./helpers.ts";

describe("Annual Work Plan 2024-2025 (HTML fragments)", () => {
  const { plans, unplaced } = parsePlans(seedLines("004_"));
  const plan = plans[0];
  if (!plan) throw new Error("no plan");

  it("finds the AWP, its period and a)..ll)", () => {
    expect(plans).toHaveLength(1);
    expect(plan.kind).toBe("AWP");
    expect([plan.periodStart, plan.periodEnd]).toEqual(["2024-07-01", "2025-06-30"]);
    expect(counts(plan)).toEqual([38, 2, 12, 3]);
    expect(unplaced).toEqual([]);
  });

  it("takes the RSP reference out of the action text", () => {
    const a = item(plan, 1, "a");
    expect(a.action).toBe(
      "Upon request, assist Member's effort in implementing risk management tools like the WCO Risk Management Compendium",
    );
    expect(a.rspRef).toBe("1.1.1 – 1st milestone");
    expect(a.kpis).toEqual(["Number of implementing Members"]);
    expect(item(plan, 1, "c").rspRef).toBe("1.1.1 – 3rd milestone");
    expect(item(plan, 3, "l").rspRef).toBe("ROCB A/P specific action (not mentioned in the RSP)");
  });

  it("reads one activity per bullet with its See-also refs", () => {
    const a = item(plan, 1, "a");
    expect(a.activities.map((x) => x.text)).toEqual([
      "National workshop on Risk Management for Iran",
      "National Workshop on RM for Timor-Leste",
      "Sub-Regional Workshop on Risk Management based on Risk Management Compendium for Fiji, Guinea, Papua New Guinea, Samoa, Timor-Leste, Tonga, Vanuatu",
      "National workshop on Risk Management on origin verification for Cambodia",
      "National workshop on Cargo Targetting System for Fiji",
    ]);
    expect(refs(a.activities[0]?.seeAlso ?? [])).toEqual(["1-b", "1-c", "1-dd", "1-hh"]);
    expect(refs(a.activities[2]?.seeAlso ?? [])).toEqual(["1-b", "1-c", "1-dd", "1-hh", "3-k"]);
  });

  it("adds continuation rows (empty first cell) to the previous item", () => {
    expect(item(plan, 1, "b").activities).toHaveLength(9);
    expect(item(plan, 1, "hh").activities).toHaveLength(23);
    const p = item(plan, 1, "p");
    expect(p.rspRef).toBe("1.1.3 – 10th milestone");
    expect(p.action).toBe("Upon request, assist Member's effort in implementing the WTO Valuation Agreement");
    expect(p.activities.at(-1)?.text).toBe("National workshop on Advance Rulings in Valuation for Samoa");
  });

  it("lists 1-(i)'s HS workshop with its refs", () => {
    const i = item(plan, 1, "i");
    expect(i.activities[0]?.text).toBe("National Workshop on HS for Nepal and Palau, Republic of");
    expect(refs(i.activities[0]?.seeAlso ?? [])).toEqual(["1-j", "1-hh"]);
    expect(i.kpis).toEqual(["Number of implementing Members", "Number of new contracting Members"]);
  });

  describe("planned workshops", () => {
    const workshops = plannedWorkshops(plan);
    const byTitle = (t: string) => workshops.find((w) => w.title === t);

    it("lists a workshop repeated under several items once, serving all of them", () => {
      const titles = workshops.map((w) => w.title.toLowerCase());
      expect(new Set(titles).size).toBe(titles.length);
      const hs = byTitle("National Workshop on HS for Nepal and Palau, Republic of");
      expect(hs?.countries).toEqual(["Nepal", "Palau, Republic of"]);
      expect(refs(hs?.serves ?? [])).toEqual(["1-i", "1-j", "1-hh"]);
      expect(hs?.kind).toBe("national");
      expect(hs?.status).toBe("planned");
      expect(hs?.start).toBeNull();
      const fiji = byTitle("National workshop on Cargo Targetting System for Fiji");
      expect(refs(fiji?.serves ?? [])).toEqual(["1-a", "1-b", "1-r", "1-hh"]);
    });

    it("reads kinds and countries from the words", () => {
      const sub = workshops.find((w) => w.title.startsWith("Sub-Regional Workshop on Risk Management"));
      expect(sub?.kind).toBe("sub-regional");
      expect(sub?.countries).toEqual([
        "Fiji",
        "Guinea",
        "Papua New Guinea",
        "Samoa",
        "Timor-Leste",
        "Tonga",
        "Vanuatu",
      ]);
      expect(refs(sub?.serves ?? [])).toEqual(["1-a", "1-b", "1-c", "1-dd", "1-hh", "3-k"]);
      const aeo = byTitle("National workshop on AEO for Lao People's Dem. Rep., Vanuatu, and Vietnam");
      expect(aeo?.countries).toEqual(["Lao People's Dem. Rep.", "Vanuatu", "Vietnam"]);
      const all = byTitle(
        "Regional workshop on Accreditation for Authorized Economic Operators TOAs for All Countries",
      );
      expect(all?.countries).toEqual([]);
      expect(all?.kind).toBe("accreditation");
      expect(byTitle("22nd RTC Heads meeting")?.kind).toBe("meeting");
      expect(byTitle("Regional Accreditation Workshop")?.kind).toBe("accreditation");
      expect(byTitle("Training for Small Arms and Light Weapons for Fiji")?.kind).toBe("other");
    });

    it("leaves out activities that are not events", () => {
      expect(workshops.some((w) => w.title.startsWith("Conduct Regional Workshop Follow-Up"))).toBe(false);
      expect(workshops.some((w) => w.title.startsWith("Upon request, provide the assistance"))).toBe(false);
      expect(workshops.some((w) => w.title.startsWith("Continue strategic dialogues"))).toBe(false);
    });

    it("leaves out meetings the office only attends, keeping them as activities", () => {
      expect(workshops.some((w) => /^attend\b|\bcontact point\b/i.test(w.title))).toBe(false);
      const texts = plan.items.flatMap((i) => i.activities.map((a) => a.text));
      expect(texts).toContain("Attend Regional Contact Point meeting (RCP)");
      expect(texts).toContain("Organize 22nd RTC Heads meeting");
    });
  });
});
