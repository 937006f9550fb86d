import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { allWorkshops } from "../../../src/catalogue/workshops.ts";
import { openDatabase } from "../../../src/db/open.ts";
import { importFiles } from "../../../src/import/importer.ts";

const REPORT_2017 = new URL("../../../data/001_f21f0b14d8feddd1.txt", import.meta.url).pathname;
// A made-up report of the year the survey annex looks back on, printing one of its workshops by day.
const dir = mkdtempSync(join(tmpdir(), "rocb-fy2016-"));
const REPORT_2016 = join(dir, "report-2016.txt");
writeFileSync(
  REPORT_2016,
  [
    "Annual Report 2016/2017",
    "- WCO Regional Workshop on Digital Customs and E-Commerce in Seoul, Korea on 5-8 September 2016",
  ].join("\n"),
);

const digital = (paths: string[]) => {
  const db = openDatabase(":memory:");
  for (const p of paths) importFiles(db, [p]);
  return allWorkshops(db)
    .filter((w) => /Digital Customs and E-?Commerce/i.test(w.title))
    .map((w) => [w.startDate, w.endDate, w.city]);
};

describe("a survey annex's workshop and the report of its own year", () => {
  it("are one workshop, with the days the report prints, whichever is imported first", () => {
    expect(digital([REPORT_2017, REPORT_2016])).toEqual([["2016-09-05", "2016-09-08", "Seoul"]]);
    expect(digital([REPORT_2016, REPORT_2017])).toEqual([["2016-09-05", "2016-09-08", "Seoul"]]);
  });
});
