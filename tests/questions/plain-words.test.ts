import { describe, expect, it } from "vitest";
import { openCatalogue } from "../../src/bootstrap.ts";
import { loadConfig } from "../../src/config.ts";
import type { CommandContext } from "../../src/context.ts";
import { answerQuestion } from "../../src/questions/answer.ts";
import { valid } from "../commands/check.ts";

// Questions as staff and Member officials ask them, written from the office's documents (the annual
// reports 2011/12 and 2017/18, SAP 2012-2014 and 2022-2024, AWP 2012/13, 2018-2019 and 2024-2025), each
// with what its answer must say. Asked by someone who is not staff, on the bundled catalogue.

const catalogues = new Map<string, CommandContext>();

/** The bundled catalogue with the clock at noon (office time) on `day`. */
function askedOn(day: string): CommandContext {
  const known = catalogues.get(day);
  if (known) return known;
  const now = new Date(`${day}T03:00:00Z`);
  const { db, search } = openCatalogue({ DATABASE_PATH: ":memory:" }, now);
  const ctx: CommandContext = {
    db,
    search,
    config: loadConfig({} as NodeJS.ProcessEnv),
    now,
    userId: "U1",
    isStaff: async () => false,
    offset: 0,
  };
  catalogues.set(day, ctx);
  return ctx;
}

interface Case {
  q: string;
  /** The clock; AWP 2024-2025 is in force on the default day. */
  on?: string;
  has: Array<string | RegExp>;
  not?: Array<string | RegExp>;
}

const ask = async ({ q, on = "2024-10-01" }: Case) => valid(await answerQuestion(q, askedOn(on)));

function expectAnswer(text: string, c: Case) {
  for (const h of c.has) {
    if (typeof h === "string") expect(text).toContain(h);
    else expect(text).toMatch(h);
  }
  for (const n of c.not ?? []) {
    if (typeof n === "string") expect(text).not.toContain(n);
    else expect(text).not.toMatch(n);
  }
}

const WHERE_HELD: Case[] = [
  // Annual Report 2011/12 and 2017/18: Cheonan, Incheon, Busan and Seoul are in Korea.
  {
    q: "which workshops were held in Korea?",
    has: ["in:Korea", "Regional Workshop on AEO", "Capacity Building of Customs Laboratories", "Busan"],
    not: ["National Workshop on AEO"],
  },
  {
    q: "workshops hosted by Malaysia",
    has: [
      "in:Malaysia",
      "Regional Workshop for Intelligence Management",
      "Regional Workshop on NII Image Analysis",
    ],
    not: ["Importance of Post Clearance Audit"],
  },
  {
    q: "what was held in japan in 2018?",
    has: ["in:Japan", "Accreditation of Expert Trainers on Harmonized System"],
  },
  {
    q: "regional workshops held in Australia",
    has: ["Small Arms and Light Weapons", "Melbourne", "Anti-Money Laundering", "Sydney"],
  },
  {
    q: "pls list regional workshops held in china in fy2017/18",
    has: ["in:China", "FY2017/18", "Environmental Topics", "Shanghai"],
  },
  {
    q: "any workshops for Mongolia?",
    has: [
      "for:Mongolia",
      "Customs valuation for Mongolia",
      "Modernization of Customs Laboratory for Mongolia",
    ],
  },
  // A bare country matches either, and the answer says how it was read.
  {
    q: "workshops in Fiji in 2018",
    has: ["country:Fiji", "Accreditation of Mercator Program Advisors", "for Fiji or held there"],
  },
  {
    q: "/workshops past 2017 kind:regional country:Australia",
    has: ["Small Arms and Light Weapons", "Melbourne"],
  },
  { q: "/workshops search in:Thailand kind:regional", has: ["Natural Disaster Relief", "Bangkok"] },
  { q: "/workshops past host:Philippines", has: ["National Workshop on PCA for Philippines and Pakistan"] },
  { q: "where was the regional workshop on human resource development held?", has: ["Ha Noi", "Vietnam"] },
  { q: "when was the TRS workshop in maldives", has: ["Time Release Study for Maldives", "20-24 Nov 2017"] },
];

