import { describe, expect, it } from "vitest";
import { countriesOf } from "../../../src/import/plans/countries.ts";
import { parsePlans, plannedWorkshops } from "../../../src/import/plans/index.ts";
import { assignLetters, letterAt, letterIndex } from "../../../src/import/plans/labels.ts";
import { cleanText } from "../../../src/import/plans/normalise.ts";
import { parseSeeAlso } from "../../../src/import/plans/see-also.ts";
import { workshopTitle } from "../../../src/import/plans/workshops-from-activities.ts";

const sap = (rows: string[]) => [
  "Some prose that mentions the Strategic Action Plan (2030-2032) in passing.",
  "",
  "Strategic Action Plan (2030-2032)",
  "",
  "1. Support the implementation of conventions",
  "",
  "Specific Actions of ROCB A/P\tRelevant part of RSP\tKPI\tTarget\tTimeframe",
  ...rows,
];

describe("damage rules on made-up tables", () => {
  it("infers a lost label from its neighbours", () => {
    const { plans } = parsePlans(
      sap([
        "a) Do one thing\t1.1.1 - 1st milestone\tNumber of Members\tAt least 3 Members\tJune 2032",
        "Do another thing\t1.1.2 - 1st milestone\tNumber of Members\tOnce a year\tJune 2032",
        "c) Do a third thing\t1.1.3 - 1st milestone\tNumber of Members\t33/33 Members\tOn-going",
      ]),
    );
    expect(plans).toHaveLength(1);
    const items = plans[0]?.items ?? [];
    expect(items.map((i) => [i.letter, i.repairedLabel])).toEqual([
      ["a", null],
      ["b", ""],
      ["c", null],
    ]);
    expect(items[1]?.action).toBe("Do another thing");
    expect(items[2]?.deadline).toBe("On-going");
    expect(plans[0]?.periodEnd).toBe("2032-06-30");
  });

  it("repairs digits and capitals, joins split labels and wrapped rows", () => {
    const { plans } = parsePlans(
      sap([
        "8) First\tr1\tk1\tt1\td1",
        "\tSecond\tr2\tk2\tt2\td2",
        "C)\tThird part one\tr3\tk3\tt3\t30 June",
        "\tcontinued\t\t\t\t2032",
        "d",
        ") Fourth\tr4\tk4\tt4\td4",
      ]),
    );
    const items = plans[0]?.items ?? [];
    expect(items.map((i) => `${i.letter}:${i.repairedLabel}`)).toEqual(["a:8)", "b:", "c:C)", "d:null"]);
    expect(items[2]?.action).toBe("Third part one continued");
    expect(items[2]?.deadline).toBe("30 June 2032");
    expect(items[3]?.action).toBe("Fourth");
  });

  it("ignores a plan heading with no table after it", () => {
    const { plans, ranges } = parsePlans([
      "Annex 2",
      "ROCB A/P Strategic Action Plan (2012-2014)",
      "",
      "Thanks.",
    ]);
    expect(plans).toEqual([]);
    expect(ranges).toEqual([]);
  });

  it("runs letters past z as aa, bb", () => {
    expect(letterAt(25)).toBe("z");
    expect(letterAt(26)).toBe("aa");
    expect(letterIndex("kk")).toBe(36);
    const rows = Array.from({ length: 28 }, (_, i) => ({ printed: i === 27 ? "" : `${letterAt(i)})` }));
    expect(assignLetters(rows).at(-1)).toEqual({ letter: "bb", repaired: "" });
  });

  it("maps a numbered list continuing from another list to letters by number", () => {
    const out = assignLetters([{ printed: "5." }, { printed: "6." }, { printed: "8." }, { printed: "7." }]);
    expect(out.map((o) => o.letter)).toEqual(["a", "b", "d", "c"]);
  });

  it("cleans markup", () => {
    expect(cleanText("1.1.1 – 1 <sup>st</sup> , 3 <sup>rd</sup> milestone")).toBe(
      "1.1.1 – 1st, 3rd milestone",
    );
    expect(cleanText("<p><i>Tom &amp; Jerry</i></p>")).toBe("Tom & Jerry");
  });

  it("parses See-also notes with pillar carry-over", () => {
    const r = parseSeeAlso("Workshop X (See also 1-(b), (c), and 3-(k), (l))", 2);
    expect(r.text).toBe("Workshop X");
    expect(r.refs).toEqual([
      { pillar: 1, letter: "b" },
      { pillar: 1, letter: "c" },
      { pillar: 3, letter: "k" },
      { pillar: 3, letter: "l" },
    ]);
  });

  it("splits country lists carefully", () => {
    expect(countriesOf("National Workshop on HS for Nepal and Palau, Republic of")).toEqual([
      "Nepal",
      "Palau, Republic of",
    ]);
    expect(countriesOf("Regional workshop on X for All Countries")).toEqual([]);
    expect(countriesOf("Sub-regional workshop on Y for the Pacific")).toEqual([]);
    expect(countriesOf("National workshop on Z for Korea, Republic of, and Japan")).toEqual([
      "Korea, Republic of",
      "Japan",
    ]);
  });

  it("dedupes a made-up work plan's repeated workshop", () => {
    const { plans } = parsePlans([
      "Annual Work Plan (2031/32)",
      "1. Support the implementation of conventions",
      "Specific Actions of ROCB A/P\tAnnual Work Plan for 2031-2032\tRSP Key Performance Indicator",
      "a) Act one (RSP 1.1.1 – 1st milestone)\t➤ Seminar on Q for Fiji (See also 1-(b)) ➤ Attend a meeting\tKPI 1",
      "b) Act two (RSP 1.1.2)\t➤ Seminar on Q for Fiji (See also 1-(a), 2-(c))\tKPI 2",
    ]);
    const plan = plans[0];
    if (!plan) throw new Error("no plan");
    expect(plan.periodStart).toBe("2031-07-01");
    expect(plan.periodEnd).toBe("2032-06-30");
    expect(plan.items[1]?.rspRef).toBe("1.1.2");
    const ws = plannedWorkshops(plan);
    expect(ws.map((w) => w.title)).toEqual(["Seminar on Q for Fiji"]);
    expect(ws[0]?.kind).toBe("seminar");
    expect(plan.items[0]?.activities.map((a) => a.text)).toContain("Attend a meeting");
    expect(ws[0]?.serves).toEqual([
      { pillar: 1, letter: "a" },
      { pillar: 1, letter: "b" },
      { pillar: 2, letter: "c" },
    ]);
  });
});

