import { describe, expect, it } from "vitest";
import { fields, find, seedReport } from "./helpers.ts";

/*
 * Annual Report 2017/18 (PDF, columns interleaved). 77 events have a title and a "date, City, Country"
 * line; the executive summary's month-only entries ("(Mar. 2018)") fold into them, except four with no
 * dated twin (CEP, APEC IPR, NORAD Mercator mission, postal union workshop). High-level dialogues,
 * conferences and council sessions are kind "meeting". In order of first mention:
    1. 2017-11-06 regional — WCO Regional Workshop on the WTO Trade Facilitation Agreement
    2. 2018-01-22 accreditation — WCO Regional Workshop on Accreditation of Mercator Program Advisors in the A/P region
    3. 2018-04-17 regional — WCO Regional Workshop on Capacity Building of Customs Laboratories
    4. 2018-05-21 national — WCO National Workshop on Customs Laboratory and HS Classification for Cambodia
    5. 2018-06 regional — WCO A/P Regional Workshop on Compliance and Enforcement Package (CEP)
    6. 2017-07-31 national — WCO National Workshop on the Modernization of Customs Laboratory for Mongolia
    7. 2017-11-13 national — WCO National Workshop on Advance Ruling of Tariff Classification for Lao PDR
    8. 2018-02-05 accreditation — WCO Regional Workshop on Accreditation of Expert Trainers on Harmonized System
    9. 2018-01-15 accreditation — WCO Regional Workshop on Accreditation of Expert Trainers on Rules of Origin
   10. 2017-08-28 national — National Workshop on Customs valuation for Mongolia
   11. 2017-10-09 national — WCO National Workshop on Customs Valuation for Indonesia
   12. 2018-03-05 national — WCO National Workshop on Post Clearance Audit for Malaysia
   13. 2018-04-15 national — WCO National Workshop on Post Clearance Audit for Iran
   14. 2018-06-04 national — WCO National Workshop on Post Clearance Audit for Bhutan
   15. 2017-11-20 national — WCO National Workshop on Time Release Study for Maldives
   16. 2018-04-23 national — WCO National Workshop on Time Release Study for Myanmar
   17. 2018-04-23 national — WCO National Workshop on Time Release Study for Vanuatu
   18. 2018-03-26 national — WCO National Workshop on Coordinated Border Management for Samoa
   19. 2018-02-05 regional — WCO Regional Workshop on Authorized Economic Operators and Mutual Recognition Agreements/Arrangements
   20. 2018-01-08 national — WCO National Workshop on SAFE and AEO Implementation for Sri Lanka
   21. 2018-05-07 national — Combined WCO National Workshop on SAFE and Authorized Economic Operator for Papua New Guinea, Samoa and Tonga
   22. 2017-07-17 regional — WCO Regional Workshop on Small Arms and Light Weapons (SALW)
   23. 2018-03-12 regional — WCO Regional Workshop on Anti-Money Laundering and Counter-Terrorism Financing
   24. 2017-09-25 national — WCO National Workshop on Passenger Control for Lao PDR
   25. 2017-12-04 regional — WCO Regional Workshop on Risk Management and Post Seizure Analysis
   26. 2017-11-14 national — WCO National Workshop on Risk Assessment and Selectivity for Nepal
   27. 2017-11-13 national — WCO National Workshop on Risk Assessment and Selectivity for Indonesia
   28. 2017-11-06 national — WCO National Workshop on Risk Assessment and Selectivity for Bhutan
   29. 2017-09-11 national — WCO National Workshop for Indonesia Customs on Combating Counterfeiting and Piracy
   30. 2017-12-04 seminar — WCO National Seminar for Cambodia Customs on Combating Counterfeiting and Piracy
   31. 2017-12-04 sub-regional — WCO Sub-Regional Workshop for Oceania Members on Combating Counterfeiting and Piracy
   32. 2018-01-22 national — National Workshop on Combating Counterfeiting and Piracy for Vietnam
   33. 2017-11-21 regional — WCO Regional Workshop on Cyber Investigation and Digital Forensics
   34. 2018-04-22 accreditation — WCO Pre-Accreditation Workshop for the Single Window Experts
   35. 2018-04-23 regional — WCO Regional Workshop on Environmental Topics
   36. 2018-05-24 regional — WCO Regional Workshop on Human Resource Development
   37. 2017-08-21 national — WCO National Workshop on People Development Diagnostic for Fiji
   38. 2017-07-10 other — WCO/NORAD Project Mission on Stakeholder Engagement and Client Service for Vietnam Customs
   39. 2017-08-22 other — World Bank Workshop on Visionary Leadership in Customs Modernization and Reform for Myanmar
   40. 2017-08 other — APEC IPR Workshop
   41. 2017-11 other — WCO NORAD Mercator Program Mission for Vietnam
   42. 2017-11-28 other — 6th Greater Tumen Initiative (GTI) Trade Facilitation Workshop
   43. 2017-12-12 other — ADB CAREC Workshop on Trade and Trade Facilitation Reforms
   44. 2018-03-21 seminar — OIE Regional Seminar for National Focal Points for Veterinary Products
   45. 2018-05-15 meeting — INTERPOL Asian Regional Meeting to counter online sales of counterfeit and illicit medicines
   46. 2018-05 other — Asia/Pacific postal Union Workshop
   47. 2018-06-20 other — ROCB A/P introduces the WCO tools at the UNEP Risk Profiling Workshop
   48. 2017-07-16 meeting — High-level policy dialogue with Afghan government leaders on Customs modernization
   49. 2017-07-18 meeting — High-level policy dialogue with Pakistan government leaders on Customs modernization
   50. 2017-07-21 meeting — High-level policy dialogue with Indian government leaders on Customs modernization
   51. 2017-07-26 meeting — High-level policy dialogue with Brunei government leaders on Customs modernization
   52. 2017-07-23 other — WCO Security Project Launching for Bangladesh
   53. 2017-11-27 national — WCO National Workshop on Effective Project Management for Customs Reform and Modernization for Vietnam
   54. 2017-11-27 national — WCO National Workshop on Enhancement of Customs’ Valuation and Origin infrastructure for Cambodia
   55. 2018-05-14 seminar — WCO Seminar on Training Strategy and Simplified Human Resource Management (HRM) Diagnostic Study for Lesotho Revenue Authority (LRA)
   56. 2018-06-28 meeting — 132nd WCO Council Session
   57. 2018-06-25 meeting — CAREC Meeting for supporting implementation of the WTO TFA
   58. 2017-08-22 meeting — 2017 Customs-Business Conference
   59. 2017-11-06 meeting — RILO A/P’s 30th Anniversary
   60. 2017-08-24 other — AEPC Workshop on Trademark Infringement Determinations
   61. 2017-08-28 other — International Federation of Customs Brokers Associations Special Event 2017
   62. 2017-09-04 meeting — Asia Pacific Trade Facilitation Forum 2017
   63. 2017-11-03 meeting — 27th Annual National Convention of Chamber of Customs Brokers, Inc. and the visit to the Philippines University
   64. 2018-01-22 seminar — International Network of Customs Universities (INCU) Seminar
   65. 2018-01-26 meeting — International Customs Day Ceremonies
   66. 2018-01-26 meeting — International Customs Day Ceremonies (Bangkok)
   67. 2018-02-01 meeting — Stakeholder meeting of the Regional Enforcement Network (REN) for Chemicals and Waste
   68. 2018-03-20 other — UNESCAP Capacity Building Workshop on Cross-border Paperless Trade Facilitation
   69. 2018-06-11 meeting — 20th OCO Annual Conference
   70. 2017-09-26 meeting — 12th WCO Annual PICARD Conference
   71. 2017-10-01 meeting — NACIN Launching Day Ceremony
   72. 2018-02-01 other — ROCB A/P and KCS MOU on a short-term attachment program
   73. 2018-02-22 meeting — 13th Global Meeting of Heads of the ROCBs, the RTCs and the Vice Chairs’ Offices
   74. 2018-02-23 meeting — 15th A/P Regional Training Center Heads Meeting
   75. 2018-02-26 meeting — 9th Session of the WCO Capacity Building Committee
   76. 2018-06-06 meeting — WCO IT Conference and Exhibition 2018
   77. 2017-07-06 meeting — 129th/130th Sessions of the WCO Council
   78. 2017-09-05 meeting — 29th Administrative Meeting for National Contact Points of Regional Intelligence Liaison Office for Asia and the Pacific (RILO A/P)
   79. 2017-10-11 meeting — 27th WCO A/P Regional Contact Points Meeting
   80. 2018-05-03 meeting — ASEAN Meeting for the Customs Directors General
   81. 2018-05-14 meeting — 19th Regional Heads of Customs Administration Conference
 */