const SURVEYS: Case[] = [
  // Annual Report 2017/18, Annex IV: the Follow-Up Action Survey of the FY2016/17 workshops.
  {
    q: "how many replied to the follow-up survey after the PCA workshop?",
    has: ["Regional Workshop on Post Clearance Audit", "19 of 24", "79%", "shared training materials 15"],
  },
  {
    q: "what share of administrations answered the survey in 2016/17?",
    has: ["148 of 261", "57%", "13 workshops"],
  },
  { q: "survey results for the customs valuation workshop", has: ["Customs Valuation", "15 of 25", "60%"] },
  { q: "response rate of the NII workshop", has: ["Non-Intrusive Inspection", "12 of 26", "46%"] },
  {
    q: "did people answer the follow up survey after the postal items workshop",
    has: ["Postal Items", "10 of 22"],
  },
  {
    q: "which follow-up actions did the security program workshop participants take?",
    has: ["Security Program", "submitted reports 13", "others 8"],
  },
  { q: "survey results e-commerce", has: ["Digital Customs and ECommerce", "8 of 21", "38%"] },
  { q: "/survey results 2016/17", has: ["148 of 261", "Post Clearance Audit"] },
  { q: "/survey status", has: ["everyone can see the results in aggregate", "/survey results"] },
  { q: "/workshops show 124", has: ["Post Clearance Audit for Malaysia", "Follow-up survey"] },
];

const TARGETS: Case[] = [
  // SAP 2022-2024 prints a KPI, a target and the deadline 30 June 2024 per item; the AWP a KPI only.
  {
    q: "KPI for post clearance audit in the 2024-25 work plan",
    has: ["1-(q)", "AWP 2024-2025", "Number of Members"],
    not: ["60 no data"],
  },
  {
    q: "what's the deadline for the e-commerce item in SAP 2022-2024?",
    has: ["1-(r)", "30 June 2024", "At least 20/33 Members"],
  },
  {
    q: "target for single window in sap 2022-2024",
    has: ["1-(t)", "33/33 Members", "Number of operating SW"],
  },
  {
    q: "what is the target for AEO in the strategic action plan 2022-2024",
    has: ["1-(e)", "At least 28 MRA"],
  },
  { q: "deadline for the RKC item in SAP 2012-2014", has: ["1-(c)", "JUN 2014", "At least 18/33 members"] },
  {
    q: "what are the KPIs for rsik management in the current plan",
    has: ["Did you mean risk?", "AWP 2024-2025", "Risk Management Compendium"],
  },
  {
    q: "what are the KPIs for custmos valuation in SAP 2022-2024",
    has: ["Did you mean customs?", "1-(p)", "WTO Valuation Agreement"],
  },
  {
    q: "kpi on time release study",
    on: "2023-03-01",
    has: ["SAP 2022-2024", "the plan in force on 1 Mar 2023", "TRS"],
    not: ["AWP 2024-2025"],
  },
  {
    q: "what's the KPI on AEO in the current plan",
    on: "2019-10-01",
    has: ["SAP 2018-2020", "Authorized Economic Operators"],
    not: ["2024"],
  },
  {
    q: "what's the KPI on e-commerce and blorf in SAP 2022-2024?",
    has: ["1-(r)", "I did not use: blorf"],
  },
];

const PLANNED_WORK: Case[] = [
  // AWP 2012/13, item 1-(a): "Upon request, send experts to Mongolia, Maldives, Myanmar, Bangladesh…".
  {
    q: "did the AWP 2012/13 plan to send experts to Mongolia?",
    has: ["1-(a)", "send experts to Mongolia", "AWP 2012-2013"],
    not: ["No workshop on record"],
  },
  {
    q: "did the 2012/13 work plan plan to send experts to Bhutan for RKC?",
    has: ["1-(c)", "send experts to Bhutan"],
  },
  { q: "what did AWP 2018-2019 say about transit?", has: ["Organize a regional workshop on transit"] },
  {
    q: "did the 2018-2019 work plan include a workshop on transit?",
    has: ["Workshops planned in AWP 2018-2019", "Regional workshop on transit"],
  },
  {
    q: "what's planned for Bhutan this year?",
    on: "2019-10-01",
    has: ["AWP 2018-2019", "valuation database for Bhutan", '"this year" read as 2019'],
    not: ["AWP 2024-2025"],
  },
  {
    q: "what is planned in the latest plan?",
    on: "2012-09-01",
    has: ["AWP 2012-2013"],
    not: ["2018", "2024"],
  },
  {
    q: "how are we doing on our KPIs",
    on: "2021-01-01",
    has: ["SAP 2018-2020"],
    not: ["2022", "2024", "Did you mean"],
  },
  { q: "what workshops are planned next year?", has: ["AWP 2024-2025", '"next year" read as 2025'] },
];

