import { describe, expect, it } from "vitest";
import { type ArticleReading, readArticle } from "../../../src/import/articles/index.ts";
import type { ParsedWorkshop } from "../../../src/import/parsed.ts";
import { fields as reportFields } from "../reports/helpers.ts";
import * as A from "./articles.ts";

const read = (text: string): ArticleReading => readArticle(text.split("\n"));
function event(text: string): ParsedWorkshop {
  const r = read(text);
  if (!("events" in r) || r.events.length !== 1) throw new Error(`not one event: ${JSON.stringify(r)}`);
  return r.events[0] as ParsedWorkshop;
}
const fields = (w: ParsedWorkshop) => ({ ...reportFields(w), venue: w.venue });

describe("a news article read as one event", () => {
  it("headline with a verb, blank lines, dateline, a name across lines, counts and a sponsor", () => {
    expect(fields(event(A.BUSAN))).toEqual({
      title: "WCO Regional Workshop on Capacity Building of Customs Laboratories",
      kind: "regional",
      countries: [],
      city: "Busan",
      hostCountry: "Korea",
      venue: null,
      start: "2018-04-17",
      end: "2018-04-19",
      participants: 28,
      administrations: 22,
      sponsor: "CCF-Korea",
      status: "held",
    });
  });

  it("no blank line, a dateline place first, 'was held', brackets in the name, a list of days", () => {
    expect(fields(event(A.SUVA))).toEqual({
      title: "National Workshop on Post Clearance Audit (PCA) for Fiji Revenue and Customs Service (FRCS)",
      kind: "national",
      countries: ["Fiji"],
      city: "Suva",
      hostCountry: "Fiji",
      venue: null,
      start: "2019-05-07",
      end: "2019-05-10",
      participants: 16,
      administrations: null,
      sponsor: "CCF-Japan",
      status: "held",
    });
  });

  it("a webinar held virtually, with words glued by PDF extraction", () => {
    expect(fields(event(A.WEBINAR))).toEqual({
      title: "WCO Regional Webinar on E-Commerce for the Pacific Islands",
      kind: "regional",
      countries: ["Pacific Islands"],
      city: null,
      hostCountry: null,
      venue: "online",
      start: "2020-06-02",
      end: "2020-06-04",
      participants: 45,
      administrations: 12,
      sponsor: "CCF-Japan",
      status: "held",
    });
  });

  it("a day-month range takes the dateline's year", () => {
    expect(fields(event(A.APIA))).toMatchObject({
      title: "WCO National Workshop on Coordinated Border Management for Samoa",
      kind: "national",
      countries: ["Samoa"],
      city: "Apia",
      hostCountry: "Samoa",
      start: "2018-03-26",
      end: "2018-03-30",
      participants: 22,
    });
  });

  it("'11-15 March, 2024' in the dateline; the headline's fuller name beats a name cut at a comma", () => {
    expect(fields(event(A.THIMPHU))).toMatchObject({
      title: "Sub-Regional Workshop on AEO for Bhutan, Nepal and Maldives",
      kind: "sub-regional",
      countries: ["Bhutan", "Nepal", "Maldives"],
      city: "Thimphu",
      hostCountry: "Bhutan",
      start: "2024-03-11",
      end: "2024-03-15",
      participants: 24,
      administrations: 3,
      sponsor: "CCF-Korea",
    });
  });

  it("an event that is not a workshop keeps its kind and is for no one", () => {
    expect(fields(event(A.CONFERENCE))).toMatchObject({
      title: "19th Regional Heads of Customs Administration Conference",
      kind: "conference",
      countries: [],
      city: "Sigatoka",
      hostCountry: "Fiji",
      start: "2018-05-14",
      end: "2018-05-18",
    });
  });
});

describe("texts that are not one event", () => {
  it.each(A.NO_EVENT.map((t, i) => [i, t]))("no event at all (%i) yields nothing", (_i, text) => {
    expect(read(text as string)).toEqual({ nothing: true });
  });

  it("an event without dates gets a sentence saying so", () => {
    const r = read(A.NO_DATE);
    expect(r).toEqual({ problem: expect.stringContaining("but not its dates") });
    expect("problem" in r && r.problem).toContain("WCO National Workshop on AEO for Tonga");
  });

  it("two events in one text are both read, each with its own dates and place (issue 19)", () => {
    const r = read(A.TWO_EVENTS);
    expect("events" in r && r.events.map((e) => [e.title, e.start, e.end, e.city])).toEqual([
      ["WCO National Workshop on PCA for Fiji", "2018-04-02", "2018-04-06", "Suva"],
      ["WCO Regional Workshop on HS Classification", "2018-05-10", "2018-05-12", "Kashiwa"],
    ]);
  });
});

describe("more shapes of article", () => {
  it.each([
    [
      "the date before the name, the place after it, a dateline with no place",
      A.DATE_FIRST,
      {
        title: "National Workshop on Risk Management for the Department of Revenue and Customs of Bhutan",
        kind: "national",
        countries: ["Bhutan"],
        city: "Thimphu",
        hostCountry: "Bhutan",
        start: "2019-06-03",
        end: "2019-06-05",
        participants: 25,
        sponsor: "CCF-Japan",
      },
    ],
    [
      "a headline in capitals loses to the name in the prose",
      A.CAPITALS,
      {
        title: "WCO National Workshop on Authorized Economic Operator for Fiji",
        city: "Nadi",
        start: "2019-02-11",
      },
    ],
    [
      "'virtual' before the name, Members as the count of administrations",
      A.VIRTUAL,
      {
        title: "Regional Workshop on E-Commerce for Asia/Pacific Members",
        kind: "regional",
        countries: ["Asia/Pacific Members"],
        city: null,
        venue: "online",
        participants: 60,
        administrations: 25,
      },
    ],
    [
      "a quoted name, no headline",
      A.QUOTED,
      {
        title: "Sub-Regional Workshop on Coordinated Border Management for the Pacific",
        countries: ["Pacific"],
        city: "Nuku'alofa",
        hostCountry: "Tonga",
        administrations: 8,
      },
    ],
    [
      "'took place', a mission for a Member",
      A.MISSION,
      {
        title: "WCO scoping mission for Vietnam",
        kind: "mission",
        countries: ["Vietnam"],
        start: "2018-10-08",
      },
    ],
  ])("%s", (_what, text, expected) => {
    expect(fields(event(text))).toMatchObject(expected);
  });
});