describe("Annual Report 2017/18", () => {
  const report = seedReport("001_");
  // The events of its year; the FY2016/17 workshops of the survey annex are tested apart.
  const workshops = report.workshops.filter((w) => w.start === null || w.start >= "2017-07");

  it("is titled by its year", () => {
    expect([report.title, report.fiscalYear]).toEqual(["Annual Report 2017/18", "2017/18"]);
  });

  it("finds 81 events, each once", () => {
    expect(workshops).toHaveLength(81);
    expect(workshops.filter((w) => w.start?.length === 7).map((w) => w.start)).toEqual([
      "2018-06",
      "2017-08",
      "2017-11",
      "2018-05",
    ]);
    expect(new Set(workshops.map((w) => `${w.start} ${w.title} ${w.countries.join()}`)).size).toBe(81);
  });

  it("counts the regional, sub-regional and accreditation workshops the report says it arranged", () => {
    // "the ROCB A/P arranged 15 regional/sub-regional workshops, including 4 accreditation workshops"
    const regional = workshops.filter((w) => ["regional", "sub-regional", "accreditation"].includes(w.kind));
    expect(regional.filter((w) => w.kind === "accreditation")).toHaveLength(4);
    expect(regional).toHaveLength(15); // the CEP workshop included: the summary lists it, no page describes it
  });

  it("merges the summary entry into the dated activity and reads the narrative", () => {
    expect(fields(find(workshops, /Small Arms and Light Weapons/))).toEqual({
      title: "WCO Regional Workshop on Small Arms and Light Weapons (SALW)",
      kind: "regional",
      countries: [],
      hostCountry: "Australia",
      city: "Melbourne",
      start: "2017-07-17",
      end: "2017-07-20",
      participants: 33,
      administrations: null,
      sponsor: "CCF-Japan",
      status: "held",
    });
    const tfa = find(workshops, /WTO Trade Facilitation Agreement$/);
    expect(fields(tfa)).toMatchObject({
      city: "Kashiwa",
      participants: 28,
      administrations: 22,
      sponsor: "CCF-Japan",
    });
    expect(tfa.line).toBe(22); // the summary's mention comes first
  });

  it("reads dates printed across months and with damaged spacing", () => {
    expect(fields(find(workshops, /Customs Laboratory for Mongolia/))).toMatchObject({
      kind: "national",
      countries: ["Mongolia"],
      city: "Ulaanbaatar",
      start: "2017-07-31",
      end: "2017-08-03",
      participants: 25,
      sponsor: "CCF-China",
    });
    expect(find(workshops, /Customs valuation for Mongolia/).start).toBe("2017-08-28");
    expect(find(workshops, /Customs valuation for Mongolia/).end).toBe("2017-09-01");
    expect(find(workshops, /Single Window Experts/)).toMatchObject({
      kind: "accreditation",
      city: "Xiamen",
      start: "2018-04-22",
      end: "2018-04-27",
    });
    expect(find(workshops, /Effective Project Management/)).toMatchObject({
      start: "2017-11-27",
      end: "2017-12-01",
      sponsor: "Norwegian Agency for Development",
    });
  });

  it("reads counts written in words and sponsors however the fund is named", () => {
    expect(fields(find(workshops, /Expert Trainers on Harmonized System/))).toMatchObject({
      kind: "accreditation",
      participants: 16,
      sponsor: "CCF-Japan",
    });
    expect(fields(find(workshops, /Risk Management and Post Seizure Analysis/))).toMatchObject({
      participants: 32,
      administrations: 25,
      sponsor: "CCF-Japan",
    });
    expect(fields(find(workshops, /Post Clearance Audit for Iran/))).toMatchObject({
      countries: ["Iran"],
      city: "Tehran",
      sponsor: "CCF-Japan",
    });
    expect(find(workshops, /Capacity Building of Customs Laboratories/).sponsor).toBe("CCF-Korea");
  });

  it("names every member a combined national workshop serves", () => {
    expect(fields(find(workshops, /Papua New Guinea, Samoa and Tonga/))).toMatchObject({
      kind: "national",
      countries: ["Papua New Guinea", "Samoa", "Tonga"],
      city: "Port Moresby",
      participants: 22,
      sponsor: "CCF-Korea",
    });
  });

  it("folds summary entries printed with a wrong month or year into the dated workshop", () => {
    // Summary: "(May 2018 in Australia)", "(Apr. 2018 in Vietnam)", "(Nov. 2018 in Hong Kong, China)".
    expect(find(workshops, /Anti-Money Laundering/).start).toBe("2018-03-12");
    expect(find(workshops, /Regional Workshop on Human Resource Development/).start).toBe("2018-05-24");
    expect(find(workshops, /Cyber Investigation/)).toMatchObject({ start: "2017-11-21", participants: 28 });
    expect(
      workshops.filter((w) => /Cyber|Human Resource Development|Money Laundering/.test(w.title)),
    ).toHaveLength(3);
  });

  it("keeps high-level dialogues and conferences as meetings", () => {
    expect(fields(find(workshops, /dialogue with Afghan/))).toMatchObject({
      kind: "meeting",
      countries: [],
      hostCountry: "Afghanistan",
      city: "Kabul",
      start: "2017-07-16",
    });
    expect(fields(find(workshops, /132nd WCO Council Session/))).toMatchObject({
      kind: "meeting",
      city: "Brussels",
    });
    // One heading, two dated places: two events, kept apart for the importer's key.
    expect(
      workshops.filter((w) => /International Customs Day/.test(w.title)).map((w) => [w.title, w.city]),
    ).toEqual([
      ["International Customs Day Ceremonies", "Suva"],
      ["International Customs Day Ceremonies (Bangkok)", "Bangkok"],
    ]);
  });

  it("keeps month precision when no day is printed anywhere", () => {
    expect(fields(find(workshops, /Compliance and Enforcement Package/))).toMatchObject({
      kind: "regional",
      countries: [],
      hostCountry: "Japan",
      start: "2018-06",
      end: "2018-06",
    });
  });

  it("joins a summary title cut by a page break and folds it into the dated seminar", () => {
    const seminar = find(workshops, /Seminar for Cambodia Customs/);
    expect([seminar.line, seminar.start, seminar.kind]).toEqual([108, "2017-12-04", "seminar"]);
    expect(report.unplaced).toEqual([]);
  });
});

