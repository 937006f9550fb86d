import { describe, expect, it } from "vitest";
import { bundledDocuments } from "../../src/bootstrap.ts";
import { openDatabase } from "../../src/db/open.ts";
import { abbreviationsIn } from "../../src/import/abbreviations.ts";
import { importFiles } from "../../src/import/importer.ts";
import { catalogueConcepts, conceptsIn } from "../../src/search/index.ts";

describe("abbreviations a document defines in brackets", () => {
  it("are read whatever the expansion's length, small words and case", () => {
    const found = abbreviationsIn([
      "the WCO Regional Workshop on Human Resource Development (HRD) was held in Ha Noi,",
      "with Rules of Origin (ROO) and non-intrusive",
      "inspection (NII), across a line break; Regional Training Centers (RTCs) and the Internet of Things (IoT).",
    ]);
    expect(found).toEqual([
      { short: "HRD", long: "Human Resource Development" },
      { short: "ROO", long: "Rules of Origin" },
      { short: "NII", long: "non-intrusive inspection" },
      { short: "RTC", long: "Regional Training Center" },
      { short: "IoT", long: "Internet of Things" },
    ]);
  });

  it("leaves out brackets that are not an abbreviation of the words before them", () => {
    expect(
      abbreviationsIn([
        "International Customs Day Ceremonies (Bangkok), the Regional Office (Fiji), item (a) and",
        "the Attend Regional Contact Point meeting (RCP) and a total (USD)",
      ]),
    ).toEqual([]);
  });

  it("are kept at import and make either form find the other", () => {
    const db = openDatabase(":memory:");
    importFiles(db, bundledDocuments());
    const pairs = db.prepare("SELECT DISTINCT short, long FROM abbreviations").all();
    expect(pairs).toContainEqual({ short: "HRD", long: "Human Resource Development" });
    expect(pairs).toContainEqual({ short: "NII", long: "non-intrusive inspection" });
    const concepts = catalogueConcepts(db);
    expect(conceptsIn("HRD", concepts)).toEqual(conceptsIn("human resource development", concepts));
    expect(conceptsIn("HRD", concepts)).not.toEqual([]);
  });

  it("are read again for a document imported before they were kept", () => {
    const db = openDatabase(":memory:");
    const files = bundledDocuments();
    importFiles(db, files);
    db.prepare("DELETE FROM abbreviations").run();
    importFiles(db, files);
    expect(
      db.prepare("SELECT count(*) FROM abbreviations WHERE short = 'HRD'").pluck().get(),
    ).toBeGreaterThan(0);
  });
});