describe("workshop titles from activities", () => {
  it("drops a leading organising verb and its article, capitalising what is left", () => {
    expect(workshopTitle("Organize Regional Accreditation Workshop")).toBe("Regional Accreditation Workshop");
    expect(workshopTitle("Conduct national workshops on X for Fiji")).toBe(
      "National workshops on X for Fiji",
    );
    expect(workshopTitle("Hold a sub-regional seminar on Y")).toBe("Sub-regional seminar on Y");
    expect(workshopTitle("Convene an annual meeting of Heads of RTC")).toBe("Annual meeting of Heads of RTC");
    expect(workshopTitle("In cooperation with the WCO, organize a regional workshop on Z")).toBe(
      "Regional workshop on Z",
    );
    expect(workshopTitle("National workshop on HS for Nepal")).toBe("National workshop on HS for Nepal");
  });

  it("does not plan events the office only attends", () => {
    expect(workshopTitle("Attend RILO National Contact Point (NCP) meeting")).toBeNull();
    expect(workshopTitle("Participate in the regional seminar on Q")).toBeNull();
    expect(workshopTitle("As appropriate, attend the WCO Global Meeting of Regional Structures")).toBeNull();
  });
});

describe("a target cell that lost its (1)/(2) labels", () => {
  it("is split into one target per numbered KPI", () => {
    const lines = [
      "ROCB A/P Strategic Action Plan (2030-2032)",
      "",
      "1. Support the implementation of WCO conventions, instruments and tools",
      "",
      "\tSpecific Actions of ROCB A/P\tRelevant part of RSP 2030-2032\tKPI\tTarget\tTimeframe in the RSP",
      "a)\tAssist Members with the HS\t1.1.2-2nd milestone\t(1)Number of implementing members (2)Number of contracting members\t20/20 members At least 31/33 members\tJUN 2032",
    ];
    const [plan] = parsePlans(lines).plans;
    expect(plan?.items[0]?.targets).toEqual(["20/20 members", "At least 31/33 members"]);
  });
});
