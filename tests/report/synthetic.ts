import { WORKSHOP_KINDS } from "../../src/catalogue/vocabulary.ts";
import { type Db, openDatabase } from "../../src/db/open.ts";
import type { ParsedWorkshop } from "../../src/import/parsed.ts";
import { writeDocument } from "../../src/import/write-catalogue.ts";

const TOPICS = [
  "Risk Management & Post-Seizure Analysis <Phase II>",
  "Rules of Origin, Advance Rulings; Valuation",
  "การบริหารความเสี่ยง (Risk Management) for Thai Customs",
  "海关估价 Customs Valuation",
  '=HYPERLINK("http://x") Data Model',
  "Authorized Economic Operators and Mutual Recognition Agreements/Arrangements",
];
const PLACES = [
  { city: "Suva", host: "Fiji", venue: null },
  { city: null, host: "Hong Kong China", venue: null },
  { city: "Melaka", host: "Malaysia", venue: "Royal Malaysian Customs Academy (AKMAL), Block 3" },
  { city: null, host: null, venue: null },
];
const SPONSORS = [
  "CCF-Japan",
  "CCF-Korea",
  "+Sponsor with a formula-like name",
  null,
  "Norwegian Agency for Development",
];

const day = (n: number) => String(n).padStart(2, "0");

/**
 * A fiscal year (FY2030/31) with extreme data: 200 events of every kind, titles up to 400 characters with
 * markup characters, non-Latin scripts and formula-like text, month-only dates, ranges across months and
 * the year's end, missing figures everywhere, several audiences; no follow-up survey at all.
 */
export function syntheticEvents(): ParsedWorkshop[] {
  return Array.from({ length: 200 }, (_, i) => {
    const month = (((i % 12) + 6) % 12) + 1; // July 2030 … June 2031
    const year = month >= 7 ? 2030 : 2031;
    const m = `${year}-${day(month)}`;
    const place = PLACES[i % PLACES.length] ?? { city: null, host: null, venue: null };
    const long = i % 7 === 0 ? ` ${"and its follow-up in the region ".repeat(12)}`.trimEnd() : "";
    const start = i % 9 === 0 ? m : `${m}-${day((i % 27) + 1)}`;
    const end =
      i % 9 === 0
        ? m
        : i % 11 === 0
          ? month === 6
            ? `${year}-06-30`
            : `${year}-${day(month + 1 > 12 ? 1 : month + 1)}-02`
          : `${m}-${day((i % 27) + 2)}`;
    return {
      title: `Workshop ${i + 1} on ${TOPICS[i % TOPICS.length]}${long}`,
      kind: WORKSHOP_KINDS[i % WORKSHOP_KINDS.length] ?? "national",
      countries: i % 5 === 0 ? [] : i % 5 === 1 ? ["Papua New Guinea", "Samoa", "Tonga"] : ["Lao PDR"],
      city: place.city,
      hostCountry: place.host,
      venue: place.venue,
      start,
      end: month === 12 && i % 11 === 0 ? start : end,
      participants: i % 3 === 0 ? null : i * 3,
      administrations: i % 4 === 0 ? null : (i % 33) + 1,
      sponsor: SPONSORS[i % SPONSORS.length] ?? null,
      status: "held",
      line: i + 1,
      serves: [],
    };
  });
}

/** A catalogue holding only the synthetic year. */
export function syntheticCatalogue(path = ":memory:"): Db {
  const db = openDatabase(path);
  writeDocument(
    db,
    { fileName: "synthetic.txt", sha256: "synthetic", lines: [] },
    {
      kind: "annual_report",
      title: "Annual Report 2030/31",
      plans: [],
      workshops: syntheticEvents(),
      surveys: [],
      abbreviations: [],
      unplaced: [],
    },
    "2031-07-01T00:00:00Z",
    false,
  );
  return db;
}
