import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { bundledDocuments } from "../../src/bootstrap.ts";
import { type Db, openDatabase } from "../../src/db/open.ts";
import { exportCatalogue } from "../../src/export/catalogue.ts";
import { formatSummary, ImportFailed, importFiles } from "../../src/import/importer.ts";

const scratch = () => mkdtempSync(join(tmpdir(), "rocb-import-"));
const count = (db: Db, table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const dataFile = (prefix: string) => bundledDocuments().find((f) => f.includes(`/${prefix}_`)) as string;

describe("importing the bundled documents", () => {
  let db: Db;
  beforeAll(() => {
    db = openDatabase(":memory:");
    importFiles(db, bundledDocuments());
  });

  it("recognises plans and reports by content", () => {
    const kinds = db.prepare("SELECT file_name, kind FROM documents ORDER BY file_name").all();
    expect(kinds).toEqual([
      { file_name: expect.stringMatching(/^000_/), kind: "annual_report" },
      { file_name: expect.stringMatching(/^001_/), kind: "annual_report" },
      { file_name: expect.stringMatching(/^003_/), kind: "plan" },
      { file_name: expect.stringMatching(/^004_/), kind: "plan" },
    ]);
  });

  it("holds every plan of the seeds with its fiscal-year period", () => {
    const plans = db
      .prepare("SELECT kind, period_start, period_end FROM plans ORDER BY period_start, kind")
      .all();
    expect(plans).toEqual([
      { kind: "AWP", period_start: "2012-07-01", period_end: "2013-06-30" },
      { kind: "SAP", period_start: "2012-07-01", period_end: "2014-06-30" },
      { kind: "AWP", period_start: "2018-07-01", period_end: "2019-06-30" },
      { kind: "SAP", period_start: "2018-07-01", period_end: "2020-06-30" },
      { kind: "SAP", period_start: "2022-07-01", period_end: "2024-06-30" },
      { kind: "AWP", period_start: "2024-07-01", period_end: "2025-06-30" },
    ]);
  });

  it("keeps the SAP 2022-2024 item 1-(i) with both KPIs, both targets and its deadline", () => {
    const plan = exportCatalogue(db).plans.find((p) => p.kind === "SAP" && p.period.start === "2022-07-01");
    const item = plan?.items.find((i) => i.code === "1-(i)");
    expect(item?.kpis).toEqual(["Number of implementing Members", "Number of new contracting Members"]);
    expect(item?.targets).toEqual(["At least 27 Members", "6 new contracting parties"]);
    expect(item?.deadline).toBe("30 June 2024");
    expect(
      plan?.items
        .filter((i) => i.pillar === 1)
        .map((i) => i.letter)
        .at(-1),
    ).toBe("kk");
  });

  it("links the AWP 2024-2025 HS workshop for Nepal and Palau to 1-(i), 1-(j) and 1-(hh), once", () => {
    const hs = exportCatalogue(db).workshops.filter((w) => /HS for Nepal and Palau/i.test(w.title));
    expect(hs).toHaveLength(1);
    expect(hs[0]?.status).toBe("planned");
    expect(hs[0]?.action_items).toEqual([
      "AWP 2024-2025 1-(i)",
      "AWP 2024-2025 1-(j)",
      "AWP 2024-2025 1-(hh)",
    ]);
  });

  it("holds the 2011/12 workshops with their dates", () => {
    const aeo = exportCatalogue(db).workshops.find((w) => w.title === "Regional Workshop on AEO");
    expect(aeo).toMatchObject({ city: "Cheonan", start: "2011-09-19", end: "2011-09-23", status: "held" });
    const dialogue = exportCatalogue(db).workshops.find((w) => w.start === "2012-05-28");
    expect(dialogue?.end).toBe("2012-06-01");
  });

  it("keeps the FY2016/17 Follow-Up Action Survey rows", () => {
    expect(count(db, "survey_history")).toBeGreaterThanOrEqual(7);
  });
});

describe("re-importing and replacing", () => {
  it("is idempotent: the same files twice change nothing", () => {
    const db = openDatabase(":memory:");
    importFiles(db, bundledDocuments());
    const before = exportCatalogue(db);
    const again = importFiles(db, bundledDocuments());
    expect(again.every((s) => s.outcome === "unchanged")).toBe(true);
    expect(exportCatalogue(db)).toEqual(before);
  });

  it("replaces a plan's rows with a new version of the plan, keeping staff-set workshop dates", () => {
    const db = openDatabase(":memory:");
    const awp = dataFile("004");
    importFiles(db, [awp]);
    const items = count(db, "action_items");
    db.prepare(
      "UPDATE workshops SET start_date = '2025-03-03', end_date = '2025-03-07', status = 'scheduled' WHERE title LIKE '%HS for Nepal%'",
    ).run();
    const revised = join(scratch(), "awp-revised.txt");
    writeFileSync(
      revised,
      readFileSync(awp, "utf8").replaceAll(
        "National Workshop on IPR for India",
        "National Workshop on IPR for Bhutan",
      ),
    );
    const [summary] = importFiles(db, [revised]);
    expect(summary?.plans[0]?.replaced).toBe(true);
    expect(count(db, "plans")).toBe(1);
    expect(count(db, "action_items")).toBe(items);
    const texts = db.prepare("SELECT text FROM activities").pluck().all() as string[];
    expect(texts.some((t) => t.includes("IPR for Bhutan"))).toBe(true);
    expect(texts.some((t) => t.includes("IPR for India"))).toBe(false);
    const workshops = db.prepare("SELECT title FROM workshops").pluck().all() as string[];
    expect(workshops).toContain("National Workshop on IPR for Bhutan");
    expect(workshops).not.toContain("National Workshop on IPR for India");
    const hs = db.prepare("SELECT start_date, status FROM workshops WHERE title LIKE '%HS for Nepal%'").get();
    expect(hs).toEqual({ start_date: "2025-03-03", status: "scheduled" });
  });
});

describe("files it cannot read", () => {
  const cases: Array<[string, Buffer | string, RegExp]> = [
    ["empty.txt", "", /empty/],
    ["image.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), /binary/],
    ["letter.txt", "Dear colleagues,\nthe meeting is postponed.\n", /neither a plan table/],
    [
      "notes.txt",
      "Team notes\n\n• The National Workshop on Risk Management was held in Suva, Fiji on 3-5 March 2025.\n• Lunch is at noon.\n",
      /neither a plan table/,
    ],
  ];
  it.each(
    cases,
  )("%s is refused with its name and the reason, and nothing is written", (name, content, reason) => {
    const db = openDatabase(":memory:");
    importFiles(db, [dataFile("003")]);
    const before = exportCatalogue(db);
    const bad = join(scratch(), name);
    writeFileSync(bad, content);
    let error: unknown;
    try {
      importFiles(db, [dataFile("004"), bad]);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ImportFailed);
    expect((error as Error).message).toContain(name);
    expect((error as Error).message).toMatch(reason);
    expect(exportCatalogue(db)).toEqual(before);
  });

  it("names a missing file", () => {
    const db = openDatabase(":memory:");
    expect(() => importFiles(db, ["/nowhere/plan.txt"])).toThrow(/plan.txt: no such file/);
  });
});

describe("the import summary", () => {
  it("prints items per pillar and workshops for each document", () => {
    const db = openDatabase(":memory:");
    const text = formatSummary(importFiles(db, [dataFile("003")]));
    expect(text).toMatch(/003_.*plan document/);
    expect(text).toMatch(/pillar 1: 37, pillar 2: 2, pillar 3: 12, pillar 4: 3/);
  });
});

describe("activities and workshops", () => {
  it("link each AWP bullet that names a workshop to that workshop", () => {
    const db = openDatabase(":memory:");
    importFiles(db, [dataFile("004")]);
    const rows = db
      .prepare(
        `SELECT a.text, w.title FROM activities a JOIN action_items i ON i.id = a.action_item_id
           LEFT JOIN workshops w ON w.id = a.workshop_id WHERE i.code = '1-(i)' ORDER BY a.position`,
      )
      .all() as Array<{ text: string; title: string | null }>;
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.title).toBe(r.text);
    const linked = db.prepare("SELECT count(*) FROM activities WHERE workshop_id IS NOT NULL").pluck().get();
    expect(linked).toBeGreaterThan(40);
  });
});
