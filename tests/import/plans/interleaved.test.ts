import { describe, expect, it } from "vitest";
import { parsePlans } from "../../../src/import/plans/index.ts";
import { item } from "./helpers.ts";

// Made-up PDF exports whose table cells come one per line (no tabs).
const sap = (rows: string[]) => [
  "Strategic Action Plan (2030-2032)",
  "1. Support the implementation of conventions",
  "Specific Actions of ROCB A/P",
  "",
  ...rows,
];

function onlyPlan(lines: string[]) {
  const { plans, unplaced } = parsePlans(lines);
  const plan = plans[0];
  if (!plan) throw new Error("no plan");
  return { plan, unplaced };
}

describe("interleaved cells printed away from their label", () => {
  it("gives cells printed after a complete row to the later item that has none (row printed out of order)", () => {
    const { plan, unplaced } = onlyPlan(
      sap([
        "a) Do one thing",
        "1.1.1 - 1st milestone",
        "Number of Members",
        "At least 3 Members",
        "June 2032",
        "(1) At least 5 Members",
        "1.1.1 - 2nd milestone",
        "(1)Number of implementing",
        "Members",
        "(2)Number of contracting",
        "Members",
        "",
        "c) Do a third thing",
        "1.1.1 - 3rd milestone",
        "Number of Members",
        "33/33 Members",
        "On-going",
        "",
        "b) Do another thing",
        "",
      ]),
    );
    expect(item(plan, 1, "a").kpis).toEqual(["Number of Members"]);
    expect(item(plan, 1, "a").targets).toEqual(["At least 3 Members"]);
    const b = item(plan, 1, "b");
    expect(b.action).toBe("Do another thing");
    expect(b.rspRef).toBe("1.1.1 - 2nd milestone");
    expect(b.kpis).toEqual(["Number of implementing Members", "Number of contracting Members"]);
    expect(b.targets).toEqual(["At least 5 Members"]);
    expect(item(plan, 1, "c").kpis).toEqual(["Number of Members"]);
    expect(unplaced).toEqual([]);
  });

  it("gives KPI, target and deadline printed before a label to that next item", () => {
    const { plan } = onlyPlan(
      sap([
        "a) Do one thing",
        "1.1.1 - 1st milestone",
        "Number of activities",
        "At least once per year",
        "June 2032",
        "",
        "Number of implementing",
        "Members",
        "33/33 Members",
        "On-going",
        "",
        "b) Do another thing 1.1.1 - 2nd milestone",
        "plan",
      ]),
    );
    const a = item(plan, 1, "a");
    expect([a.kpis, a.targets, a.deadline]).toEqual([
      ["Number of activities"],
      ["At least once per year"],
      "June 2032",
    ]);
    const b = item(plan, 1, "b");
    expect(b.action).toBe("Do another thing plan");
    expect(b.rspRef).toBe("1.1.1 - 2nd milestone");
    expect([b.kpis, b.targets, b.deadline]).toEqual([
      ["Number of implementing Members"],
      ["33/33 Members"],
      "On-going",
    ]);
  });

  it("fills labels printed alone after their cells, run by run in order", () => {
    const { plan, unplaced } = onlyPlan(
      sap([
        "a) First",
        "1.1.1 - 1st milestone",
        "Number of A",
        "At least once per year",
        "June 2032",
        "",
        "1.1.1 - 2nd milestone",
        "Number of B",
        "At least twice per year",
        "June 2032",
        "",
        "c) Third",
        "1.1.1 - 3rd milestone",
        "Number of C",
        "Once a year",
        "June 2032",
        "",
        "1.1.1 - 4th milestone",
        "Number of D",
        "At least 50% of replies",
        "On-going",
        "",
        "b)",
        "",
        "d)",
        "",
        "Second",
        "",
        "Fourth",
      ]),
    );
    expect(plan.items.map((i) => [i.letter, i.action, i.rspRef, i.kpis[0], i.deadline])).toEqual([
      ["a", "First", "1.1.1 - 1st milestone", "Number of A", "June 2032"],
      ["b", "Second", "1.1.1 - 2nd milestone", "Number of B", "June 2032"],
      ["c", "Third", "1.1.1 - 3rd milestone", "Number of C", "June 2032"],
      ["d", "Fourth", "1.1.1 - 4th milestone", "Number of D", "On-going"],
    ]);
    expect(unplaced).toEqual([]);
  });

  it("keeps a second KPI printed after the deadline of a row with only one, and a late RSP", () => {
    const { plan } = onlyPlan(
      sap(["a) First", "June 2032", "Number of A", "At least once", "1.1.1 - 1st milestone", "Number of B"]),
    );
    const a = item(plan, 1, "a");
    expect(a.kpis).toEqual(["Number of A", "Number of B"]);
    expect(a.rspRef).toBe("1.1.1 - 1st milestone");
  });

  it("returns cells nobody takes to the item they followed", () => {
    const { plan, unplaced } = onlyPlan(
      sap([
        "a) First",
        "1.1.1 - 1st milestone",
        "Number of A",
        "Once",
        "June 2032",
        "Number of B",
        "On-going",
      ]),
    );
    expect(item(plan, 1, "a").kpis).toEqual(["Number of A", "Number of B"]);
    expect(unplaced).toEqual([{ line: 11, text: "On-going" }]);
  });
});

