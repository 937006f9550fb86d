import { describe, expect, it } from "vitest";
import { fields, find, seedReport } from "./helpers.ts";

/*
 * Annual Report 2011/2012 (Word export). Every dated event it lists or narrates, once each, in order of
 * first mention. The report lists the same workshop in a summary, a sponsor list and a paragraph;
 * meetings attended are listed with days (UNEP ARPEC …) or with a month only (WCO meetings).
    1. 2011-10-31 meeting — 9th Meeting of Heads of the WCO AP RTCs
    2. 2011-09-19 regional — Regional Workshop on AEO
    3. 2011-11-14 regional — Regional Workshop for Intelligence Management
    4. 2011-12-05 accreditation — Accreditation Workshop for AEO Experts
    5. 2012-03-05 regional — Regional Workshop on NII Image Analysis
    6. 2011-08-09 national — National Workshop on AEO
    7. 2011-11-23 national — National Workshop on AEO
    8. 2012-05-28 regional — Regional Workshop and Dialogue on Partnership for Customs Modernization
    9. 2011-12-19 other — ADB/WCO TRS Workshop for ASEAN Countries
   10. 2012-04-27 national — National Workshop on TRS
   11. 2012-02-27 seminar — National Seminar on the Amendments to HS 2012 and Trade in Chemicals
   12. 2012-03-12 other — UNEP Train-the-trainer Workshop on ODS
   13. 2012-05-08 regional — Regional Workshop on the Role of Customs in Natural Disaster Relief
   14. 2011-07-02 national — National Workshop on PCA for Philippines and Pakistan
   15. 2011-07-13 meeting — UNEP ARPEC Meeting
   16. 2011-07-14 other — UNESCAP EGM for Transport
   17. 2011-07-26 other — UNECAP EGM on Electronic Data Interchange
   18. 2011-09-14 meeting — ADB Meeting
   19. 2011-09-14 meeting — PICARD Conference
   20. 2011-10-03 meeting — UNESCAP Trade Facilitation Forum
   21. 2011-10-10 meeting — ASEM DG Meeting
   22. 2011-10-17 meeting — ROCB EUR Opening Ceremony
   23. 2011-10-19 other — Joint Mission with ADB
   24. 2011-10-26 meeting — Trans Pacific Symposium on Illegal Logging
   25. 2011-11-03 other — Joint Mission with ADB
   26. 2011-11-08 meeting — Trade Facilitation Forum for GMS Countries
   27. 2011-11-26 seminar — UNDP Greater Tumen Initiative (GTI) Trade Facilitation Seminar
   28. 2012-02-13 other — Wildlife Crime Workshop
   29. 2012-02-17 meeting — ARPEC Meeting
   30. 2012-02-20 other — GTI Workshop
   31. 2012-03-22 meeting — UNNeXT Advisory Group Meeting
   32. 2012-05-23 other — ECO ESCAP Workshop on Trade Facilitation
   33. 2012-06-05 meeting — ASEAN DG / WCO Consultation Meeting
   34. 2011-09-26 regional — Regional Workshop for Combating Counterfeiting and Piracy
   35. 2012-05-21 regional — Regional Workshop: Train-the-trainer on IPR
   36. 2012-06-11 regional — Regional Workshop on ROO
   37. 2011-09-19 sub-regional — Sub-Regional Workshop: Train-the-trainer on PCA
   38. 2011-07-18 national — National Workshop on IPR
   39. 2011-10-24 national — National Workshop on Customs Valuation
   40. 2012-01-16 national — National Workshop on IPR Follow-up Seminar
   41. 2012-01-23 national — National Workshop on Valuation
   42. 2012-01-30 national — National Workshop on Valuation
   43. 2012-02-13 national — National Workshop on RKC
   44. 2012-02-20 national — National Workshop on PCA
   45. 2012-06-11 national — National Workshop on Valuation and PCA
   46. 2011-08-12 national — National Workshop on RKC
   47. 2012-04-17 meeting — AEO Conference
   48. 2012-03-21 other — PCA Workshop for Pakistan and the Philippines
   49. 2012-04-20 other — AEO Training and CB Program for Latin American and Caribbean Countries
   50. 2012-06-18 other — 2nd Joint Workshop on Customs Valuation and PCA for Bhutan Customs and Thai Customs
   51. 2011-10 meeting — WCO Counterfeiting and Piracy Group meeting
   52. 2011-11 meeting — World Customs Forum
   53. 2012-01 meeting — WCO Global Forum on Fighting Drug Trafficking
   54. 2012-02 meeting — WCO CB Committee and ROCB/RTC Meeting
   55. 2012-03 meeting — WCO Technology and Innovation Forum
   56. 2012-02 meeting — American Regional Donor Conference
   57. 2011-11 meeting — WCO A/P Contact Point Meeting
   58. 2011-12 meeting — RILO A/P Contact Points Meeting and Closing Ceremony
   59. 2012-05 meeting — WCO AP DG Meeting
   60. 2012-02 meeting — RILO A/P Opening Ceremony
   61. 2012-03 meeting — WCO Integrity Sub-Committee
   62. 2012-06 meeting — WCO Council Session
 */