const COUNTS: Case[] = [
  // Annual Report 2011/12: "CCF-Japan funded 7 regional workshops, 2 sub-regional workshops and 11 national
  // workshops while CCF-Korea funded 2 regional workshops, 2 national workshops and 1 conference".
  {
    q: "how many national workshops did CCF-Japan fund in 2011/12?",
    has: ["10 workshops", "National Seminar on the Amendments to HS 2012", "11 with it"],
  },
  {
    q: "how many regional workshops were held in FY2011/12?",
    has: ["8 workshops", "Accreditation Workshop for AEO Experts", "9 with it"],
  },
  {
    q: "how many workshops did CCF-Korea fund in 2011-2012",
    has: ["4 workshops", "2 national", "1 other event"],
  },
  {
    q: "how many regional and national workshops were held in 2011/12",
    has: ["FY2011/12", "kind:regional kind:national", "13 national, 8 regional"],
  },
  { q: "number of workshops held in bhutan", has: ["in:Bhutan", "Post Clearance Audit for Bhutan"] },
];

const SPONSORS: Case[] = [
  { q: "who funds the AEO workshops?", has: ["Funded by CCF-Korea", "no sponsor recorded"] },
  { q: "who sponsored the workshops in Fiji?", has: ["Funded by", "CCF-Korea", "CCF-China"] },
  { q: "which donor paid for the PCA workshops in 2018", has: ["CCF-Japan (2)", "CCF-Korea (1)"] },
  {
    q: "who funded the national workshop on PCA for Iran",
    has: ["CCF-Japan", "Post Clearance Audit for Iran"],
  },
  {
    q: "which workshops did CCF-China sponsor in 2017/18?",
    has: ["Modernization of Customs Laboratory for Mongolia"],
  },
];

const VOCABULARY: Case[] = [
  // Abbreviations the documents define in brackets, short forms and place spellings.
  { q: "HRD workshops", has: ["WCO Regional Workshop on Human Resource Development"] },
  { q: "non-intrusive inspection workshops", has: ["Regional Workshop on NII Image Analysis"] },
  { q: "workshops on coordinated border management", has: ["National workshop on CBM for Nepal"] },
  { q: "salw workshop", has: ["Small Arms and Light Weapons"] },
  { q: "labs workshops", has: ["Capacity Building of Customs Laboratories"] },
  { q: "workshop in Hanoi", has: ["Human Resource Development", "Ha Noi"] },
  { q: "anything on the revised kyoto convention?", has: ["RKC"] },
  { q: "CEP workshop in japan", has: ["Compliance and Enforcement Package"] },
];

const TYPOS: Case[] = [
  { q: "workshops in Fjii", has: ["Did you mean Fiji?", "country:Fiji"], not: ["I don't know"] },
  { q: "/workshop past 2017", has: ["Did you mean /workshops?", "Workshops in 2017"] },
  { q: "worksops", has: ["Did you mean workshops?"], not: ["I don't know"] },
  { q: "upcomming workshops in smoa", has: ["Samoa"], not: ["I don't know"] },
  { q: "wrokshops held in Thialand in 2012", has: ["in:Thailand", "Natural Disaster Relief"] },
  { q: "/kip 1-(h)", has: ["Did you mean /kpi?", "1-(h)"] },
  { q: "next worshop in vanuatu?", has: ["Vanuatu"], not: ["I don't know"] },
];

const CHAT: Case[] = [
  {
    q: "hey, quick question: when is the next training in fiji? thanks",
    has: ["country:Fiji"],
    not: ["I did not use"],
  },
  {
    q: "WHICH WORKSHOPS WERE HELD IN INDONESIA IN 2017",
    has: ["in:Indonesia", "Customs Valuation for Indonesia"],
  },
  { q: "hi team, who paid for the SALW workshop in melbourne?", has: ["CCF-Japan"] },
  {
    q: "how many participants came to the small arms workshop",
    has: ["Small Arms and Light Weapons", /\b33\b/],
    not: ["I did not use"],
  },
];

describe("questions in plain words, written from the documents", () => {
  for (const [name, cases] of Object.entries({
    WHERE_HELD,
    SURVEYS,
    TARGETS,
    PLANNED_WORK,
    COUNTS,
    SPONSORS,
    VOCABULARY,
    TYPOS,
    CHAT,
  })) {
    describe(name, () => {
      it.each(cases.map((c) => [c.q, c] as const))("%s", async (_q, c) => {
        expectAnswer(await ask(c), c);
      });
    });
  }

  it("has at least 60 questions", () => {
    const n = [WHERE_HELD, SURVEYS, TARGETS, PLANNED_WORK, COUNTS, SPONSORS, VOCABULARY, TYPOS, CHAT].flat()
      .length;
    expect(n).toBeGreaterThanOrEqual(60);
  });
});
