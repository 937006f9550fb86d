import { describe, expect, it } from "vitest";
import { countsAsWorkshop } from "../../../src/catalogue/vocabulary.ts";
import { kindOf } from "../../../src/import/reports/kinds.ts";

// The table of README.md, titles as both reports and the news articles print them.
const TABLE: Array<[string, string]> = [
  ["WCO National Workshop on Risk Assessment and Selectivity for Bhutan", "national"],
  ["Combined WCO National Workshop on SAFE and AEO for Papua New Guinea, Samoa and Tonga", "national"],
  ["National Seminar on the Amendments to HS 2012 and Trade in Chemicals", "seminar"],
  ["WCO Sub-Regional Workshop for Oceania Members on Combating Counterfeiting and Piracy", "sub-regional"],
  ["Sub-Regional Workshop: Train-the-trainer on PCA", "sub-regional"],
  ["Regional Workshop: Train-the-trainer on IPR", "regional"],
  ["OIE Regional Seminar for National Focal Points for Veterinary Products", "other"],
  ["WCO Regional Seminar for National Focal Points", "seminar"],
  ["Regional Training for National Focal Points", "regional"],
  ["WCO Regional Workshop on Accreditation of Expert Trainers on Rules of Origin", "accreditation"],
  ["WCO Pre-Accreditation Workshop for the Single Window Experts", "accreditation"],
  ["UNEP Train-the-trainer Workshop on ODS", "other"],
  ["ADB CAREC Workshop on Trade and Trade Facilitation Reforms", "other"],
  ["World Bank Workshop on Visionary Leadership in Customs Modernization for Myanmar", "other"],
  ["ROCB A/P introduces the WCO tools at the UNEP Risk Profiling Workshop", "other"],
  ["International Network of Customs Universities (INCU) Seminar", "other"],
  ["PCA Workshop for Pakistan and the Philippines", "seminar"],
  ["WCO National Workshop on SAFE and AEO Implementation for Sri Lanka", "national"],
  ["NATIONAL WORKSHOP ON AEO FOR FIJI", "national"],
  ["APEC IPR Workshop", "other"],
  ["WCO Webinar on E-Commerce", "seminar"],
  ["AEO Training and CB Program for Latin American and Caribbean Countries", "seminar"],
  ["2nd Joint Workshop on Customs Valuation and PCA for Bhutan Customs and Thai Customs", "seminar"],
  ["Regional Workshop and Dialogue on Partnership for Customs Modernization", "regional"],
  ["132nd WCO Council Session", "meeting"],
  ["15th A/P Regional Training Center Heads Meeting", "meeting"],
  ["High-level policy dialogue with Pakistan government leaders on Customs modernization", "meeting"],
  ["UNESCAP EGM for Transport", "meeting"],
  ["RILO A/P Contact Points Meeting and Closing Ceremony", "meeting"],
  ["12th WCO Annual PICARD Conference", "conference"],
  ["Asia Pacific Trade Facilitation Forum 2017", "conference"],
  ["Trans Pacific Symposium on Illegal Logging", "conference"],
  ["27th Annual National Convention of Chamber of Customs Brokers, Inc. and the visit", "conference"],
  ["International Customs Day Ceremonies", "ceremony"],
  ["RILO A/P’s 30th Anniversary", "ceremony"],
  ["WCO Security Project Launching for Bangladesh", "ceremony"],
  ["ROCB A/P and KCS MOU on a short-term attachment program", "ceremony"],
  ["Joint Mission with ADB", "mission"],
  ["WCO NORAD Mercator Program Mission for Vietnam", "mission"],
  ["Study Tour of Bhutan Customs to Korea", "mission"],
  ["Donor Reception", "other"],
];

describe("kinds of events", () => {
  it.each(TABLE)("%s → %s", (title, kind) => {
    expect(kindOf(title)).toBe(kind);
  });

  it("takes the level from the text when the title has none", () => {
    expect(kindOf("Workshop on Post Clearance Audit", "This national workshop was held in Apia")).toBe(
      "national",
    );
    expect(kindOf("Workshop on Post Clearance Audit", "The meeting room was booked")).toBe("seminar");
    expect(kindOf("Council Session", "a regional workshop followed")).toBe("meeting");
  });

  it("counts only training kinds as workshops", () => {
    expect(TABLE.filter(([t]) => countsAsWorkshop(kindOf(t))).length).toBe(17);
    expect(countsAsWorkshop("meeting")).toBe(false);
    expect(countsAsWorkshop("seminar")).toBe(true);
  });
});