const awp = (rows: string[]) => [
  "Annual Work Plan (2031-2032)",
  "1. Support the implementation of conventions",
  "Specific Actions of ROCB A/P",
  "",
  ...rows,
];

describe("work plan columns printed side by side", () => {
  it("splits a bullet printed mid-line and alternates the wrapped lines between the columns", () => {
    const { plan } = onlyPlan(
      awp([
        "a) Upon request, assist Members in developing and ➢ Conduct a national workshop on valuation",
        "using a database as a risk",
        "for Fiji",
        "management tool",
        "(RSP 1.1.1 - 4th milestone)",
      ]),
    );
    const a = item(plan, 1, "a");
    expect(a.action).toBe(
      "Upon request, assist Members in developing and using a database as a risk management tool",
    );
    expect(a.activities.map((x) => x.text)).toEqual(["Conduct a national workshop on valuation for Fiji"]);
    expect(a.rspRef).toBe("1.1.1 - 4th milestone");
  });

  it("keeps a line inside an open bracket with its field, and See-also notes with the activity", () => {
    const { plan } = onlyPlan(
      awp([
        "a) Work with Members to promote the",
        "➢ Organize a regional workshop on illicit financial",
        "use of tools (e.g. WCO",
        "flow (See also 1-(b))",
        "Package (CEP))",
        "b) Another thing",
      ]),
    );
    const a = item(plan, 1, "a");
    expect(a.action).toBe("Work with Members to promote the use of tools (e.g. WCO Package (CEP))");
    expect(a.activities.map((x) => x.text)).toEqual([
      "Organize a regional workshop on illicit financial flow",
    ]);
    expect(a.activities[0]?.seeAlso).toEqual([{ pillar: 1, letter: "b" }]);
  });

  it("splits an indicator printed at the end of an activity line and finishes it with short lines", () => {
    const { plan } = onlyPlan(
      awp([
        "a) Upon request, assist Members in enhancing",
        "➢ In cooperation with the WCO, conduct a national workshop Number of activities",
        "border security against threats",
        "on evaluation of the SAFE FoS for Fiji",
        "conducted in A/P",
        "(See also 1-(b))",
        "region",
        "",
        "b) Upon request, assist Members in implementing X",
        "",
        "➢ Organize a regional workshop on e-commerce Framework Number of",
        "of Standards",
        "implementing",
        "Members",
      ]),
    );
    const a = item(plan, 1, "a");
    expect(a.action).toBe("Upon request, assist Members in enhancing border security against threats");
    expect(a.kpis).toEqual(["Number of activities conducted in A/P region"]);
    expect(a.activities.map((x) => x.text)).toEqual([
      "In cooperation with the WCO, conduct a national workshop on evaluation of the SAFE FoS for Fiji",
    ]);
    const b = item(plan, 1, "b");
    expect(b.kpis).toEqual(["Number of implementing Members"]);
    expect(b.activities.map((x) => x.text)).toEqual([
      "Organize a regional workshop on e-commerce Framework of Standards",
    ]);
  });

  it("reads an unfinished indicator's next word from the end of a long line, and unbulleted paragraphs as activities", () => {
    const { plan } = onlyPlan(
      awp([
        "a) Upon request, assist Members in implementing Y",
        "",
        "Organize national workshops on ICT for Fiji",
        "",
        "Number of",
        "In cooperation with partners, organize a regional workshop implementing",
        "Members",
        "on ICT (See also 1-(b))",
        "Conduct national workshops on Single Window for",
        "Samoa (See also 1-(b))",
      ]),
    );
    const a = item(plan, 1, "a");
    expect(a.action).toBe("Upon request, assist Members in implementing Y");
    expect(a.kpis).toEqual(["Number of implementing Members"]);
    expect(a.activities.map((x) => x.text)).toEqual([
      "Organize national workshops on ICT for Fiji",
      "In cooperation with partners, organize a regional workshop on ICT",
      "Conduct national workshops on Single Window for Samoa",
    ]);
  });

  it("gives a word printed inside a See-also note ('(See Recommendation also …)') to the indicator beside it", () => {
    const { plan } = onlyPlan(
      awp([
        "a) Upon request, assist Members in utilizing API",
        "➢ Provide assistance for the use of API",
        "Number of Members accepted WCO",
        "➢ Organize a regional workshop on security (See Recommendation",
        "also 1-(b))",
        "(RSP 2.1.1 - 4th milestone)",
        "b) Upon request, assist Members in enhancing security",
      ]),
    );
    const a = item(plan, 1, "a");
    expect(a.kpis).toEqual(["Number of Members accepted WCO Recommendation"]);
    expect(a.activities.map((x) => x.text)).toEqual([
      "Provide assistance for the use of API",
      "Organize a regional workshop on security",
    ]);
    expect(a.activities[1]?.seeAlso).toEqual([{ pillar: 1, letter: "b" }]);
  });

  it("does not let a lower-case word continue an activity its See-also note closed: it finishes the indicator", () => {
    const { plan } = onlyPlan(
      awp([
        "a) Encourage and provide Members with a platform",
        "",
        "➢ Organize a regional workshop on training (See also 1-(b)) Number of",
        "opportunities",
        "provided",
        "",
        "(RSP 3.1.1 – 2nd milestone)",
        "b) Pool and utilize accredited experts",
      ]),
    );
    const a = item(plan, 1, "a");
    expect(a.kpis).toEqual(["Number of opportunities provided"]);
    expect(a.activities.map((x) => x.text)).toEqual(["Organize a regional workshop on training"]);
  });

  it("moves an indicator printed between the bullets of a run that moves, even when its item keeps none", () => {
    const { plan } = onlyPlan(
      awp([
        "a) Do the first thing",
        "➢ Organize a workshop on X (See also 1-(b))",
        "➢ Organize a workshop on Z (See also 1-(b))",
        "Number of A activities",
        "b) Do the second thing",
        "c) Do the third thing",
        "➢ Organize a workshop on X (See also 1-(a))",
        "",
        "Number of B activities",
        "",
        "➢ Organize a workshop on Z (See also 1-(a))",
        "➢ Conduct a national workshop on W for Fiji",
      ]),
    );
    expect(item(plan, 1, "b").kpis).toEqual(["Number of B activities"]);
    expect(item(plan, 1, "c").kpis).toEqual([]);
    expect(item(plan, 1, "c").activities.map((x) => x.text)).toEqual([
      "Conduct a national workshop on W for Fiji",
    ]);
  });

  it("gives bullet marks printed without text to the texts printed without a mark under the next label", () => {
    const { plan } = onlyPlan(
      awp([
        "a) Upon request, assist Members in implementing the Data Model",
        "",
        "➢",
        "➢",
        "",
        "(RSP 1.1.3 – 7th milestone)",
        "b) Upon request, assist Members in implementing a resolution",
        "",
        "Organize national workshops on ICT for Fiji",
        "Conduct national workshops on Single Window for",
        "Samoa",
        "",
        "➢ Upon request, provide assistance for the resolution",
      ]),
    );
    expect(item(plan, 1, "a").activities.map((x) => x.text)).toEqual([
      "Organize national workshops on ICT for Fiji",
      "Conduct national workshops on Single Window for Samoa",
    ]);
    expect(item(plan, 1, "b").activities.map((x) => x.text)).toEqual([
      "Upon request, provide assistance for the resolution",
    ]);
  });

  it("follows three columns printed in turn past an unfinished indicator, and a cut action takes its lower-case end", () => {
    const { plan } = onlyPlan(
      awp([
        "a) Work with partners and interested",
        "➢ As appropriate, work with partners and interested Members Number of talks and",
        "Members to hold exchanges, speaking",
        "to hold exchanges, speaking events, webinars or TED",
        "uptake across the",
        "events, webinars or TED talks featuring keynote",
        "talks",
        "region",
        "speakers and experts (from inside or outside region) to",
        "highlight pertinent strategic issues",
        "(RSP 3.3.1)",
      ]),
    );
    const a = item(plan, 1, "a");
    expect(a.action).toBe(
      "Work with partners and interested Members to hold exchanges, speaking events, webinars or TED talks featuring keynote speakers and experts (from inside or outside region) to highlight pertinent strategic issues",
    );
    expect(a.kpis).toEqual(["Number of talks and uptake across the region"]);
    expect(a.activities.map((x) => x.text)).toEqual([
      "As appropriate, work with partners and interested Members to hold exchanges, speaking events, webinars or TED talks",
    ]);
  });

  it("ends the action at its RSP reference: text after it goes on with the planned work", () => {
    const { plan } = onlyPlan(
      awp([
        "a) Pool and increase accredited experts in ➢ Organize accreditation workshops on experts of IPR",
        "the region based on the framework",
        "and TRS (See also",
        "(RSP 3.1.2 - 1st milestone)",
        "1-(b))",
        "➢ Discuss with Regional Training Centers to keep update",
        "the knowledge and skills of these accredited experts",
        "b) Work with developed Members",
      ]),
    );
    const a = item(plan, 1, "a");
    expect(a.action).toBe("Pool and increase accredited experts in the region based on the framework");
    expect(a.activities.map((x) => x.text)).toEqual([
      "Organize accreditation workshops on experts of IPR and TRS",
      "Discuss with Regional Training Centers to keep update the knowledge and skills of these accredited experts",
    ]);
  });

  it("keeps two columns printed in turn through a bracket one of them left open", () => {
    const { plan } = onlyPlan(
      awp([
        "a) Work with Members to share ➢ Issue e-newsletters every 3 months and include more",
        "experiences with Members via regional",
        "information on Members’ experiences",
        "tools ➢ Maintain the website and upload information to inform Members of the office’s",
        "(e.g. Website and Newsletter, ROCB A/P",
        "activities.",
        "Website and E-Newsletters)",
        "(RSP 3.1.1 - 1st milestone)",
      ]),
    );
    const a = item(plan, 1, "a");
    expect(a.action).toBe(
      "Work with Members to share experiences with Members via regional tools (e.g. Website and Newsletter, ROCB A/P Website and E-Newsletters)",
    );
    expect(a.activities.map((x) => x.text)).toEqual([
      "Issue e-newsletters every 3 months and include more information on Members’ experiences",
      "Maintain the website and upload information to inform Members of the office’s activities.",
    ]);
  });
});