describe("Annual Report 2011/2012", () => {
  const report = seedReport("000_");
  const { workshops } = report;

  it("is titled by its year", () => {
    expect([report.title, report.fiscalYear]).toEqual(["Annual Report 2011/2012", "2011/12"]);
  });

  it("finds 62 events, each once", () => {
    expect(workshops).toHaveLength(62);
    const keys = workshops.map((w) => `${w.start} ${w.title} ${w.countries.join()}`);
    expect(new Set(keys).size).toBe(62);
    expect(workshops.every((w) => w.status === "held" && w.serves.length === 0)).toBe(true);
  });

  it("counts what the report says it organised under the CCF funds", () => {
    // "7 regional workshops, 2 sub-regional workshop and 11 national workshops under CCF-Japan and
    // 2 regional workshops, 2 national workshops and 1 conference under CCF-Korea".
    const japan = workshops.filter((w) => w.sponsor === "CCF-Japan");
    const korea = workshops.filter((w) => w.sponsor === "CCF-Korea");
    expect(japan).toHaveLength(20);
    expect(korea).toHaveLength(5);
  });

  it("merges the AEO workshop's summary bullet, sponsor list and narrative", () => {
    expect(fields(find(workshops, /^Regional Workshop on AEO$/))).toEqual({
      title: "Regional Workshop on AEO",
      kind: "regional",
      countries: [],
      hostCountry: "Korea",
      city: "Cheonan",
      start: "2011-09-19",
      end: "2011-09-23",
      participants: null,
      administrations: null,
      sponsor: "CCF-Korea",
      status: "held",
    });
    expect(find(workshops, /^Regional Workshop on AEO$/).venue).toBe(
      "Customs Border Control Training Centre (CBCTC)",
    );
  });

  it("spans the dialogue from the sponsor list's first day to the narrative's last", () => {
    const w = find(workshops, /Partnership for Customs Modernization/);
    expect(fields(w)).toMatchObject({
      title: "Regional Workshop and Dialogue on Partnership for Customs Modernization",
      kind: "regional",
      city: "Bangkok",
      countries: [],
      hostCountry: "Thailand",
      start: "2012-05-28",
      end: "2012-06-01",
      sponsor: "CCF-Japan",
    });
  });

  it("reads participants and administrations from the narrative", () => {
    expect(fields(find(workshops, /Intelligence Management/))).toMatchObject({
      city: "Melaka",
      countries: [],
      hostCountry: "Malaysia",
      participants: 27,
      administrations: 20,
      sponsor: "CCF-Japan",
    });
    expect(fields(find(workshops, /Accreditation Workshop for AEO Experts/))).toMatchObject({
      kind: "accreditation",
      participants: 10,
      administrations: 5,
      start: "2011-12-05",
    });
    expect(fields(find(workshops, /Train-the-trainer on IPR/))).toMatchObject({
      city: "Kashiwa",
      participants: 34,
      administrations: 27,
    });
    expect(fields(find(workshops, /Amendments to HS 2012/))).toMatchObject({
      kind: "seminar",
      countries: ["Bhutan"],
      start: "2012-02-27",
      end: "2012-03-02",
      participants: 34,
    });
  });

  it("names the members a national workshop serves", () => {
    expect(fields(find(workshops, /^National Workshop on AEO$/, "2011-08-09"))).toMatchObject({
      kind: "national",
      countries: ["Fiji"],
      city: "Suva",
      participants: 12,
      sponsor: "CCF-Korea",
    });
    expect(fields(find(workshops, /PCA for Philippines and Pakistan/))).toMatchObject({
      title: "National Workshop on PCA for Philippines and Pakistan",
      kind: "national",
      countries: ["Philippines", "Pakistan"],
      city: "Manila",
      start: "2011-07-02",
      end: "2011-07-06",
    });
    expect(find(workshops, /^National Workshop on TRS$/).countries).toEqual(["Lao PDR"]);
  });

  it("keeps the narrative's dates when a list prints other days, and reports the conflict", () => {
    const w = find(workshops, /Combating Counterfeiting and Piracy/);
    expect([w.city, w.start, w.end, w.participants]).toEqual(["Incheon", "2011-09-26", "2011-09-30", 48]);
    expect(report.unplaced.some((u) => /Combating Counterfeiting/.test(u.text))).toBe(true);
  });

  it("lists meetings attended as meetings, with month precision when only the month is printed", () => {
    expect(fields(find(workshops, /UNEP ARPEC Meeting/))).toMatchObject({
      kind: "meeting",
      city: "Bangkok",
      start: "2011-07-13",
      end: "2011-07-14",
    });
    expect(fields(find(workshops, /^WCO Council Session$/))).toMatchObject({
      kind: "meeting",
      countries: [],
      hostCountry: "Belgium",
      city: "Brussels",
      start: "2012-06",
      end: "2012-06",
    });
    expect(workshops.filter((w) => w.start?.length === 7)).toHaveLength(12);
  });

  it("reads the undated list of valuation and PCA workshops as mentions of dated ones", () => {
    expect(report.unplaced.filter((u) => /without a date/.test(u.text))).toEqual([]);
  });

  it("has no survey", () => {
    expect(report.surveys).toEqual([]);
  });
});
