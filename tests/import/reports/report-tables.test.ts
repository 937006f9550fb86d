import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/import/reports/index.ts";

const HEADER = [
  "Date",
  "Workshop",
  "Kind",
  "For",
  "Venue",
  "City",
  "Host country",
  "Sponsor",
  "Participants",
  "Administrations",
];
const ROWS = [
  [
    "17-20 July 2017",
    "WCO Regional Workshop on Small Arms & Light Weapons",
    "regional",
    "–",
    "–",
    "Melbourne",
    "Australia",
    "CCF-Japan",
    "33",
    "–",
  ],
  [
    "7-10 May 2018",
    "Combined WCO National Workshop on SAFE and AEO",
    "national",
    "Papua New Guinea; Samoa; Tonga",
    "–",
    "Port Moresby",
    "Papua New Guinea",
    "CCF-Korea",
    "22",
    "3",
  ],
  [
    "June 2018",
    "WCO A/P Regional Workshop on the Compliance and Enforcement Package (CEP)",
    "regional",
    "–",
    "–",
    "–",
    "Japan",
    "–",
    "–",
    "–",
  ],
];
const SURVEY_HEADER = [
  "No.",
  "Workshop",
  "Month",
  "Administrations",
  "Participants surveyed",
  "Replies",
  "Shared training materials",
  "Submitted reports",
  "Made recommendations",
  "Organized an in-house workshop",
  "Developed operational manuals",
  "Others",
];
const SURVEY = [
  [
    "1",
    "WCO Sub-regional Integrity for the Pacific",
    "July 2016",
    "8",
    "–",
    "5",
    "3",
    "2",
    "1",
    "1",
    "1",
    "3",
  ],
  ["Total", "–", "–", "8", "–", "5", "3", "2", "1", "1", "1", "3"],
];

const esc = (t: string) => t.replace(/&/g, "&amp;");
/** mammoth's HTML of a Word table, cut into lines after each closing tag as the importer did. */
const html = (rows: string[][]) =>
  `<table><thead>${rows
    .map(
      (r, i) =>
        `<tr>${r.map((c) => (i === 0 ? `<th><p><strong>${esc(c)}</strong></p></th>` : `<td><p>${esc(c)}</p></td>`)).join("")}</tr>`,
    )
    .join("</thead><tbody>")}</tbody></table>`
    .replace(/(<\/(?:p|tr|table)>)/g, "$1\n")
    .split("\n");
/** The document model's lines: a row per line of tab-separated cells (entities kept), a blank line after the table. */
const tabs = (rows: string[][]) => [...rows.map((r) => r.map(esc).join("\t")), ""];

const report = (table: (rows: string[][]) => string[]) => [
  "Annual Report 2017/18",
  "Workshops held in FY2017/18",
  ...table([HEADER, ...ROWS]),
  "Follow-Up Action Survey of the FY2016/17 workshops",
  "The survey as printed.",
  ...table([SURVEY_HEADER, ...SURVEY]),
  "Response rate of this round, as printed: 5 replies from 8 administrations (63%).",
];

describe("reports printing their events and survey as tables with a header row", () => {
  for (const [name, layout] of [
    ["HTML table (mammoth)", html],
    ["tab-separated rows (document model)", tabs],
  ] as const) {
    it(`reads each row as one held event and the survey annex, from ${name}`, () => {
      const read = parseReport(report(layout), []);
      expect(read.title).toBe("Annual Report 2017/18");
      expect(read.unplaced).toEqual([]);
      const held = read.workshops.filter((w) => w.start !== "2016-07");
      expect(held.map(({ line: _, ...w }) => w)).toEqual([
        {
          title: "WCO Regional Workshop on Small Arms & Light Weapons",
          kind: "regional",
          countries: [],
          city: "Melbourne",
          hostCountry: "Australia",
          venue: null,
          start: "2017-07-17",
          end: "2017-07-20",
          participants: 33,
          administrations: null,
          sponsor: "CCF-Japan",
          status: "held",
          serves: [],
        },
        {
          title: "Combined WCO National Workshop on SAFE and AEO",
          kind: "national",
          countries: ["Papua New Guinea", "Samoa", "Tonga"],
          city: "Port Moresby",
          hostCountry: "Papua New Guinea",
          venue: null,
          start: "2018-05-07",
          end: "2018-05-10",
          participants: 22,
          administrations: 3,
          sponsor: "CCF-Korea",
          status: "held",
          serves: [],
        },
        {
          title: "WCO A/P Regional Workshop on the Compliance and Enforcement Package (CEP)",
          kind: "regional",
          countries: [],
          city: null,
          hostCountry: "Japan",
          venue: null,
          start: "2018-06",
          end: "2018-06",
          participants: null,
          administrations: null,
          sponsor: null,
          status: "held",
          serves: [],
        },
      ]);
      expect(read.surveys).toEqual([
        {
          fiscalYear: "2016/17",
          rows: [
            {
              position: 1,
              workshopTitle: "WCO Sub-regional Integrity for the Pacific",
              workshopMonth: "2016-07",
              administrations: 8,
              replies: 5,
              sharedMaterials: 3,
              submittedReports: 2,
              madeRecommendations: 1,
              inhouseWorkshop: 1,
              operationalManuals: 1,
              others: 3,
            },
          ],
        },
      ]);
      // The surveyed workshop is known from the annex, as a held workshop of its month.
      expect(read.workshops.filter((w) => w.start === "2016-07").map((w) => w.title)).toEqual([
        "WCO Sub-regional Integrity for the Pacific",
      ]);
    });
  }

  it("reads the columns by their header words in any order, and says which row it could not read", () => {
    const order = [1, 0, 7, 8, 2, 3, 4, 5, 6, 9];
    const shuffle = (r: string[]) => order.map((i) => r[i] ?? "");
    const broken = ["–", "A Workshop Without a Date", "national", "–", "–", "–", "–", "–", "–", "–"];
    const read = parseReport(["Annual Report 2017/18", ...tabs([HEADER, ...ROWS, broken].map(shuffle))], []);
    expect(read.workshops.map((w) => [w.start, w.kind, w.sponsor, w.participants])).toEqual([
      ["2017-07-17", "regional", "CCF-Japan", 33],
      ["2018-05-07", "national", "CCF-Korea", 22],
      ["2018-06", "regional", null, null],
    ]);
    expect(read.unplaced.map((u) => u.text)).toEqual(["a table row with no date: A Workshop Without a Date"]);
  });
});
