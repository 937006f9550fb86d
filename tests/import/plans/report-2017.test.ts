import { describe, expect, it } from "vitest";
import { parsePlans, plannedWorkshops } from "../../../src/import/plans/index.ts";
import { counts, item, refs, seedLines } from "./helpers.ts";

// PDF export with the table's columns interleaved line by line: read on a best-effort basis.
describe("Annual Report 2017/18 annexes (PDF columns interleaved)", () => {
  const { plans, ranges, unplaced } = parsePlans(seedLines("001_"));
  const [sap, awp] = plans;
  if (!sap || !awp) throw new Error("plans missing");

  it("finds Annex I (SAP 2018-2020) and Annex II (AWP 2018-2019) only", () => {
    expect(plans.map((p) => [p.kind, p.periodStart, p.periodEnd])).toEqual([
      ["SAP", "2018-07-01", "2020-06-30"],
      ["AWP", "2018-07-01", "2019-06-30"],
    ]);
    expect(ranges.map((r) => r[0])).toEqual([1974, 2580]);
    for (const u of unplaced) expect(u.line).toBeGreaterThan(1974);
  });

  it("counts items per pillar, mapping the numbered list 5.-32. to a)..bb)", () => {
    expect(counts(sap)).toEqual([28, 2, 10, 3]);
    expect(counts(awp)).toEqual([28, 2, 10, 3]);
    expect(item(sap, 1, "a").repairedLabel).toBe("5.");
    expect(item(sap, 1, "h").repairedLabel).toBe("12.");
    expect(item(sap, 1, "h").action).toMatch(
      /^Upon request, assist Member’s effort for: \(1\) smooth implementation of HS 2017/,
    );
  });

  it("gathers cells printed on separate lines", () => {
    const b = item(sap, 1, "b");
    expect(b.action).toBe(
      "Upon request, assist Member’s effort in developing national risk management database (e.g. nCEN)",
    );
    expect(b.rspRef).toBe("1.1.1 - 3rd milestone");
    expect(b.kpis).toEqual(["Number of Members"]);
    expect(b.targets).toEqual(["At least 14/33 Members"]);
    expect(b.deadline).toBe("June 2020");
    expect(item(sap, 1, "f").targets).toEqual(["At least 24/33 Members"]);
    expect(item(sap, 1, "a").deadline).toBe("On-going");
    expect(item(sap, 3, "b").targets).toEqual([
      "Use of accredited experts for at least one half of the requested missions",
    ]);
  });

  it("gives a row printed out of order (12. after 20.) the cells printed in its place", () => {
    const g = item(sap, 1, "g");
    expect([g.rspRef, g.kpis, g.targets, g.deadline]).toEqual([
      "1.1.3 - 2nd milestone",
      ["Number of implementing Members"],
      ["At least 19/33 Members"],
      "June 2020",
    ]);
    const h = item(sap, 1, "h");
    expect(h.rspRef).toBe("1.1.3 - 3rd milestone");
    expect(h.kpis).toEqual(["Number of implementing Members", "Number of contracting Members"]);
    expect(h.targets).toEqual(["At least 28 Members"]);
    expect(item(sap, 1, "i").rspRef).toBe("1.1.3 – 4th milestone");
  });

  it("gives KPI, target and deadline printed before a label to the item after them", () => {
    const aa = item(sap, 1, "aa");
    expect([aa.kpis, aa.targets, aa.deadline]).toEqual([
      ["Number of activities"],
      ["At least once per year"],
      "June 2020",
    ]);
    const bb = item(sap, 1, "bb");
    expect(bb.rspRef).toBe("3.2.3 - 2nd milestone");
    expect([bb.kpis, bb.targets, bb.deadline]).toEqual([
      ["Number of implementing Members"],
      ["33/33 Members"],
      "On-going",
    ]);
    const b4 = item(sap, 4, "b");
    expect([b4.kpis, b4.targets, b4.deadline]).toEqual([
      ["Number of items shared"],
      ["At least once per quarter"],
      "On-going",
    ]);
    const c4 = item(sap, 4, "c");
    expect([c4.kpis, c4.targets, c4.deadline]).toEqual([
      ["Number of talks and uptake across the region"],
      ["At least once every quarter"],
      "June 2020",
    ]);
  });

  it("gives the cells of labels printed alone (f), i)) to them in order", () => {
    const e = item(sap, 3, "e");
    expect([e.rspRef, e.kpis, e.targets, e.deadline]).toEqual([
      "3.2.1 - 1st milestone",
      ["Number of surveys conducted"],
      ["At least once per year"],
      "June 2020",
    ]);
    const f = item(sap, 3, "f");
    expect([f.rspRef, f.kpis, f.targets, f.deadline]).toEqual([
      "3.2.1 - 2nd milestone",
      ["Number of CB activities"],
      ["At least once per year"],
      "June 2020",
    ]);
    const h = item(sap, 3, "h");
    expect([h.kpis, h.targets]).toEqual([["Number of post action undertaken"], ["At least once per year"]]);
    const i = item(sap, 3, "i");
    expect([i.rspRef, i.kpis, i.targets, i.deadline]).toEqual([
      "3.2.1 – 5th milestone",
      ["Result of the evaluation"],
      ["At least 50% of positive replies"],
      "June 2020",
    ]);
  });

  it("leaves only a repeated deadline and a second RSP reference unplaced in the SAP", () => {
    expect(unplaced.filter((u) => u.line < 2580).map((u) => u.text)).toEqual(["June 2020", "3.3.1"]);
  });

  it("fills labels printed alone in a row with the paragraphs that follow, in order", () => {
    expect(item(sap, 3, "f").action).toMatch(/^Develop and conduct capacity building activities/);
    expect(item(sap, 3, "i").action).toMatch(/^Evaluate the impact od capacity building activities/);
    expect(item(sap, 4, "c").rspRef).toBe("ROCB A/P specific (not mentioned in the RSP)");
  });

  it("reads work plan bullets and RSP references", () => {
    const f = item(awp, 1, "f");
    expect(f.action).toBe(
      "Upon request, assist Member’s effort to accede to and implement the Revised Kyoto Convention (RKC)",
    );
    expect(f.rspRef).toBe("1.1.3 - 1st milestone");
    expect(f.activities.map((a) => a.text)).toEqual([
      "Conduct national workshops on the implementation of the RKC for Afghanistan",
    ]);
    const g = item(awp, 1, "g");
    expect(g.activities).toHaveLength(6);
    expect(refs(g.activities[2]?.seeAlso ?? [])).toEqual(["1-h", "1-y"]);
    const ws = plannedWorkshops(awp);
    const rkc = ws.find((w) => w.title.startsWith("National workshops on the implementation of the RKC"));
    expect(rkc?.countries).toEqual(["Afghanistan"]);
    expect(rkc?.kind).toBe("national");
  });

  describe("work plan cells printed side by side on one line", () => {
    const acts = (letter: string) => item(awp, 1, letter).activities.map((a) => a.text);

    it("keeps action and activity text apart when their lines alternate", () => {
      expect(item(awp, 1, "c").action).toBe(
        "Upon request, assist Member’s effort in developing and using national valuation database or the like as a risk management tool",
      );
      expect(acts("c")).toEqual([
        "Conduct a national workshop on valuation training and valuation database for Bhutan",
        "Organize a sub-regional Workshop on Revenue package for the Pacific",
      ]);
      expect(item(awp, 1, "e").action).toBe(
        "Upon request, assist Member’s efforts in implementing trade recovery activities",
      );
      expect(acts("e")).toEqual([
        "Upon request, provide the assistance in implementing trade recovery activities",
      ]);
      expect(item(awp, 1, "v").action).toBe(
        "Work with Vice Chair and Members to promote the application of sustainable anti-drug initiatives (e.g. WCO Compliance and Enforcement Package (CEP))",
      );
      expect(acts("v")).toEqual([
        "Organize a regional workshop on commercial fraud and illicit financial flow",
      ]);
      expect(item(awp, 1, "w").action).toBe(
        "Work with RILO A/P and Members to promote activities to raise awareness on environment issue (e.g. hazardous waste and wildlife)",
      );
      expect(acts("w")).toEqual(["Organize a regional workshop on environment program"]);
    });

    it("follows three columns printed line by line in turn (t, x, y)", () => {
      const t = item(awp, 1, "t");
      expect(t.action).toBe(
        "Upon request, assist Member’s effort in utilizing Advance Passenger Information (API) / Passenger Name Record (PNR) for the risk assessment of travelers",
      );
      expect(t.activities[0]?.text).toBe(
        "Upon request, provide assistance for the introduction and/or use of API/PNR",
      );
      const x = item(awp, 1, "x");
      expect(x.action).toBe(
        "Upon request, assist Member’s effort in enhancing border security in order to tackle with terrorists threats",
      );
      expect(x.kpis).toEqual(["Number of activities conducted in A/P region"]);
      expect(acts("x")[0]).toBe(
        "In cooperation with the WCO Secretariat, conduct a national workshop on evaluation of the implementation of the SAFE FoS for Afghanistan",
      );
      expect(refs(x.activities[0]?.seeAlso ?? [])).toEqual(["1-d", "1-y"]);
      const y = item(awp, 1, "y");
      expect(y.action).toBe(
        "Undertake capacity building activities to promote trade security and facilitation in the region (e.g. SAFE FoS, RM and WTO TFA)",
      );
      expect(y.kpis).toEqual(["Number of CB activities undertaken"]);
    });

    it("hands runs of bullets printed under a later label to the item their See-also notes leave out", () => {
      // Printed under 1-(a) with "See also 1-(y)" and under 1-(aa) with "See also 1-(a)": the second is 1-(y)'s.
      expect(acts("y")).toContain("Organize a regional workshop on transit");
      expect(acts("y")).toContain(
        "Organize a sub-regional workshop on risk management and compliance management for the Pacific",
      );
      expect(acts("z")).toContain("Organize a regional workshop on money laundering");
      expect(acts("aa")).toEqual([
        "Conduct a national workshop on human resource development for Indonesia",
        "Conduct national workshops on training management for Myanmar and Vietnam",
        "Conduct national workshops on Leadership Management Development for Laos and Mongolia",
        // Printed under 1-(bb) with "See also 3-(a)" and under 3-(a) with "See also 1-(aa)".
        "Organize a regional workshop on training management",
      ]);
      expect(acts("aa").some((a) => /money laundering|transit/.test(a))).toBe(false);
      // A See-also note cut off its bullet by the page joins the bullet it ends.
      expect(refs(item(awp, 1, "y").activities[0]?.seeAlso ?? [])).toEqual(["1-d", "1-x"]);
    });

    it("finishes an indicator whose next words end a line of the work-plan column ('… organized exchange of')", () => {
      const a = item(awp, 2, "a");
      expect(a.kpis).toEqual(["Number of exchange of information"]);
      expect(a.activities.map((x) => x.text)).toEqual([
        "Continue strategic dialogues and cooperation with development partners through participation in the meetings and seminars organized by them",
      ]);
    });

    it("carries a sentence of planned work cut mid-phrase ('… for the') on to the next line, not the indicator", () => {
      const b = item(awp, 2, "b");
      expect(b.kpis).toEqual(["Number of activities"]);
      expect(b.activities[1]?.text).toMatch(/send experts for the joint projects$/);
      expect(b.activities[2]?.text).toMatch(/in reform and modernization$/);
    });

    it("gives indicators printed in a run after a later row back to the items without one (one KPI per item)", () => {
      expect(["c", "d", "e"].map((l) => item(awp, 1, l).kpis)).toEqual([
        ["Number of Members"],
        ["Number of assistance provided"],
        ["Number of assistance provided"],
      ]);
      expect(item(awp, 1, "h").kpis).toEqual([
        "Number of implementing Members",
        "Number of contracting Members",
      ]);
      expect(item(awp, 1, "i").kpis).toEqual(["Number of implementing Members"]);
    });

    it("gives a word printed inside a See-also note to the indicator beside it (1-(t))", () => {
      const t = item(awp, 1, "t");
      expect(t.kpis).toEqual(["Number of Members accepted WCO Recommendation"]);
      expect(acts("t")[1]).toBe("Organize a regional workshop on the Regional Security Framework");
      expect(refs(t.activities[1]?.seeAlso ?? [])).toEqual(["1-x", "1-y"]);
    });

    it("finishes an indicator with a word that cannot continue an activity closed by its See-also note (3-(a))", () => {
      const a = item(awp, 3, "a");
      expect(a.kpis).toEqual(["Number of opportunities provided"]);
      expect(a.activities.map((x) => x.text)).toEqual([
        "Organize a regional workshop on training management",
      ]);
    });

    it("gives 1-(z) the indicator printed among its bullets under 1-(aa), whose own is not printed", () => {
      expect(item(awp, 1, "z").kpis).toEqual(["Number of CB activities undertaken"]);
      expect(item(awp, 1, "aa").kpis).toEqual([]);
    });

    it("follows the three columns of 4-(c) printed line by line in turn", () => {
      const c = item(awp, 4, "c");
      expect(c.action).toBe(
        "Work with Vice Chair, RILO A/P and interested Members to hold “visiting expert” exchanges, speaking events, webinars or TED talks featuring keynote speakers and experts (from inside or outside region) to highlight pertinent strategic issues",
      );
      expect(c.kpis).toEqual(["Number of talks and uptake across the region"]);
      expect(c.activities.map((x) => x.text)).toEqual([
        "As appropriate, work with Vice Chair, RILO A/P and interested Members to hold “visiting expert” exchanges, speaking events, webinars or TED talks",
      ]);
    });

    it("leaves an item the work plan prints no indicator for without one (nothing is borrowed from the SAP)", () => {
      for (const [pillar, letter] of [
        [1, "s"],
        [3, "b"],
        [4, "a"],
      ] as const) {
        expect(item(awp, pillar, letter).kpis).toEqual([]);
      }
    });

    it("ends an action at its RSP reference, so the lines after it go on with the planned work (3-(b), 3-(e))", () => {
      expect(item(awp, 3, "b").action).toBe(
        "Pool, utilize, support and increase accredited experts in the region based on the framework",
      );
      expect(item(awp, 3, "b").activities[1]?.text).toBe(
        "Discuss and cooperate with Regional Training Centers to keep update the knowledge and skills of these accredited experts and candidates",
      );
      expect(item(awp, 3, "e").action).toMatch(/via a survey and ongoing consultation$/);
      expect(item(awp, 3, "e").activities[1]?.text).toMatch(
        /paying due attention to the Members’ needs and priorities\.?$/,
      );
    });

    it("keeps the two columns of 4-(a) in turn through the action's open bracket", () => {
      const a = item(awp, 4, "a");
      expect(a.action).toMatch(
        /\(e\.g\. WCO A\/P Website and Newsletter, ROCB A\/P Website and E-Newsletters\)$/,
      );
      expect(a.activities[1]?.text).toMatch(/of the ROCB A\/P’s activities\.$/);
    });

    it("takes indicator words printed at the end of activity lines out of the activities", () => {
      expect(item(awp, 1, "a").kpis).toEqual(["Number of implementing Members"]);
      expect(acts("a")[1]).toBe(
        "Organize a sub-regional workshop on risk management and compliance management for the Pacific",
      );
      const m = item(awp, 1, "m");
      expect(m.action).toBe(
        "Upon request, assist Member’s effort in implementing the resolution on Natural Disaster Relief",
      );
      expect(m.kpis).toEqual(["Number of implementing Members"]);
      expect(acts("m")).toEqual([
        "Upon request, provide assistance for the implementation of the WCO Resolution on Natural Disaster Relief",
      ]);
      // 1-(l)'s three bullet marks were printed bare; their texts, without marks, after 1-(m)'s label.
      expect(acts("l")).toEqual([
        "Organize national workshops on Customs ICT for Iran and Pakistan",
        "In cooperation with partner organization, organize a regional workshop on ICT Masterclass",
        "Conduct national workshops on Single Window and data Model for Mongolia",
      ]);
      expect(item(awp, 1, "p").kpis).toEqual(["Number of implementing Members"]);
      expect(acts("p")).toEqual([
        "Organize a regional workshop on cross-border e-commerce Framework of Standards",
      ]);
      // "Number of operating SW" was printed beside 1-(r)'s bullets under 1-(q)'s label: it goes with them.
      expect(item(awp, 1, "q").kpis).toEqual(["Number of operating CBM"]);
      expect(item(awp, 1, "r").kpis).toEqual(["Number of operating SW"]);
      // Printed under 1-(q), the ICT Masterclass bullet says "See also 1-(l) and 2-(b)": it is 1-(r)'s.
      expect(acts("q")).toEqual(["Conduct a national workshop on CBM for Nepal"]);
      expect(acts("r")[0]).toBe(
        "In cooperation with partner organization, organize a regional workshop on ICT Masterclass",
      );
      const bb = item(awp, 1, "bb");
      expect(bb.kpis).toEqual(["Number of implementing Members"]);
      expect(acts("bb").at(-1)).toBe("Upon request, provide assistance on integrity action plan");
    });
  });
});