describe("Annex IV: the Follow-Up Action Survey of the FY2016/17 workshops", () => {
  const [survey] = seedReport("001_").surveys;
  if (!survey) throw new Error("no survey");
  const rows = survey.rows;
  const sum = (key: keyof (typeof rows)[number]) =>
    rows.reduce((n, r) => n + ((r[key] as number | null) ?? 0), 0);

  it("has the fiscal year and all 13 workshops, including those whose row numbers were lost", () => {
    expect(survey.fiscalYear).toBe("2016/17");
    expect(rows.map((r) => r.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(rows[5]?.workshopTitle).toBe(
      "WCO Regional Workshop on Capacity Building of Customs Laboratories for the Revenue Package Program and Trade Facilitation",
    );
  });

  it("reads each row's title, month, administrations and replies", () => {
    expect(rows[0]).toMatchObject({
      workshopTitle: "WCO Sub-regional Integrity for the Pacific",
      workshopMonth: "2016-07",
      administrations: 8,
      replies: 5,
    });
    expect(rows[1]).toMatchObject({
      workshopTitle: "WCO Regional Workshop on Non-Intrusive Inspection",
      workshopMonth: "2016-09",
      administrations: 26,
      replies: 12,
    });
    // Printed "(Apr. 2016)" although the survey covers FY2016/17: kept as printed.
    expect(rows[9]).toMatchObject({ workshopMonth: "2016-04", administrations: 25, replies: 14 });
  });

  it("reads the follow-up actions of each workshop", () => {
    expect(rows[3]).toMatchObject({
      position: 4,
      sharedMaterials: 15,
      submittedReports: 16,
      madeRecommendations: 13,
      inhouseWorkshop: 9,
      operationalManuals: 4,
      others: 6,
    });
    expect(rows[6]).toMatchObject({ inhouseWorkshop: 3, operationalManuals: 0, others: 0 });
  });

  it("adds up to the totals printed under the tables (261 administrations, 148 replies; 109/120/83/47/27/34)", () => {
    expect([sum("administrations"), sum("replies")]).toEqual([261, 148]);
    expect(Math.round((sum("replies") / sum("administrations")) * 100)).toBe(57);
    expect([
      sum("sharedMaterials"),
      sum("submittedReports"),
      sum("madeRecommendations"),
      sum("inhouseWorkshop"),
      sum("operationalManuals"),
      sum("others"),
    ]).toEqual([109, 120, 83, 47, 27, 34]);
  });

  it("turns the FY2016/17 workshops of the survey annex into held workshops of their month", () => {
    const annex = seedReport("001_").workshops.filter((w) => w.start !== null && w.start < "2017-07");
    expect(annex).toHaveLength(rows.length);
    expect(annex).toHaveLength(13);
    // Printed "Apr. 2016" … "Jun. 2016" after "Apr. 2017": the months of FY2016/17, misprinted.
    expect(annex.every((w) => (w.start as string) >= "2016-07")).toBe(true);
    expect(find(annex, /Customs Valuation/).start).toBe("2017-06");
    expect(annex.every((w) => w.status === "held" && w.start === w.end && w.start?.length === 7)).toBe(true);
    expect(fields(find(annex, /Digital Customs and ECommerce/))).toMatchObject({
      kind: "regional",
      start: "2016-09",
      administrations: 21,
    });
    expect(fields(find(annex, /Sub-regional Integrity for the Pacific/))).toMatchObject({
      kind: "sub-regional",
      countries: ["Pacific"],
      start: "2016-07",
    });
  });
});
